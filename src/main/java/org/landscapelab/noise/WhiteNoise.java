package org.landscapelab.noise;

import java.util.random.RandomGenerator;

/** Brownian increments: i.i.d. N(0, dt). Perturbed gradient descent (and fbm with H = 1/2). */
public record WhiteNoise() implements NoiseProcess {
    @Override
    public NoiseKind kind() { return NoiseKind.WHITE; }

    @Override
    public IncrementSampler sampler(int n, double dt) {
        double scale = incrementScale(dt);
        return new StepwiseSampler(n) {
            @Override
            protected IncrementStream open(RandomGenerator random) {
                return () -> scale * random.nextGaussian();
            }
        };
    }

    /** sqrt(dt): the standard deviation of one increment. */
    @Override
    public double incrementScale(double dt) {
        return Math.sqrt(SamplingChecks.requireStep(dt));
    }
}
