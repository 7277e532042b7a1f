package org.landscapelab.noise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Increments read step by step are the increments of the whole path, to the bit. */
class IncrementStreamTest {
    private static final int N = 1000;

    @ParameterizedTest
    @ValueSource(strings = {"none", "white", "ou:theta=3", "fbm:hurst=0.3", "fbm:hurst=0.8", "anti", "levy:alpha=0.7", "levy:alpha=1"})
    void aStreamGivesTheSameIncrementsAsTheWholePath(String spec) {
        IncrementSampler sampler = NoiseSpec.parse(spec).process().sampler(N, 0.05);
        NoiseStreams streams = new NoiseStreams(42);
        double[] whole = sampler.sample(streams.stream(3, 1));
        IncrementStream lazy = sampler.stream(streams.stream(3, 1));
        double[] stepwise = new double[N];
        for (int k = 0; k < N; k++) stepwise[k] = lazy.next();
        assertThat(stepwise).isEqualTo(whole);
        assertThat(whole).doesNotContain(Double.NaN);
    }

    @Test
    void onlyFractionalGaussianNoiseHoldsItsWholePath() {
        for (String spec : new String[] {"white", "ou", "anti", "levy"}) {
            assertThat(NoiseSpec.parse(spec).process().sampler(N, 0.05).streamBytes()).as(spec).isZero();
        }
        // The path (8 bytes per step) and the spectrum of size 2m = 2048 it is transformed in.
        assertThat(NoiseSpec.parse("fbm:hurst=0.3").process().sampler(N, 0.05).streamBytes()).isEqualTo(8L * N + 8L * 2048);
    }

    @Test
    void alphaBelowTheMinimumIsRefusedBecauseItsDrawsOverflow() {
        assertThatThrownBy(() -> new StableNoise(1e-9))
                .hasMessage("alpha must be at least 0.1 (the alpha-stable draws of smaller alpha overflow double precision), got 1.0E-9");
        assertThatThrownBy(() -> NoiseSpec.parse("levy:alpha=0.05")).hasMessageContaining("alpha must be at least 0.1");
        // At the minimum every draw is still a finite number.
        double[] draws = new StableNoise(NoiseCatalog.MIN_ALPHA).increments(200_000, 1, new NoiseStreams(1).stream(0, 0));
        for (double d : draws) assertThat(Double.isFinite(d)).isTrue();
    }
}
