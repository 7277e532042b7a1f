package org.landscapelab.nn.transformer;

import java.util.Objects;
import org.landscapelab.nn.NetworkBudget;

/**
 * The shape of a transformer encoder: {@code depth} blocks of width {@code width} with
 * {@code heads} attention heads over sequences of {@code tokens} tokens, a ReLU FFN of
 * {@code ffnWidth} hidden units, residual branches scaled by {@code residualScale}, layer norms
 * placed by {@code norm} (no affine parameters, biased variance, {@code lnEps}).
 */
public record TransformerSpec(int tokens, int width, int heads, int depth, Norm norm,
                              double residualScale, int ffnWidth, double lnEps) {

    public static final double DEFAULT_LN_EPS = 1e-5;

    public TransformerSpec {
        Objects.requireNonNull(norm, "norm");
        NetworkBudget.requireAtLeast1("tokens", tokens);
        NetworkBudget.requireAtLeast1("width", width);
        NetworkBudget.requireAtLeast1("heads", heads);
        NetworkBudget.requireAtLeast1("depth", depth);
        NetworkBudget.requireAtLeast1("ffn width", ffnWidth);
        if (width % heads != 0) {
            throw new IllegalArgumentException("width must be a multiple of heads, got width " + width + " and " + heads + " heads");
        }
        ResidualScale.requireInRange(residualScale);
        if (!(Double.isFinite(lnEps) && lnEps >= 0)) {
            throw new IllegalArgumentException("layer-norm eps must be >= 0, got " + lnEps);
        }
        NetworkBudget.requireTransformerFits(tokens, width, heads, ffnWidth, depth, tokens);
    }

    /** The usual shape: ffn width 4·width, eps 1e-5. */
    public static TransformerSpec of(int tokens, int width, int heads, int depth, Norm norm, double residualScale) {
        return new TransformerSpec(tokens, width, heads, depth, norm, residualScale, defaultFfnWidth(width), DEFAULT_LN_EPS);
    }

    /** 4·width; a width whose FFN would not fit an int gets the largest int, which the size check refuses with the sizes. */
    public static int defaultFfnWidth(int width) {
        return (int) Math.min(Integer.MAX_VALUE, 4L * width);
    }

    /** Width of one head, d_k = d / h. */
    public int headWidth() {
        return width / heads;
    }

    public TransformerSpec withDepth(int newDepth) {
        return new TransformerSpec(tokens, width, heads, newDepth, norm, residualScale, ffnWidth, lnEps);
    }

    public TransformerSpec withResidualScale(double a) {
        return new TransformerSpec(tokens, width, heads, depth, norm, a, ffnWidth, lnEps);
    }

    /** Numbers this transformer holds run on {@code rows} rows (stacked sequences of {@link #tokens}). */
    public double numbers(long rows) {
        return NetworkBudget.transformerNumbers(tokens, width, heads, ffnWidth, depth, rows);
    }

    /** Refuses this transformer if it would hold more than {@link NetworkBudget#MAX_NUMBERS} on {@code rows} rows. */
    public void requireFits(long rows) {
        NetworkBudget.requireTransformerFits(tokens, width, heads, ffnWidth, depth, rows);
    }
}
