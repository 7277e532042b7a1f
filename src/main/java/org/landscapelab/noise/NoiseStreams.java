package org.landscapelab.noise;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The random streams of one realization: an independent, reproducible generator for every
 * (particle, dimension), derived from the seed alone. Nothing depends on the order or the thread
 * in which streams are asked for, so an ensemble gives the same numbers on any number of threads,
 * and optimizers compared with the same seed see the same noise (common random numbers).
 *
 * <p>The three numbers are hashed with SplitMix64's finalizer into the seed of a
 * {@link SplittableRandom}. Hashing matters: SplittableRandom seeds that differ by a multiple of its
 * increment would give shifted copies of one sequence, whereas hashed seeds are scattered over
 * all 2^64 values, so streams overlap only with negligible probability.
 */
public record NoiseStreams(long seed) {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    /** A new generator for this particle and dimension, positioned at the start of its stream. */
    public RandomGenerator stream(int particle, int dimension) {
        return new SplittableRandom(streamSeed(particle, dimension));
    }

    /** The seed of the stream for (particle, dimension): a hash of (seed, particle, dimension). */
    public long streamSeed(int particle, int dimension) {
        if (particle < 0) throw new IllegalArgumentException("particle must be >= 0, got " + particle);
        if (dimension < 0) throw new IllegalArgumentException("dimension must be >= 0, got " + dimension);
        long h = mix64(seed);
        h = mix64(h + GOLDEN_GAMMA * (particle + 1L));
        return mix64(h + GOLDEN_GAMMA * (dimension + 1L));
    }

    /** Fills block[d] with the increments of dimension d of this particle, each from its own stream. */
    public void fill(double[][] block, int particle, IncrementSampler sampler) {
        for (int d = 0; d < block.length; d++) sampler.fill(block[d], stream(particle, d));
    }

    /** A new [dims][n] block of this particle's increments (n = the sampler's length). */
    public double[][] increments(int particle, int dims, IncrementSampler sampler) {
        if (dims < 0) throw new IllegalArgumentException("dims must be >= 0, got " + dims);
        double[][] block = new double[dims][sampler.length()];
        fill(block, particle, sampler);
        return block;
    }

    /** SplitMix64's output function (Stafford's variant 13): a bijection of longs that scrambles every bit. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
