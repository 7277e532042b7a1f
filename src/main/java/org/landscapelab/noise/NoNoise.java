package org.landscapelab.noise;

import java.util.random.RandomGenerator;

/** No noise: every increment is zero and no random numbers are drawn. */
public record NoNoise() implements NoiseProcess {
    @Override
    public NoiseKind kind() { return NoiseKind.NONE; }

    @Override
    public IncrementSampler sampler(int n, double dt) {
        SamplingChecks.requireStep(dt);
        return new StepwiseSampler(n) {
            @Override
            protected IncrementStream open(RandomGenerator random) {
                return () -> 0.0;
            }
        };
    }

    /** 1, so that dividing the (zero) increments by it stays well defined. */
    @Override
    public double incrementScale(double dt) {
        SamplingChecks.requireStep(dt);
        return 1.0;
    }
}
