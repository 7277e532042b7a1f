package org.landscapelab.nn.mlp;

import java.util.Objects;
import org.landscapelab.nn.Activation;
import org.landscapelab.nn.NetworkBudget;

/**
 * A deep MLP of {@code depth} square layers of width {@code width}: H ← H·W, then (optionally)
 * batch norm in training mode (batch statistics, biased variance, {@code bnEps}, γ, β), then the
 * activation. The batch size is not part of the network: it is the number of input rows.
 */
public record MlpSpec(int width, int depth, Activation activation, boolean batchNorm, double bnEps) {

    public static final double DEFAULT_BN_EPS = 1e-5;

    public MlpSpec {
        Objects.requireNonNull(activation, "activation");
        NetworkBudget.requireAtLeast1("width", width);
        NetworkBudget.requireAtLeast1("depth", depth);
        if (!(Double.isFinite(bnEps) && bnEps >= 0)) {
            throw new IllegalArgumentException("batch-norm eps must be >= 0, got " + bnEps);
        }
        NetworkBudget.requireMlpFits(width, depth, 0);
    }

    public static MlpSpec of(int width, int depth, Activation activation, boolean batchNorm) {
        return new MlpSpec(width, depth, activation, batchNorm, DEFAULT_BN_EPS);
    }

    public MlpSpec withDepth(int newDepth) {
        return new MlpSpec(width, newDepth, activation, batchNorm, bnEps);
    }

    /** Numbers this MLP holds run on a batch of {@code batch} samples. */
    public double numbers(long batch) {
        return NetworkBudget.mlpNumbers(width, depth, batch);
    }

    /** Refuses this MLP if it would hold more than {@link NetworkBudget#MAX_NUMBERS} on a batch of {@code batch}. */
    public void requireFits(long batch) {
        NetworkBudget.requireMlpFits(width, depth, batch);
    }
}
