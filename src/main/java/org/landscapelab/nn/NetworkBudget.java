package org.landscapelab.nn;

import java.util.Locale;

/**
 * What a network costs before it is built: the float64 numbers it holds (weights, gradients,
 * scratch and the activations of one forward and backward pass) and the multiply-adds of one pass
 * with its probes, checked against the lab's limits so that an oversized shape is refused at once,
 * naming the sizes and the limit, instead of running out of memory or running for hours.
 * Estimates are in double so that no product of sizes overflows.
 */
public final class NetworkBudget {
    private NetworkBudget() {}

    /**
     * Numbers one network may hold: 2^28 float64 = 2 GiB. The app's largest panel settings (a
     * transformer of depth 48, width 256, 128 tokens, 16 heads: about 1.2 GB) fit; the JVM's default
     * heap is a quarter of the RAM (4 GiB on a 16 GB machine). Width 100,000 (10^10 per weight matrix)
     * does not.
     */
    public static final long MAX_NUMBERS = 1L << 28;

    /**
     * Multiply-adds of a whole sweep at initialization (every depth, seed and setting): 10^11, a
     * minute or two on one core. The command line's default sweeps take about 5·10^9 (transformer)
     * and 8·10^9 (MLP); the shipped scenarios' sweeps far less.
     */
    public static final double MAX_SWEEP_MULTIPLY_ADDS = 1e11;

    /** Refuses a transformer of these sizes that would hold more than {@link #MAX_NUMBERS} on {@code rows} rows. */
    public static void requireTransformerFits(double tokens, double width, double heads, double ffn, double depth, double rows) {
        requireNumbers(transformerNumbers(tokens, width, heads, ffn, depth, rows), transformerShape(tokens, width, heads, ffn, depth));
    }

    /** With batch 0: the weights alone, as the spec checks them before any batch is known. */
    public static void requireMlpFits(double width, double depth, double batch) {
        requireNumbers(mlpNumbers(width, depth, batch), mlpShape(width, depth, batch));
    }

    /**
     * Per block, weights Wq, Wk, Wv, Wo (d²), W1, W2 (d·F) and biases, each with its gradient, a
     * transposed scratch, 22 row × d activation buffers, 2 row × F and the attention probabilities
     * (rows · heads · tokens).
     */
    public static double transformerNumbers(double tokens, double width, double heads, double ffn, double depth, double rows) {
        double weights = 4 * width * width + 2 * width * ffn + ffn + width;
        double perBlock = 2 * weights + width * width + width * ffn + 22 * rows * width + 2 * rows * ffn + rows * heads * tokens;
        return depth * perBlock;
    }

    /** Per layer, W with its gradient and transposed scratch, γ and β, and 7 batch × d activation buffers. */
    public static double mlpNumbers(double width, double depth, double batch) {
        return depth * (3 * width * width + 4 * width + 7 * batch * width);
    }

    /**
     * Multiply-adds of one block on one sequence, forward and backward (the projections 12·n·d², the
     * FFN 6·n·d·F, attention 6·n²·d), and its probes (an SVD of the n × d output).
     */
    public static double transformerBlockWork(double tokens, double width, double ffn) {
        return 12 * tokens * width * width + 6 * tokens * width * ffn + 6 * tokens * tokens * width + svdWork(tokens, width);
    }

    /** Multiply-adds of one MLP layer on a batch, forward and backward (3·B·d²), and its probes. */
    public static double mlpLayerWork(double width, double batch) {
        return 3 * batch * width * width + svdWork(batch, width);
    }

    /** Singular values of an m × n matrix: about 4·max·min² (bidiagonalization). */
    private static double svdWork(double m, double n) {
        return 4 * Math.max(m, n) * Math.min(m, n) * Math.min(m, n);
    }

    /** Refuses a sweep of more than {@link #MAX_SWEEP_MULTIPLY_ADDS}; {@code what} describes it for the message. */
    public static void requireSweepWork(double multiplyAdds, String what) {
        if (!(multiplyAdds <= MAX_SWEEP_MULTIPLY_ADDS)) {
            throw new IllegalArgumentException(what + " takes about " + scientific(multiplyAdds)
                    + " multiply-adds, more than the limit of " + scientific(MAX_SWEEP_MULTIPLY_ADDS) + " (a minute or two)");
        }
    }

    /** Blocks evaluated by a sweep over depths 1 … maxDepth: each depth is a fresh network. */
    public static double blocksOfSweep(double maxDepth) {
        return maxDepth * (maxDepth + 1) / 2;
    }

    public static String transformerShape(double tokens, double width, double heads, double ffn, double depth) {
        return String.format(Locale.ROOT, "a transformer of width %.0f, ffn width %.0f, %.0f heads, %.0f tokens and depth %.0f",
                width, ffn, heads, tokens, depth);
    }

    public static String mlpShape(double width, double depth, double batch) {
        return String.format(Locale.ROOT, "an MLP of width %.0f and depth %.0f", width, depth)
                + (batch > 0 ? String.format(Locale.ROOT, " on a batch of %.0f", batch) : "");
    }

    private static void requireNumbers(double numbers, String shape) {
        if (!(numbers <= MAX_NUMBERS)) {
            throw new IllegalArgumentException(shape + " holds about " + scientific(numbers) + " numbers, more than the limit of "
                    + String.format(Locale.ROOT, "%,d", MAX_NUMBERS) + " (2 GiB of float64)");
        }
    }

    private static String scientific(double v) {
        return String.format(Locale.ROOT, "%.2g", v);
    }

    /** A size of a network (tokens, width, depth, ...) is at least 1. */
    public static void requireAtLeast1(String name, int value) {
        if (value < 1) throw new IllegalArgumentException(name + " must be >= 1, got " + value);
    }
}
