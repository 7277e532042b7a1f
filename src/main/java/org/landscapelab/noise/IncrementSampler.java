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
        this.length = NoiseParameters.requireLength(length);
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

    /** Fills {@code out} (already checked to have {@link #length()} entries). */
    protected abstract void generate(double[] out, RandomGenerator random);
}
