package org.landscapelab.noise;

/**
 * Fractional Gaussian noise: the increments of fractional Brownian motion B_H with Hurst index
 * H in (0, 1). Over a step dt the increments are dt^H times the stationary unit-variance sequence
 * with autocovariance gamma(k) = ½(|k-1|^{2H} - 2|k|^{2H} + |k+1|^{2H}): positively correlated for
 * H > 1/2, white for H = 1/2, anti-correlated for H < 1/2 (see {@link AntiCorrelatedNoise} for the
 * limit H -> 0). The path is fBM, B_H(t_k) with Var B_H(t) = t^{2H}.
 *
 * <p>Sampled exactly by Davies–Harte circulant embedding in O(n log n), falling back to the exact
 * O(n^2) Hosking (Durbin–Levinson) recursion should the embedding not be nonnegative definite
 * (see {@link StationaryGaussian}).
 */
public record FractionalGaussianNoise(double hurst) implements NoiseProcess {
    /** Below this lag gamma(k) comes from the closed form with expm1/log1p, at and above it from its series in 1/k. */
    private static final int SERIES_FROM_LAG = 64;

    public FractionalGaussianNoise {
        NoiseCatalog.HURST.check(hurst);
    }

    @Override
    public NoiseKind kind() { return NoiseKind.FBM; }

    @Override
    public IncrementSampler sampler(int n, double dt) {
        return StationaryGaussian.sampler(SamplingChecks.requireLength(n), incrementScale(dt), this::autocovariances);
    }

    /** dt^H: the standard deviation of one increment (fBM is H-self-similar). */
    @Override
    public double incrementScale(double dt) {
        return Math.pow(SamplingChecks.requireStep(dt), hurst);
    }

    /** gamma(lag) of unit fractional Gaussian noise (symmetric in the lag). */
    public double autocovariance(int lag) {
        return autocovariance(Math.absExact(lag), 2 * hurst, seriesCoefficients(2 * hurst));
    }

    /** gamma(0), ..., gamma(count - 1). */
    public double[] autocovariances(int count) {
        double a = 2 * hurst;
        double[] c = seriesCoefficients(a);
        double[] gamma = new double[count];
        for (int k = 0; k < count; k++) gamma[k] = autocovariance(k, a, c);
        return gamma;
    }

    /**
     * gamma(k) = ½ k^a [(1 + 1/k)^a - 2 + (1 - 1/k)^a] with a = 2H. The textbook form loses about
     * log10(k^2) digits to cancellation (at k = 2^20 only ~4 are left for H = 0.9), and the circulant
     * eigenvalues are sums of millions of these. Here the bracket is computed without cancellation:
     * by expm1/log1p for small k, and for large k by its even Taylor series,
     * gamma(k) = k^{a-2} · sum_{j>=1} C(a, 2j) k^{-2(j-1)}, whose terms shrink by k^{-2} <= 1/4096
     * (five terms reach double precision). One pow per lag keeps this cheap for n = 2^20.
     */
    private static double autocovariance(int k, double a, double[] c) {
        if (k == 0) return 1;
        if (k == 1) return Math.expm1((a - 1) * Math.log(2)); // 2^{a-1} - 1
        if (k < SERIES_FROM_LAG) {
            double x = 1.0 / k;
            return 0.5 * Math.pow(k, a) * (Math.expm1(a * Math.log1p(x)) + Math.expm1(a * Math.log1p(-x)));
        }
        double y = 1.0 / ((double) k * k);
        double series = c[0] + y * (c[1] + y * (c[2] + y * (c[3] + y * c[4])));
        return Math.pow(k, a - 2) * series;
    }

    /** C(a, 2), C(a, 4), ..., C(a, 10): the binomial coefficients of the series above. */
    private static double[] seriesCoefficients(double a) {
        double[] c = new double[5];
        double binomial = 1; // C(a, r), built up r by r
        for (int r = 1; r <= 10; r++) {
            binomial *= (a - r + 1) / r;
            if (r % 2 == 0) c[r / 2 - 1] = binomial;
        }
        return c;
    }
}
