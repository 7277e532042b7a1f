package org.landscapelab.noise;

import java.util.random.RandomGenerator;

/**
 * A sampler of a process whose next increment depends only on a small state (white, OU, anti,
 * α-stable): a path is drawn step by step as it is used, so a particle holds O(1) noise instead of
 * its whole path. A filled path is the same stream read to the end, so both give the same numbers.
 */
abstract class StepwiseSampler extends IncrementSampler {
    StepwiseSampler(int length) {
        super(length);
    }

    /** A new path's increments, drawn from {@code random} as they are asked for. */
    protected abstract IncrementStream open(RandomGenerator random);

    @Override
    public final IncrementStream stream(RandomGenerator random) {
        return open(random);
    }

    /** A few fields of state, whatever the length. */
    @Override
    public final long streamBytes() {
        return 0;
    }

    @Override
    protected final void generate(double[] out, RandomGenerator random) {
        IncrementStream s = open(random);
        for (int k = 0; k < out.length; k++) out[k] = s.next();
    }
}
