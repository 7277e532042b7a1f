package org.landscapelab.noise;

import java.util.random.RandomGenerator;

/**
 * Draws the n increments of one path of a noise process for a fixed length n and time step dt.
 * Whatever can be computed once for (n, dt), such as the circulant eigenvalues of fractional
 * Gaussian noise, is computed when the sampler is made, so one sampler serves every particle and
 * dimension of an ensemble. Samplers are immutable and safe to share between threads; all the
 * randomness comes from the generator passed to {@link #fill}.
 */
public abstract class IncrementSampler {
    private final int length;

    protected IncrementSampler(int length) {
        this.length = SamplingChecks.requireLength(length);
    }

    /** The number n of increments in one path. */
    public final int length() {
        return length;
    }

    /** Writes the increments of one new path into {@code out}, whose length must be {@link #length()}. */
    public final void fill(double[] out, RandomGenerator random) {
        if (out.length != length) {
            throw new IllegalArgumentException("increment array has length " + out.length + ", expected " + length);
        }
        generate(out, random);
    }

    /** The increments of one new path. */
    public final double[] sample(RandomGenerator random) {
        double[] out = new double[length];
        generate(out, random);
        return out;
    }

    /**
     * The increments of one new path, one at a time: the same numbers as {@link #sample} with the same
     * generator. Processes with a small state (white, OU, anti, α-stable) draw each increment when it
     * is asked for; correlated ones (fractional Gaussian noise) draw the whole path here.
     */
    public IncrementStream stream(RandomGenerator random) {
        double[] path = sample(random);
        return new IncrementStream() {
            private int k;

            @Override
            public double next() {
                return path[k++];
            }
        };
    }

    /**
     * The most heap one open {@link #stream} holds: the whole path and the scratch of drawing it, or 0
     * (a few fields) where increments are drawn step by step. Callers that keep many streams open at
     * once estimate their memory with it before drawing.
     */
    public long streamBytes() {
        return Double.BYTES * (long) length + scratchBytes();
    }

    /** Bytes of the temporary arrays that drawing one whole path allocates besides the path itself. */
    protected long scratchBytes() {
        return 0;
    }

    /** Fills {@code out} (already checked to have {@link #length()} entries). */
    protected abstract void generate(double[] out, RandomGenerator random);
}
