package org.landscapelab.noise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.landscapelab.noise.SampleStatistics.assertWithinStandardErrors;

import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class AntiCorrelatedNoiseTest {
    /** xi_{k+1} - xi_k: gamma = 2, -1, 0, 0 (lag-1 correlation -1/2), whatever dt. */
    private static final IntToDoubleFunction GAMMA = k -> k == 0 ? 2 : k == 1 ? -1 : 0;

    @Test
    void incrementsHaveLagOneCorrelationMinusOneHalf() {
        double[][] paths = SampleStatistics.draw(1000, 61, new AntiCorrelatedNoise().sampler(1000, 0.37));
        for (int lag = 0; lag <= 3; lag++) {
            assertWithinStandardErrors("anti lag " + lag, SampleStatistics.lagProduct(paths, lag), GAMMA.applyAsDouble(lag),
                    SampleStatistics.lagProductStandardError(GAMMA, 1000, lag, paths.length));
        }
    }

    /**
     * The cumulative sum is xi_k - xi_0, variance 2 at every k instead of growing like k: checked at
     * k = 1, 10, 100, 1000 over M = 4000 paths (N(0, 2), so SE = 2 sqrt(2/M)).
     */
    @Test
    void cumulativeSumHasVarianceTwoAtEveryTime() {
        int m = 4000;
        double[][] paths = SampleStatistics.draw(m, 62, random -> new AntiCorrelatedNoise().path(1000, 1.0, random));
        for (int k : new int[] {1, 10, 100, 1000}) {
            assertWithinStandardErrors("Var of the anti cumulative sum at " + k, SampleStatistics.meanSquareAt(paths, k), 2, 2 * Math.sqrt(2.0 / m));
        }
    }

    /**
     * Over n = 10^5 steps the cumulative sum stays within 2u, where u bounds all |xi_k|: by the union
     * bound P(max_k |xi_k| > u) <= 2(n+1) P(Z > u) = 1e-9 for u = 6.5. A random walk with the same
     * step variance would wander ~ sqrt(2n) = 447.
     */
    @Test
    void cumulativeSumStaysBounded() {
        int n = 100_000;
        double u = new NormalDistribution().inverseCumulativeProbability(1 - 1e-9 / (2.0 * (n + 1)));
        double[] path = new AntiCorrelatedNoise().path(n, 1.0, new SplittableRandom(63));
        double max = 0;
        for (double s : path) max = Math.max(max, Math.abs(s));
        assertThat(max).isLessThanOrEqualTo(2 * u);
    }
}
