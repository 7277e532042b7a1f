package org.landscapelab.noise;

import java.util.random.RandomGenerator;

/**
 * The stationary Ornstein–Uhlenbeck process dX = -theta X dt + dW, sampled exactly:
 * X_{k+1} = a X_k + s Z_k with a = e^{-theta dt}, s^2 = (1 - e^{-2 theta dt}) / (2 theta), and X_0
 * drawn from the stationary law N(0, 1/(2 theta)). The increments X_{k+1} - X_k have variance
 * (1 - a) / theta and lag-1 correlation -(1 - a)/2: nearly white when theta·dt is small (they
 * approach Brownian increments), anti-correlated toward -1/2 when theta·dt is large.
 */
public record OrnsteinUhlenbeck(double theta) implements NoiseProcess {
    public OrnsteinUhlenbeck {
        NoiseCatalog.THETA.check(theta);
    }

    @Override
    public NoiseKind kind() { return NoiseKind.OU; }

    /** 1/(2 theta): the variance of X at every time. */
    public double stationaryVariance() {
        return 0.5 / theta;
    }

    @Override
    public IncrementSampler sampler(int n, double dt) {
        Step step = new Step(theta, SamplingChecks.requireStep(dt));
        return new StepwiseSampler(n) {
            @Override
            protected IncrementStream open(RandomGenerator random) {
                return new IncrementStream() {
                    private double x = step.start(random);

                    @Override
                    public double next() {
                        double next = step.next(x, random);
                        double increment = next - x;
                        x = next;
                        return increment;
                    }
                };
            }
        };
    }

    /** The values X_0, ..., X_n themselves, from the same draws as {@link #increments}. */
    @Override
    public double[] path(int n, double dt, RandomGenerator random) {
        Step step = new Step(theta, SamplingChecks.requireStep(dt));
        double[] x = new double[SamplingChecks.requireLength(n) + 1];
        x[0] = step.start(random);
        for (int k = 0; k < n; k++) x[k + 1] = step.next(x[k], random);
        return x;
    }

    /** sqrt((1 - e^{-theta dt}) / theta): the standard deviation of one increment (sqrt(dt) as theta -> 0). */
    @Override
    public double incrementScale(double dt) {
        return Math.sqrt(-Math.expm1(-theta * SamplingChecks.requireStep(dt)) / theta);
    }

    /** The exact one-step transition, shared by the increments and the path so both use the same arithmetic. */
    private record Step(double decay, double noise, double startDeviation) {
        Step(double theta, double dt) {
            this(Math.exp(-theta * dt), Math.sqrt(-Math.expm1(-2 * theta * dt) / (2 * theta)), Math.sqrt(0.5 / theta));
        }

        double start(RandomGenerator random) {
            return startDeviation * random.nextGaussian();
        }

        double next(double x, RandomGenerator random) {
            return decay * x + noise * random.nextGaussian();
        }
    }
}
