package org.landscapelab.noise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.landscapelab.noise.NoiseCatalog.ALPHA;
import static org.landscapelab.noise.NoiseCatalog.HURST;
import static org.landscapelab.noise.NoiseCatalog.SIGMA;
import static org.landscapelab.noise.NoiseCatalog.THETA;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoiseSpecTest {

    @Test
    void defaults() {
        NoiseSpec spec = NoiseSpec.of(NoiseKind.FBM);
        assertThat(spec).isEqualTo(NoiseSpec.of(NoiseKind.FBM).with(SIGMA, 0.1).with(HURST, 0.5).with(THETA, 1.0).with(ALPHA, 1.5));
        assertThat(NoiseSpec.NONE.kind()).isEqualTo(NoiseKind.NONE);
    }

    @Test
    void validationNamesTheParameterAndItsRange() {
        NoiseSpec spec = NoiseSpec.of(NoiseKind.FBM);
        assertThatThrownBy(() -> spec.with(HURST, 1.5)).isInstanceOf(IllegalArgumentException.class).hasMessage("hurst must be in (0, 1), got 1.5");
        assertThatThrownBy(() -> spec.with(HURST, 0)).hasMessage("hurst must be in (0, 1), got 0.0");
        assertThatThrownBy(() -> spec.with(HURST, Double.NaN)).hasMessage("hurst must be in (0, 1), got NaN");
        assertThatThrownBy(() -> spec.with(SIGMA, -0.1)).hasMessage("sigma must be finite and >= 0, got -0.1");
        assertThatThrownBy(() -> spec.with(SIGMA, Double.POSITIVE_INFINITY)).hasMessage("sigma must be finite and >= 0, got Infinity");
        assertThatThrownBy(() -> spec.with(THETA, 0)).hasMessage("theta must be finite and > 0, got 0.0");
        assertThatThrownBy(() -> spec.with(ALPHA, 0)).hasMessage("alpha must be in (0, 2], got 0.0");
        assertThatThrownBy(() -> spec.with(ALPHA, 2.5)).hasMessage("alpha must be in (0, 2], got 2.5");
        assertThatThrownBy(() -> NoiseSpec.of(null)).isInstanceOf(NullPointerException.class);
        assertThat(spec.with(ALPHA, 2).with(SIGMA, 0).value(ALPHA)).isEqualTo(2);
        // The processes check the same ranges with the same words.
        assertThatThrownBy(() -> new FractionalGaussianNoise(1)).hasMessage("hurst must be in (0, 1), got 1.0");
        assertThatThrownBy(() -> new StableNoise(-1)).hasMessage("alpha must be in (0, 2], got -1.0");
        assertThatThrownBy(() -> new OrnsteinUhlenbeck(-1)).hasMessage("theta must be finite and > 0, got -1.0");
    }

    @Test
    void parsesKindsAndParameters() {
        assertThat(NoiseSpec.parse("fbm")).isEqualTo(NoiseSpec.of(NoiseKind.FBM));
        assertThat(NoiseSpec.parse(" FBM : hurst = 0.3 , sigma=0.05")).isEqualTo(NoiseSpec.of(NoiseKind.FBM).with(HURST, 0.3).with(SIGMA, 0.05));
        assertThat(NoiseSpec.parse("ou:theta=4").value(THETA)).isEqualTo(4);
        assertThat(NoiseSpec.parse("levy:alpha=1").value(ALPHA)).isEqualTo(1);
        for (String name : new String[] {"none", "white", "ou", "fbm", "anti", "levy"}) {
            assertThat(NoiseKind.parse(name).cliName()).isEqualTo(name);
        }
    }

    @Test
    void parseErrorsSayWhatIsExpected() {
        assertThatThrownBy(() -> NoiseSpec.parse("pink")).hasMessage("unknown noise kind 'pink'; expected one of none, white, ou, fbm, anti, levy");
        assertThatThrownBy(() -> NoiseSpec.parse("fbm:h=0.3")).hasMessage("unknown noise parameter 'h'; expected sigma, hurst, theta or alpha");
        assertThatThrownBy(() -> NoiseSpec.parse("fbm:hurst=abc")).hasMessage("noise parameter hurst must be a number, got 'abc'");
        assertThatThrownBy(() -> NoiseSpec.parse("fbm:hurst")).hasMessage("noise parameter 'hurst' must be NAME=VALUE, e.g. hurst=0.3");
        assertThatThrownBy(() -> NoiseSpec.parse("fbm:hurst=2")).hasMessage("hurst must be in (0, 1), got 2.0");
        assertThatThrownBy(() -> NoiseSpec.parse(" ")).hasMessageStartingWith("noise must be KIND[:NAME=VALUE,...]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "white:sigma=0.3", "ou:theta=2.5", "fbm:hurst=0.25,sigma=1", "anti", "levy:alpha=1.2,hurst=0.7"})
    void textFormRoundTrips(String text) {
        NoiseSpec spec = NoiseSpec.parse(text);
        assertThat(NoiseSpec.parse(spec.toString())).isEqualTo(spec);
    }

    @Test
    void textFormShowsSigmaAndTheKindsOwnParameter() {
        assertThat(NoiseSpec.parse("fbm:hurst=0.3").toString()).isEqualTo("fbm:sigma=0.1,hurst=0.3");
        assertThat(NoiseSpec.of(NoiseKind.WHITE).toString()).isEqualTo("white:sigma=0.1");
    }

    @Test
    void processHasTheKindAndParameters() {
        NoiseSpec spec = NoiseSpec.of(NoiseKind.NONE).with(SIGMA, 0.2).with(HURST, 0.3).with(THETA, 4).with(ALPHA, 1.1);
        assertThat(spec.process()).isEqualTo(new NoNoise());
        assertThat(spec.withKind(NoiseKind.WHITE).process()).isEqualTo(new WhiteNoise());
        assertThat(spec.withKind(NoiseKind.OU).process()).isEqualTo(new OrnsteinUhlenbeck(4));
        assertThat(spec.withKind(NoiseKind.FBM).process()).isEqualTo(new FractionalGaussianNoise(0.3));
        assertThat(spec.withKind(NoiseKind.ANTI).process()).isEqualTo(new AntiCorrelatedNoise());
        assertThat(spec.withKind(NoiseKind.LEVY).process()).isEqualTo(new StableNoise(1.1));
        for (NoiseKind kind : NoiseKind.values()) assertThat(spec.withKind(kind).process().kind()).isEqualTo(kind);
    }
}
