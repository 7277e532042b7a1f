package org.landscapelab.noise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** What every process promises: lengths, paths, scales, argument checks. */
class NoiseProcessTest {
    private static final NoiseProcess[] ALL = {
        new NoNoise(), new WhiteNoise(), new OrnsteinUhlenbeck(2), new FractionalGaussianNoise(0.3), new AntiCorrelatedNoise(), new StableNoise(1.5),
    };

    @Test
    void incrementsAndPathsHaveTheRequestedLength() {
        for (NoiseProcess process : ALL) {
            for (int n : new int[] {0, 1, 2, 7, 100}) {
                assertThat(process.increments(n, 0.1, new SplittableRandom(1))).hasSize(n);
                assertThat(process.path(n, 0.1, new SplittableRandom(1))).hasSize(n + 1);
            }
        }
    }

    @Test
    void pathsStartAtZeroAndSumTheIncrements() {
        for (NoiseProcess process : ALL) {
            if (process instanceof OrnsteinUhlenbeck) continue; // starts from its stationary law
            double[] increments = process.increments(50, 0.1, new SplittableRandom(2));
            double[] path = process.path(50, 0.1, new SplittableRandom(2));
            assertThat(path[0]).isZero();
            for (int k = 0; k < 50; k++) assertThat(path[k + 1]).isEqualTo(path[k] + increments[k]);
        }
    }

    @Test
    void noNoiseIsZero() {
        assertThat(new NoNoise().increments(10, 0.1, new SplittableRandom(3))).containsOnly(0.0);
    }

    @Test
    void incrementScales() {
        double dt = 0.04;
        assertThat(new NoNoise().incrementScale(dt)).isEqualTo(1);
        assertThat(new WhiteNoise().incrementScale(dt)).isCloseTo(0.2, within(1e-15));
        assertThat(new FractionalGaussianNoise(0.25).incrementScale(dt)).isCloseTo(Math.pow(dt, 0.25), within(1e-15));
        assertThat(new AntiCorrelatedNoise().incrementScale(dt)).isEqualTo(1);
        assertThat(new StableNoise(1.5).incrementScale(dt)).isCloseTo(Math.pow(dt, 1 / 1.5), within(1e-15));
        // OU: sqrt((1 - e^{-theta dt}) / theta) -> sqrt(dt) as theta -> 0.
        assertThat(new OrnsteinUhlenbeck(1e-9).incrementScale(dt)).isCloseTo(0.2, within(1e-9));
    }

    @Test
    void rejectsBadLengthsAndSteps() {
        for (NoiseProcess process : ALL) {
            assertThatThrownBy(() -> process.sampler(-1, 0.1)).hasMessage("n (number of increments) must be >= 0, got -1");
            assertThatThrownBy(() -> process.sampler(5, 0)).hasMessage("dt must be finite and > 0, got 0.0");
            assertThatThrownBy(() -> process.incrementScale(Double.NaN)).hasMessage("dt must be finite and > 0, got NaN");
        }
    }
}
