package org.landscapelab.noise;

import java.util.random.RandomGenerator;

/**
 * Anti-PGD perturbations (Orvieto et al. 2022): xi_{k+1} - xi_k with xi_0, ..., xi_n i.i.d. N(0, 1),
 * independent of dt (the method is defined per step, not per unit time). Consecutive increments
 * have variance 2 and lag-1 correlation -1/2, all further lags 0, and their cumulative sum
 * xi_k - xi_0 stays bounded (variance 2 at every k) instead of diffusing.
 *
 * <p>Fractional Gaussian noise as H -> 0 has the same correlation structure (lag-1 correlation
 * 2^{2H-1} - 1 -> -1/2, longer lags -> 0) with half the variance, which is why fPGD with small H
 * approaches Anti-PGD.
 */
public record AntiCorrelatedNoise() implements NoiseProcess {
    @Override
    public NoiseKind kind() { return NoiseKind.ANTI; }

    @Override
    public IncrementSampler sampler(int n, double dt) {
        SamplingChecks.requireStep(dt);
        return new StepwiseSampler(n) {
            @Override
            protected IncrementStream open(RandomGenerator random) {
                return new IncrementStream() {
                    private boolean started; // xi_0 is drawn with the first increment, so no increments draw nothing
                    private double previous;

                    @Override
                    public double next() {
                        if (!started) {
                            previous = random.nextGaussian();
                            started = true;
                        }
                        double next = random.nextGaussian();
                        double increment = next - previous;
                        previous = next;
                        return increment;
                    }
                };
            }
        };
    }

    /** 1: the perturbations carry no dt scaling, so they already are the unit-scale noise. */
    @Override
    public double incrementScale(double dt) {
        SamplingChecks.requireStep(dt);
        return 1.0;
    }
}
