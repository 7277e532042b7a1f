package org.landscapelab.nn.reference;

import org.landscapelab.nn.ParameterVector;
import org.landscapelab.nn.slice.FullBatchLoss;
import org.landscapelab.optim.Optimizer;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.optim.Optimizers;

/**
 * Full-batch training of a reference case's network on its own input and target, as
 * reference/training/*.json records PyTorch's: every parameter trained by one torch.optim
 * optimizer (weight decay on all of them), starting from the case's weights.
 */
public final class ReferenceTraining {
    /**
     * Most steps: a full-batch step of the largest shipped case takes about a millisecond, so
     * 100,000 steps are minutes; the reference runs take 10.
     */
    public static final int MAX_STEPS = 100_000;

    /** {@code losses[k]}: the loss after k steps (steps + 1 values); the parameters after the last step. */
    public record Run(double[] losses, double[] parameters) {}

    private ReferenceTraining() {}

    /** Checks the optimizer and the steps, saying which is wrong. */
    public static void check(OptimizerSpec spec, int steps) {
        if (spec.kind().torchClass().isEmpty()) {
            throw new IllegalArgumentException(spec.kind().id() + " is not a torch.optim optimizer; train with sgd, adam, adamw, rmsprop or adagrad");
        }
        if (steps < 0 || steps > MAX_STEPS) throw new IllegalArgumentException("steps must be in [0, " + MAX_STEPS + "], got " + steps);
    }

    /** Trains from the case's weights on a network of the loss's own; the case is left as it was read. */
    public static Run train(ReferenceCase c, OptimizerSpec spec, int steps) {
        check(spec, steps);
        FullBatchLoss loss = new FullBatchLoss(c.network(), c.input(), c.target());
        double[] x = ParameterVector.values(c.network().parameters());
        Optimizer optimizer = Optimizers.create(spec, x.length);
        double[] losses = new double[steps + 1];
        for (int k = 0; k < steps; k++) losses[k] = optimizer.step(x, loss);   // step returns the loss before its update
        losses[steps] = loss.gradient(x, new double[x.length]);
        return new Run(losses, x);
    }
}
