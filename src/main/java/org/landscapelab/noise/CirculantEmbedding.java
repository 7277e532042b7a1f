package org.landscapelab.noise;

import java.util.Optional;
import java.util.random.RandomGenerator;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Davies–Harte (1987) sampling of a stationary Gaussian sequence: the covariance matrix of n
 * values is embedded in the symmetric circulant matrix of size N = 2m (m >= n a power of two)
 * whose first row is gamma(0), gamma(1), ..., gamma(m), gamma(m-1), ..., gamma(1). A circulant is
 * diagonalized by the DFT, so with its eigenvalues lambda_k (one FFT, done once here) a sample is
 * the FFT of independent complex Gaussians with variances lambda_k / N, Hermitian-symmetric so the
 * result is real: one real inverse FFT of size N per path. Its first n values have exactly the
 * wanted covariance, provided every lambda_k >= 0 (true for fractional Gaussian noise, any H).
 *
 * <p>Immutable; the JTransforms plan is only read during transforms (for power-of-two sizes it
 * writes nothing but the data array), so one embedding serves concurrent threads.
 */
final class CirculantEmbedding extends IncrementSampler {
    /**
     * Eigenvalues in [-tolerance, 0) are round-off and count as 0. The FFT's error in one eigenvalue
     * is about eps·log2(N)·sum|c_j| (below 5e-15·sum|c_j| for N <= 2^22), so 1e-12·sum|c_j| leaves
     * a margin of 200 while still catching a genuinely indefinite embedding.
     */
    static final double ROUND_OFF = 1e-12;

    private final int size;
    /**
     * The standard deviations of the spectral draws, times 2 to undo the ½ of the inverse FFT:
     * amplitude[k] = 2·scale·sqrt(lambda_k / N) for k = 0 and m, 2·scale·sqrt(lambda_k / (2N)) in between.
     */
    private final double[] amplitude;
    private final DoubleFFT_1D fft;

    private CirculantEmbedding(int n, double[] amplitude, DoubleFFT_1D fft) {
        super(n);
        this.size = 2 * (amplitude.length - 1);
        this.amplitude = amplitude;
        this.fft = fft;
    }

    /** m: the smallest power of two >= n (and >= 2, so the FFT has at least 4 points). */
    static int halfSize(int n) {
        if (n > 1 << 29) throw new IllegalArgumentException("n = " + n + " is too long for circulant embedding (at most 2^29)");
        return Math.max(2, Integer.highestOneBit(Math.max(1, n - 1)) << 1);
    }

    /**
     * The embedding for n values, or empty if the circulant has a negative eigenvalue beyond
     * round-off (then only an exact O(n^2) method can sample this covariance at this length).
     *
     * @param gamma gamma(0), ..., gamma(m) with m = {@link #halfSize(int) halfSize(n)}
     */
    static Optional<CirculantEmbedding> of(int n, double scale, double[] gamma) {
        int m = halfSize(n);
        if (gamma.length != m + 1) throw new IllegalArgumentException("need gamma(0.." + m + "), got " + gamma.length + " values");
        DoubleFFT_1D fft = new DoubleFFT_1D(2L * m);
        double[] lambda = eigenvalues(gamma, fft);
        double tolerance = ROUND_OFF * sumOfFirstRow(gamma);
        double[] amplitude = new double[m + 1];
        for (int k = 0; k <= m; k++) {
            if (lambda[k] < -tolerance) return Optional.empty();
            double variance = Math.max(lambda[k], 0) / (k == 0 || k == m ? 2.0 * m : 4.0 * m);
            amplitude[k] = 2 * scale * Math.sqrt(variance);
        }
        return Optional.of(new CirculantEmbedding(n, amplitude, fft));
    }

    /** lambda_0, ..., lambda_m of the circulant with first row built from gamma(0..m) (lambda_{N-k} = lambda_k). */
    static double[] eigenvalues(double[] gamma) {
        return eigenvalues(gamma, new DoubleFFT_1D(2L * (gamma.length - 1)));
    }

    private static double[] eigenvalues(double[] gamma, DoubleFFT_1D fft) {
        int m = gamma.length - 1;
        double[] row = new double[2 * m];
        for (int j = 0; j <= m; j++) row[j] = gamma[j];
        for (int j = 1; j < m; j++) row[2 * m - j] = gamma[j];
        fft.realForward(row); // packed: row[0] = lambda_0, row[1] = lambda_m, row[2k] = Re lambda_k (Im = 0 by symmetry)
        double[] lambda = new double[m + 1];
        lambda[0] = row[0];
        lambda[m] = row[1];
        for (int k = 1; k < m; k++) lambda[k] = row[2 * k];
        return lambda;
    }

    /** sum |c_j| over the first row: the size that round-off in the eigenvalues scales with. */
    private static double sumOfFirstRow(double[] gamma) {
        int m = gamma.length - 1;
        double sum = Math.abs(gamma[0]) + Math.abs(gamma[m]);
        for (int j = 1; j < m; j++) sum += 2 * Math.abs(gamma[j]);
        return sum;
    }

    /** The spectrum of size N = 2m that each path is transformed in. */
    @Override
    protected long scratchBytes() {
        return Double.BYTES * (long) size;
    }

    @Override
    protected void generate(double[] out, RandomGenerator random) {
        int m = size / 2;
        // JTransforms' packed half spectrum: [Re X_0, Re X_m, Re X_1, Im X_1, ..., Re X_{m-1}, Im X_{m-1}].
        double[] spectrum = new double[size];
        spectrum[0] = amplitude[0] * random.nextGaussian();
        spectrum[1] = amplitude[m] * random.nextGaussian();
        for (int k = 1; k < m; k++) {
            spectrum[2 * k] = amplitude[k] * random.nextGaussian();
            spectrum[2 * k + 1] = amplitude[k] * random.nextGaussian();
        }
        // Unscaled, JTransforms (Ooura's rdft) returns half the sum over the full Hermitian spectrum.
        fft.realInverse(spectrum, false);
        System.arraycopy(spectrum, 0, out, 0, out.length);
    }
}
