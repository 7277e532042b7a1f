package org.landscapelab.noise;

import static org.landscapelab.noise.SampleStatistics.assertWithinStandardErrors;

import org.junit.jupiter.api.Test;

class WhiteNoiseTest {
    /**
     * N(0, dt) increments, dt = 0.01, M = 1000 paths of 1000: variance dt with SE dt·sqrt(2/(M n)),
     * and lag-1 covariance 0 with SE dt/sqrt(M (n-1)) (Isserlis with gamma = dt·[k = 0]).
     */
    @Test
    void incrementsAreIndependentWithVarianceDt() {
        double dt = 0.01;
        double[][] paths = SampleStatistics.draw(1000, 51, new WhiteNoise().sampler(1000, dt));
        for (int lag = 0; lag <= 2; lag++) {
            assertWithinStandardErrors("white lag " + lag, SampleStatistics.lagProduct(paths, lag), lag == 0 ? dt : 0,
                    SampleStatistics.lagProductStandardError(k -> k == 0 ? dt : 0, 1000, lag, paths.length));
        }
    }
}
