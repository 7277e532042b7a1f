package org.landscapelab.noise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import java.util.function.IntToDoubleFunction;
import java.util.random.RandomGenerator;

/**
 * Moment estimators for zero-mean samples and their standard errors, so that statistical tests
 * compare with closed forms at a tolerance derived from the sampling error rather than tuned.
 *
 * <p>Every check accepts |estimate - exact| <= Z·SE with Z = 5. Each estimator is an average over
 * M >= 1000 independent paths, hence close to normal (central limit theorem), and a normal
 * deviate exceeds 5 SE with probability 5.7e-7; over the ~200 checks of the suite that is a false
 * alarm rate below 1.2e-4. The seeds are fixed, so a run is reproducible either way: a failure means
 * a wrong law or a wrong SE, not bad luck to be re-rolled.
 */
final class SampleStatistics {
    static final double Z = 5;

    private SampleStatistics() {}

    /** count independent draws, path p from stream (p, 0) of the given seed. */
    static double[][] draw(int count, long seed, Function<RandomGenerator, double[]> draw) {
        NoiseStreams streams = new NoiseStreams(seed);
        double[][] paths = new double[count][];
        for (int p = 0; p < count; p++) paths[p] = draw.apply(streams.stream(p, 0));
        return paths;
    }

    static double[][] draw(int count, long seed, IncrementSampler sampler) {
        return draw(count, seed, sampler::sample);
    }

    /**
     * The lag-k autocovariance estimate for a zero-mean stationary sequence (mean known, so not
     * subtracted, and the estimate is unbiased): the average over paths of
     * g = (1/N) sum_{t < N} x_t x_{t+k}, N = length - k.
     */
    static double lagProduct(double[][] paths, int lag) {
        double total = 0;
        for (double[] x : paths) {
            int n = x.length - lag;
            double sum = 0;
            for (int t = 0; t < n; t++) sum += x[t] * x[t + lag];
            total += sum / n;
        }
        return total / paths.length;
    }

    /**
     * The exact standard error of {@link #lagProduct} for M independent paths of a stationary
     * Gaussian sequence with autocovariance gamma. Within a path the products are correlated; by
     * Isserlis' theorem Cov(x_t x_{t+k}, x_s x_{s+k}) = gamma(t-s)^2 + gamma(t-s+k) gamma(t-s-k), so
     * Var g = (1/N^2) sum_{|d| < N} (N - |d|) [gamma(d)^2 + gamma(d+k) gamma(d-k)], and the paths being
     * independent, SE = sqrt(Var g / M).
     */
    static double lagProductStandardError(IntToDoubleFunction gamma, int length, int lag, int paths) {
        int n = length - lag;
        double variance = 0;
        for (int d = -(n - 1); d <= n - 1; d++) {
            double g = gamma.applyAsDouble(Math.abs(d));
            variance += (n - Math.abs(d)) * (g * g + gamma.applyAsDouble(Math.abs(d + lag)) * gamma.applyAsDouble(Math.abs(d - lag)));
        }
        return Math.sqrt(variance / ((double) n * n) / paths);
    }

    /** The average of x[index]^2 over paths: the variance at that index when the mean is zero. */
    static double meanSquareAt(double[][] paths, int index) {
        double sum = 0;
        for (double[] x : paths) sum += x[index] * x[index];
        return sum / paths.length;
    }

    /** Asserts |estimate - exact| <= Z·SE, saying in the failure how many SE it is off. */
    static void assertWithinStandardErrors(String what, double estimate, double exact, double standardError) {
        assertThat(Math.abs(estimate - exact))
                .as("%s: estimate %.6g, exact %.6g, off by %.2f SE (SE %.3g, allowed %s SE)",
                        what, estimate, exact, Math.abs(estimate - exact) / standardError, standardError, Z)
                .isLessThanOrEqualTo(Z * standardError);
    }
}
