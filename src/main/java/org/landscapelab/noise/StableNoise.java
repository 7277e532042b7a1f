package org.landscapelab.noise;

import java.util.random.RandomGenerator;

/**
 * Symmetric alpha-stable (Lévy) increments dt^{1/alpha}·S, alpha in [0.1, 2] (see {@link NoiseCatalog#MIN_ALPHA}), with S standard
 * symmetric alpha-stable: E exp(itS) = exp(-|t|^alpha). This convention makes alpha = 1 the standard
 * Cauchy law and alpha = 2 the Gaussian N(0, 2) (variance 2, not 1); for alpha < 2 the variance is
 * infinite and for alpha <= 1 so is the mean. Sums of independent increments have the same law
 * over the summed time, as for Brownian motion.
 *
 * <p>S is drawn by Chambers–Mallows–Stuck (1976): with V uniform on (-pi/2, pi/2) and W ~ Exp(1),
 * S = sin(alpha V) / cos(V)^{1/alpha} · (cos((1 - alpha) V) / W)^{(1 - alpha)/alpha}, which for
 * alpha = 1 is tan(V). Small alpha gives huge values (and, rarely, infinities); callers that move
 * iterates by them should detect divergence.
 */
public record StableNoise(double alpha) implements NoiseProcess {
    public StableNoise {
        NoiseCatalog.ALPHA.check(alpha);
    }

    @Override
    public NoiseKind kind() { return NoiseKind.LEVY; }

    @Override
    public IncrementSampler sampler(int n, double dt) {
        double scale = incrementScale(dt);
        double a = alpha;
        return new StepwiseSampler(n) {
            @Override
            protected IncrementStream open(RandomGenerator random) {
                return () -> scale * standard(a, random);
            }
        };
    }

    /** dt^{1/alpha}: the self-similar scaling of alpha-stable motion. */
    @Override
    public double incrementScale(double dt) {
        return Math.pow(SamplingChecks.requireStep(dt), 1 / alpha);
    }

    /** One standard symmetric alpha-stable draw (Chambers–Mallows–Stuck). */
    static double standard(double alpha, RandomGenerator random) {
        double v = Math.PI * (random.nextDouble() - 0.5);
        double w = random.nextExponential();
        if (alpha == 1) return Math.tan(v);
        return Math.sin(alpha * v) / Math.pow(Math.cos(v), 1 / alpha)
                * Math.pow(Math.cos((1 - alpha) * v) / w, (1 - alpha) / alpha);
    }
}
