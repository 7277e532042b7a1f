package org.landscapelab.nn;

import java.util.Objects;

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
        requireAtLeast1("tokens", tokens);
        requireAtLeast1("width", width);
        requireAtLeast1("heads", heads);
        requireAtLeast1("depth", depth);
        requireAtLeast1("ffn width", ffnWidth);
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

    static void requireAtLeast1(String name, int value) {
        if (value < 1) throw new IllegalArgumentException(name + " must be >= 1, got " + value);
    }
}
