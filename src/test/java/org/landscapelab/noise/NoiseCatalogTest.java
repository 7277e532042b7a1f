package org.landscapelab.noise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.landscapelab.noise.NoiseCatalog.ALPHA;
import static org.landscapelab.noise.NoiseCatalog.HURST;
import static org.landscapelab.noise.NoiseCatalog.SIGMA;
import static org.landscapelab.noise.NoiseCatalog.THETA;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.landscapelab.params.Range;
import org.landscapelab.params.SliderRange;

class NoiseCatalogTest {

    @ParameterizedTest
    @EnumSource(NoiseKind.class)
    void everyKindHasAnEntryWhoseProcessIsOfThatKind(NoiseKind kind) {
        NoiseInfo info = NoiseCatalog.info(kind);
        assertThat(info.kind()).isEqualTo(kind);
        assertThat(info.displayName()).isNotBlank();
        assertThat(info.description()).isNotBlank();
        assertThat(NoiseSpec.of(kind).process().kind()).isEqualTo(kind);
        assertThat(NoiseCatalog.PARAMETERS).containsAll(info.parameters());
        assertThat(NoiseCatalog.parametersOf(kind)).first().isEqualTo(SIGMA);
    }

    @Test
    void theParametersAreSigmaAndEveryProcesssOwnOnceInTheOrderOfTheTextForm() {
        Set<NoiseParameter> declared = new LinkedHashSet<>(List.of(SIGMA));
        for (NoiseKind k : NoiseKind.values()) declared.addAll(NoiseCatalog.info(k).parameters());
        assertThat(NoiseCatalog.PARAMETERS).containsExactlyInAnyOrderElementsOf(declared);
        // The text form in sessions, manifests and scenarios writes them in this order: it must not change.
        assertThat(NoiseCatalog.PARAMETERS).containsExactly(SIGMA, HURST, THETA, ALPHA);
        assertThat(NoiseCatalog.PARAMETERS.stream().map(NoiseParameter::name)).doesNotHaveDuplicates();
        assertThat(NoiseSpec.parse("levy:alpha=1.2,hurst=0.7,theta=3").toString()).isEqualTo("levy:sigma=0.1,hurst=0.7,theta=3.0,alpha=1.2");
    }

    @Test
    void everyParameterHasAValidDefaultAndASliderOverValidValues() {
        for (NoiseParameter p : NoiseCatalog.PARAMETERS) {
            assertThat(p.check(p.defaultValue())).as(p.name()).isEqualTo(p.defaultValue());
            assertThat(p.check(p.slider().min())).as(p.name()).isEqualTo(p.slider().min());
            assertThat(p.check(p.slider().max())).as(p.name()).isEqualTo(p.slider().max());
            assertThat(NoiseCatalog.parameter(p.name().toUpperCase())).contains(p);
            assertThat(p.option()).isEqualTo("--" + p.name());
            assertThat(NoiseCatalog.tooltip(p)).startsWith(p.symbol() + ": ").endsWith(p.option() + ", session key " + p.name());
        }
        assertThat(NoiseCatalog.parameter("gamma")).isEmpty();
    }

    @Test
    void theAppsSlidersKeepTheirEndsAndScales() {
        assertThat(SIGMA.slider()).isEqualTo(SliderRange.log(1e-4, 10));
        assertThat(HURST.slider()).isEqualTo(SliderRange.linear(0.01, 0.99));
        assertThat(THETA.slider()).isEqualTo(SliderRange.log(1e-2, 1e2));
        assertThat(ALPHA.slider()).isEqualTo(SliderRange.linear(0.2, 2));
        assertThat(SIGMA.slider().toSlider(1e-4)).isEqualTo(-4);
        assertThat(SIGMA.slider().fromSlider(1)).isEqualTo(10);
        assertThat(HURST.slider().toSlider(0.3)).isEqualTo(0.3);
    }

    @Test
    void checksNameTheParameterItsValidValuesAndTheValue() {
        assertThatThrownBy(() -> SIGMA.check(Double.NaN)).hasMessage("sigma must be finite and >= 0, got NaN");
        assertThatThrownBy(() -> HURST.check(1)).hasMessage("hurst must be in (0, 1), got 1.0");
        assertThatThrownBy(() -> THETA.check(Double.POSITIVE_INFINITY)).hasMessage("theta must be finite and > 0, got Infinity");
        assertThatThrownBy(() -> ALPHA.check(0.05)).hasMessage(
                "alpha must be at least 0.1 (the alpha-stable draws of smaller alpha overflow double precision), got 0.05");
        assertThat(ALPHA.check(NoiseCatalog.MIN_ALPHA)).isEqualTo(0.1);
        assertThat(List.of(SIGMA.validValues(), HURST.validValues(), THETA.validValues(), ALPHA.validValues()))
                .containsExactly(">= 0", "in (0, 1)", "> 0", "in [0.1, 2]");
    }

    @Test
    void sweepChoicesAndTheKindsThatReadEachParameter() {
        assertThat(NoiseCatalog.sweepable()).containsExactly(SIGMA, HURST, THETA, ALPHA);
        assertThat(NoiseCatalog.kindsUsing(SIGMA)).isEmpty();
        assertThat(NoiseCatalog.kindsUsing(HURST)).containsExactly(NoiseKind.FBM);
        assertThat(NoiseCatalog.kindsUsing(THETA)).containsExactly(NoiseKind.OU);
        assertThat(NoiseCatalog.kindsUsing(ALPHA)).containsExactly(NoiseKind.LEVY);
        assertThat(NoiseCatalog.parametersOf(NoiseKind.FBM)).containsExactly(SIGMA, HURST);
        assertThat(NoiseCatalog.parametersOf(NoiseKind.WHITE)).containsExactly(SIGMA);
    }

    @Test
    void captionsWriteNumbersWithTheCallersFormat() {
        NoiseSpec fbm = NoiseSpec.of(NoiseKind.FBM).with(HURST, 0.3);
        assertThat(NoiseCatalog.info(NoiseKind.FBM).caption().of(fbm, v -> "<" + v + ">"))
                .isEqualTo("Fractional Brownian motion, H = <0.3>: rough, anti-correlated");
        assertThat(NoiseCatalog.info(NoiseKind.NONE).caption().of(NoiseSpec.NONE, Double::toString)).isEmpty();
    }

    @Test
    void aParameterOutsideTheCatalogOrWithAnInvalidDefaultIsRefused() {
        NoiseParameter stranger = new NoiseParameter("gamma", "γ", "gamma", "a stranger.", "none", Range.above(0), null, 1,
                SliderRange.linear(0.5, 2), true);
        assertThatThrownBy(() -> NoiseSpec.NONE.with(stranger, 1)).hasMessage("not a parameter of the noise catalog: gamma");
        assertThatThrownBy(() -> new NoiseParameter("gamma", "γ", "gamma", "m", "f", Range.above(0), null, 0,
                SliderRange.linear(0.5, 2), true)).hasMessage("gamma: default 0.0 is not valid");
    }
}
