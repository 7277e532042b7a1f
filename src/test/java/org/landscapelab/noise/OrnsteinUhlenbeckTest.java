package org.landscapelab.noise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.landscapelab.noise.SampleStatistics.assertWithinStandardErrors;

import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/** The exact OU step against the stationary law: variance 1/(2 theta), correlation e^{-theta k dt}. */
class OrnsteinUhlenbeckTest {

    /**
     * sigma·X for the spec ou:theta=2,sigma=0.5 with dt = 0.05: autocovariance
     * sigma^2/(2 theta)·e^{-theta k dt} at lags 0-5 (lag 0: the stationary variance sigma^2/(2 theta);
     * the ratio lag k / lag 0 is the lag correlation e^{-theta k dt}). M = 2000 paths of 257 values,
     * all stationary since X_0 is drawn from the stationary law; SE from Isserlis' theorem.
     */
    @Test
    void pathHasTheStationaryVarianceAndLagCorrelation() {
        NoiseSpec spec = NoiseSpec.parse("ou:theta=2,sigma=0.5");
        OrnsteinUhlenbeck ou = (OrnsteinUhlenbeck) spec.process();
        double dt = 0.05;
        double sigma = spec.sigma();
        double[][] paths = SampleStatistics.draw(2000, 31, random -> scaled(ou.path(256, dt, random), sigma));
        double variance = sigma * sigma / (2 * spec.value(NoiseCatalog.THETA));
        assertThat(sigma * sigma * ou.stationaryVariance()).isCloseTo(variance, within(1e-15));
        IntToDoubleFunction gamma = k -> variance * Math.exp(-spec.value(NoiseCatalog.THETA) * k * dt);
        for (int lag = 0; lag <= 5; lag++) {
            assertWithinStandardErrors("OU lag " + lag, SampleStatistics.lagProduct(paths, lag), gamma.applyAsDouble(lag),
                    SampleStatistics.lagProductStandardError(gamma, 257, lag, paths.length));
        }
    }

    /**
     * The increments X_{k+1} - X_k are stationary with gamma(0) = 2v(1 - a) = incrementScale^2 and
     * gamma(k) = -v(1 - a)^2 a^{k-1} (v = 1/(2 theta), a = e^{-theta dt}), i.e. lag-1 correlation
     * -(1 - a)/2: nearly white (variance ~dt, correlation ~0) for theta dt = 1e-4, and close to the
     * Anti-PGD correlation -1/2 for theta dt = 5.
     */
    @Test
    void incrementsAreNearlyWhiteForSmallThetaDtAndAntiCorrelatedForLarge() {
        checkIncrements(0.01, 0.01, 32);
        checkIncrements(50, 0.1, 33);
    }

    private static void checkIncrements(double theta, double dt, long seed) {
        OrnsteinUhlenbeck ou = new OrnsteinUhlenbeck(theta);
        double v = ou.stationaryVariance();
        double a = Math.exp(-theta * dt);
        double oneMinusA = -Math.expm1(-theta * dt); // 1 - a without cancellation for small theta dt
        IntToDoubleFunction gamma = k -> k == 0 ? 2 * v * oneMinusA : -v * oneMinusA * oneMinusA * Math.pow(a, k - 1);
        assertThat(ou.incrementScale(dt) * ou.incrementScale(dt)).isCloseTo(gamma.applyAsDouble(0), within(1e-14 * gamma.applyAsDouble(0)));
        double[][] paths = SampleStatistics.draw(2000, seed, ou.sampler(256, dt));
        for (int lag = 0; lag <= 3; lag++) {
            assertWithinStandardErrors("OU increments theta dt=" + theta * dt + " lag " + lag, SampleStatistics.lagProduct(paths, lag),
                    gamma.applyAsDouble(lag), SampleStatistics.lagProductStandardError(gamma, 256, lag, paths.length));
        }
        double correlation = gamma.applyAsDouble(1) / gamma.applyAsDouble(0);
        if (theta * dt < 1e-3) {
            assertThat(correlation).isCloseTo(0, within(1e-3));
            assertThat(gamma.applyAsDouble(0)).isCloseTo(dt, within(1e-3 * dt));
        } else {
            assertThat(correlation).isCloseTo(-0.5, within(0.01));
        }
    }

    @Test
    void incrementsAreTheDifferencesOfThePathFromTheSameDraws() {
        OrnsteinUhlenbeck ou = new OrnsteinUhlenbeck(3);
        double[] path = ou.path(500, 0.02, new SplittableRandom(7));
        double[] increments = ou.increments(500, 0.02, new SplittableRandom(7));
        assertThat(path).hasSize(501);
        for (int k = 0; k < 500; k++) assertThat(increments[k]).isEqualTo(path[k + 1] - path[k]);
    }

    private static double[] scaled(double[] x, double factor) {
        for (int i = 0; i < x.length; i++) x[i] *= factor;
        return x;
    }
}
