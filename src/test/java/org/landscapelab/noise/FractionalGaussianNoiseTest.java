package org.landscapelab.noise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.landscapelab.noise.SampleStatistics.assertWithinStandardErrors;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.visnow.jlargearrays.ConcurrencyUtils;

/** Fractional Gaussian noise and fBM against their closed-form covariances. */
class FractionalGaussianNoiseTest {

    private static double textbookAutocovariance(double hurst, int k) {
        double a = 2 * hurst;
        return 0.5 * (Math.pow(Math.abs(k - 1), a) - 2 * Math.pow(k, a) + Math.pow(k + 1, a));
    }

    @Test
    void autocovarianceIsTheClosedForm() {
        for (double h : new double[] {0.1, 0.3, 0.5, 0.7, 0.9}) {
            FractionalGaussianNoise fgn = new FractionalGaussianNoise(h);
            // Small lags, across the switch to the series at 64: the textbook form is off by a few
            // ulps of its largest term (k+1)^{2H}, so that is the tolerance.
            for (int k = 0; k <= 80; k++) {
                double tolerance = 8 * Math.ulp(Math.pow(k + 1, 2 * h));
                assertThat(fgn.autocovariance(k)).as("H=%s lag %d", h, k).isCloseTo(textbookAutocovariance(h, k), within(tolerance));
                assertThat(fgn.autocovariance(-k)).isEqualTo(fgn.autocovariance(k));
            }
            // Large lags, where the textbook form has lost most digits: the asymptotic expansion
            // gamma(k) = H(2H-1) k^{2H-2} (1 + (2H-2)(2H-3)/(12 k^2) + O(k^-4)), whose remainder is
            // below 1e-16 relative from k = 10^4 on.
            for (int k : new int[] {10_000, 100_000, 1 << 20}) {
                double leading = h * (2 * h - 1) * Math.pow(k, 2 * h - 2) * (1 + (2 * h - 2) * (2 * h - 3) / (12.0 * k * k));
                assertThat(fgn.autocovariance(k)).as("H=%s lag %d", h, k).isCloseTo(leading, within(1e-14 * Math.abs(leading)));
            }
            double[] bulk = fgn.autocovariances(300);
            for (int k = 0; k < bulk.length; k++) assertThat(bulk[k]).isEqualTo(fgn.autocovariance(k));
        }
        // H = 1/2 is white noise: zero beyond lag 0, up to the round-off of expm1(log1p(x)) - x (a few ulps).
        double[] white = new FractionalGaussianNoise(0.5).autocovariances(100);
        assertThat(white[0]).isEqualTo(1.0);
        for (int k = 1; k < white.length; k++) assertThat(white[k]).isCloseTo(0.0, within(4 * Math.ulp(1.0)));
    }

    @Test
    void circulantEmbeddingIsNonnegativeDefiniteForEveryHurstIndex() {
        for (double h : new double[] {0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99}) {
            FractionalGaussianNoise fgn = new FractionalGaussianNoise(h);
            for (int n : new int[] {1, 2, 3, 5, 100, 4096, 1 << 16}) {
                double[] lambda = CirculantEmbedding.eigenvalues(fgn.autocovariances(CirculantEmbedding.halfSize(n) + 1));
                assertThat(Arrays.stream(lambda).min().getAsDouble()).as("H=%s n=%d", h, n).isPositive();
                assertThat(fgn.sampler(n, 1.0)).isInstanceOf(CirculantEmbedding.class);
            }
        }
    }

    /**
     * Lags 0-5 over M = 2000 independent paths of n = 256: every estimate within 5 SE, SE exact from
     * Isserlis' theorem (see SampleStatistics), which accounts for the long memory of H = 0.9 too.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.3, 0.5, 0.7, 0.9})
    void daviesHarteSamplesHaveTheFgnAutocovariance(double hurst) {
        FractionalGaussianNoise fgn = new FractionalGaussianNoise(hurst);
        checkAutocovariance(fgn, SampleStatistics.draw(2000, 11, fgn.sampler(256, 1.0)), "Davies–Harte");
    }

    /** The exact Hosking recursion (the fallback), forced, gives the same covariance. */
    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.3, 0.5, 0.7, 0.9})
    void hoskingSamplesHaveTheFgnAutocovariance(double hurst) {
        FractionalGaussianNoise fgn = new FractionalGaussianNoise(hurst);
        DurbinLevinson hosking = new DurbinLevinson(64, 1.0, fgn.autocovariances(64));
        checkAutocovariance(fgn, SampleStatistics.draw(2000, 12, hosking), "Hosking");
    }

    private static void checkAutocovariance(FractionalGaussianNoise fgn, double[][] paths, String method) {
        for (int lag = 0; lag <= 5; lag++) {
            double se = SampleStatistics.lagProductStandardError(fgn::autocovariance, paths[0].length, lag, paths.length);
            assertWithinStandardErrors(method + " H=" + fgn.hurst() + " lag " + lag,
                    SampleStatistics.lagProduct(paths, lag), fgn.autocovariance(lag), se);
        }
    }

    /**
     * Var B_H(t) = t^{2H} at t = 1/8, 1/2, 2 (dt = 1/32, so the dt^H scaling is exercised), over
     * M = 20000 paths. B_H(t) is N(0, t^{2H}), so Var(B_H(t)^2) = 2 t^{4H} and SE = t^{2H} sqrt(2/M).
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.3, 0.5, 0.7, 0.9})
    void fbmVarianceIsTToThe2H(double hurst) {
        FractionalGaussianNoise fgn = new FractionalGaussianNoise(hurst);
        double dt = 1.0 / 32;
        IncrementSampler sampler = fgn.sampler(64, dt);
        int m = 20_000;
        double[][] paths = SampleStatistics.draw(m, 13, random -> NoiseProcess.cumulativeSum(sampler.sample(random)));
        for (int k : new int[] {4, 16, 64}) {
            double t = k * dt;
            double exact = Math.pow(t, 2 * hurst);
            assertWithinStandardErrors("Var B_H(" + t + ") for H=" + hurst,
                    SampleStatistics.meanSquareAt(paths, k), exact, exact * Math.sqrt(2.0 / m));
        }
    }

    @Test
    void pathIsZeroThenCumulativeSumsOfTheIncrements() {
        FractionalGaussianNoise fgn = new FractionalGaussianNoise(0.7);
        double[] increments = fgn.increments(100, 0.01, new SplittableRandom(3));
        double[] path = fgn.path(100, 0.01, new SplittableRandom(3));
        assertThat(path).hasSize(101);
        assertThat(path[0]).isZero();
        for (int k = 0; k < 100; k++) assertThat(path[k + 1] - path[k]).isCloseTo(increments[k], within(1e-12));
    }

    @Test
    void incrementsOverDtAreDtToTheHTimesUnitFgn() {
        FractionalGaussianNoise fgn = new FractionalGaussianNoise(0.3);
        assertThat(fgn.incrementScale(0.01)).isCloseTo(Math.pow(0.01, 0.3), within(1e-15));
        double[] unit = fgn.increments(50, 1.0, new SplittableRandom(4));
        double[] scaled = fgn.increments(50, 0.01, new SplittableRandom(4));
        for (int k = 0; k < 50; k++) assertThat(scaled[k]).isCloseTo(fgn.incrementScale(0.01) * unit[k], within(1e-13));
    }

    @Test
    void smallHurstIndexApproachesAntiPgdCorrelationWithHalfItsVariance() {
        FractionalGaussianNoise fgn = new FractionalGaussianNoise(1e-4);
        // Anti-PGD increments xi_{k+1} - xi_k: variance 2, lag-1 covariance -1, nothing further.
        assertThat(fgn.autocovariance(0)).isEqualTo(1.0);
        assertThat(fgn.autocovariance(1)).isCloseTo(-0.5, within(1e-3));
        assertThat(fgn.autocovariance(2)).isCloseTo(0.0, within(1e-3));
    }

    @Test
    void shortAndEmptyPathsWork() {
        FractionalGaussianNoise fgn = new FractionalGaussianNoise(0.8);
        assertThat(fgn.increments(0, 1.0, new SplittableRandom(1))).isEmpty();
        assertThat(fgn.increments(1, 1.0, new SplittableRandom(1))).hasSize(1);
        assertThat(fgn.increments(3, 1.0, new SplittableRandom(1))).hasSize(3).doesNotContain(0.0);
    }

    /** JTransforms splits large FFTs over its own threads; the numbers must not depend on how many. */
    @Test
    void sameNumbersWhateverTheFftThreadCount() {
        FractionalGaussianNoise fgn = new FractionalGaussianNoise(0.3);
        int before = ConcurrencyUtils.getNumberOfThreads();
        try {
            double[] reference = null;
            for (int threads : new int[] {1, 2, 4}) {
                ConcurrencyUtils.setNumberOfThreads(threads);
                double[] x = fgn.increments(1 << 17, 0.01, new SplittableRandom(5));
                if (reference == null) reference = x;
                else assertThat(x).as("%d FFT threads", threads).isEqualTo(reference);
            }
        } finally {
            ConcurrencyUtils.setNumberOfThreads(before);
        }
    }
}
