package org.landscapelab.noise;

import java.util.random.RandomGenerator;

/**
 * Hosking's (1984) exact method: each X_t is drawn from its Gaussian law given X_0, ..., X_{t-1},
 * whose mean sum_j phi_{t,j} X_{t-j} and variance v_t come from the Durbin–Levinson recursion.
 * Exact for any positive definite autocovariance, O(n^2) per path: the fallback when circulant
 * embedding fails, and a reference to check it against.
 *
 * <p>The partial autocorrelations phi_{t,t} and the standard deviations sqrt(v_t) are computed once
 * here; each path rebuilds the rows phi_{t,.} on the fly, so memory stays O(n).
 */
final class DurbinLevinson extends IncrementSampler {
    private final double scale;
    /** partial[t] = phi_{t,t}, the partial autocorrelation at lag t (partial[0] unused). */
    private final double[] partial;
    /** deviation[t] = sqrt(v_t), the standard deviation of X_t given the past. */
    private final double[] deviation;

    /**
     * @param gamma gamma(0), ..., at least gamma(n-1)
     * @throws IllegalArgumentException if the autocovariance is not positive definite at length n
     */
    DurbinLevinson(int n, double scale, double[] gamma) {
        super(n);
        if (gamma.length < n) throw new IllegalArgumentException("need gamma(0.." + (n - 1) + "), got " + gamma.length + " values");
        this.scale = scale;
        this.partial = new double[n];
        this.deviation = new double[n];
        if (n == 0) return;
        double[] phi = new double[n];
        double v = gamma[0];
        requirePositive(v, 0);
        deviation[0] = Math.sqrt(v);
        for (int t = 1; t < n; t++) {
            double residual = gamma[t];
            for (int j = 1; j < t; j++) residual -= phi[j] * gamma[t - j];
            double k = residual / v;
            updateRow(phi, t, k);
            v *= (1 - k) * (1 + k);
            requirePositive(v, t);
            partial[t] = k;
            deviation[t] = Math.sqrt(v);
        }
    }

    private static void requirePositive(double v, int t) {
        if (!(v > 0)) {
            throw new IllegalArgumentException("autocovariance is not positive definite: conditional variance " + v + " at lag " + t);
        }
    }

    /** phi_{t,j} = phi_{t-1,j} - k·phi_{t-1,t-j} for j < t, and phi_{t,t} = k, in place. */
    private static void updateRow(double[] phi, int t, double k) {
        for (int j = 1, i = t - 1; j < i; j++, i--) {
            double a = phi[j];
            double b = phi[i];
            phi[j] = a - k * b;
            phi[i] = b - k * a;
        }
        if (t % 2 == 0) phi[t / 2] *= 1 - k;
        phi[t] = k;
    }

    /** The row phi_{t,.} rebuilt along each path. */
    @Override
    protected long scratchBytes() {
        return Double.BYTES * (long) length();
    }

    @Override
    protected void generate(double[] out, RandomGenerator random) {
        int n = out.length;
        if (n == 0) return;
        double[] phi = new double[n];
        out[0] = deviation[0] * random.nextGaussian();
        for (int t = 1; t < n; t++) {
            updateRow(phi, t, partial[t]);
            double mean = 0;
            for (int j = 1; j <= t; j++) mean += phi[j] * out[t - j];
            out[t] = mean + deviation[t] * random.nextGaussian();
        }
        for (int t = 0; t < n; t++) out[t] *= scale;
    }
}
