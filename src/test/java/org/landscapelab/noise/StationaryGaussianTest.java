package org.landscapelab.noise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.landscapelab.noise.SampleStatistics.assertWithinStandardErrors;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** The two exact samplers of stationary Gaussian sequences, and the choice between them. */
class StationaryGaussianTest {

    /**
     * A sample is a linear map A of the Gaussian draws, so its covariance is exactly A A^T. Feeding
     * the sampler the unit draws e_i (one 1, the rest 0) gives the columns of A, and A A^T must be
     * the Toeplitz matrix gamma(|s - t|), up to round-off.
     */
    private static double[][] exactCovariance(IncrementSampler sampler, int draws) {
        int n = sampler.length();
        double[][] columns = new double[draws][];
        for (int i = 0; i < draws; i++) columns[i] = sampler.sample(new UnitDraw(i));
        double[][] covariance = new double[n][n];
        for (double[] column : columns) {
            for (int s = 0; s < n; s++) for (int t = 0; t < n; t++) covariance[s][t] += column[s] * column[t];
        }
        return covariance;
    }

    private static void assertToeplitz(double[][] covariance, IntToDoubleFunction gamma, double scale) {
        for (int s = 0; s < covariance.length; s++) {
            for (int t = 0; t < covariance.length; t++) {
                assertThat(covariance[s][t]).as("Cov(X_%d, X_%d)", s, t).isCloseTo(scale * scale * gamma.applyAsDouble(Math.abs(s - t)), within(1e-12));
            }
        }
    }

    @Test
    void daviesHarteCovarianceIsExactlyTheFgnCovariance() {
        for (double h : new double[] {0.2, 0.5, 0.8}) {
            FractionalGaussianNoise fgn = new FractionalGaussianNoise(h);
            for (int n : new int[] {1, 5, 12, 16}) {
                int m = CirculantEmbedding.halfSize(n);
                IncrementSampler sampler = CirculantEmbedding.of(n, 0.7, fgn.autocovariances(m + 1)).orElseThrow();
                assertToeplitz(exactCovariance(sampler, 2 * m), fgn::autocovariance, 0.7);
            }
        }
    }

    @Test
    void hoskingCovarianceIsExactlyTheFgnCovariance() {
        for (double h : new double[] {0.2, 0.5, 0.8}) {
            FractionalGaussianNoise fgn = new FractionalGaussianNoise(h);
            DurbinLevinson sampler = new DurbinLevinson(12, 0.7, fgn.autocovariances(12));
            assertToeplitz(exactCovariance(sampler, 12), fgn::autocovariance, 0.7);
        }
    }

    /**
     * gamma(k) = e^{-k/12} cos(0.9 k) is a valid autocovariance (a product of two), but its minimal
     * circulant embedding for n = 16 has eigenvalue -0.32: the sampler must fall back to Hosking,
     * whose samples then have that covariance (exactly, and statistically over M = 4000 paths).
     */
    @Test
    void fallsBackToHoskingWhenTheEmbeddingIsIndefinite() {
        IntToDoubleFunction gamma = k -> Math.exp(-k / 12.0) * Math.cos(0.9 * k);
        int n = 16;
        double[] values = new double[CirculantEmbedding.halfSize(n) + 1];
        Arrays.setAll(values, gamma::applyAsDouble);
        assertThat(Arrays.stream(CirculantEmbedding.eigenvalues(values)).min().getAsDouble()).isLessThan(-0.3);
        assertThat(CirculantEmbedding.of(n, 1.0, values)).isEmpty();

        IncrementSampler sampler = StationaryGaussian.sampler(n, 1.0, count -> Arrays.copyOf(values, count));
        assertThat(sampler).isInstanceOf(DurbinLevinson.class);
        assertToeplitz(exactCovariance(sampler, n), gamma, 1.0);

        double[][] paths = SampleStatistics.draw(4000, 21, sampler);
        for (int lag = 0; lag <= 5; lag++) {
            assertWithinStandardErrors("fallback lag " + lag, SampleStatistics.lagProduct(paths, lag), gamma.applyAsDouble(lag),
                    SampleStatistics.lagProductStandardError(gamma, n, lag, paths.length));
        }
    }

    @Test
    void rejectsAnAutocovarianceThatIsNotPositiveDefinite() {
        // [[1, .9, 0], [.9, 1, .9], [0, .9, 1]] has determinant 0.19 - 0.81 < 0.
        assertThatThrownBy(() -> new DurbinLevinson(3, 1.0, new double[] {1, 0.9, 0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not positive definite");
    }

    /** A generator whose Gaussian draws are the unit vector e_index: draw number index is 1, every other 0. */
    private static final class UnitDraw implements RandomGenerator {
        private final int index;
        private int calls;

        UnitDraw(int index) {
            this.index = index;
        }

        @Override
        public double nextGaussian() {
            return calls++ == index ? 1.0 : 0.0;
        }

        @Override
        public long nextLong() {
            throw new UnsupportedOperationException("only Gaussian draws are expected");
        }
    }
}
