package org.landscapelab.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.landscapelab.landscape.ColorScale;

class TicksTest {

    @Test
    void stepsAreNiceNumbers() {
        assertThat(Ticks.step(-5, 5, 5)).isEqualTo(2);
        assertThat(Ticks.step(0, 1, 4)).isEqualTo(0.25);
        assertThat(Ticks.step(-5.12, 5.12, 4)).isEqualTo(2.5);
        assertThat(Ticks.step(0, 890, 7)).isEqualTo(100);
        assertThat(Ticks.at(-5.12, 5.12, 2.5)).containsExactly(new double[] {-5, -2.5, 0, 2.5, 5}, within(1e-12));
        assertThat(Ticks.at(-0.3, 0.3, 0.1)).hasSize(7).contains(0.0);
    }

    @Test
    void labelsUseAsManyDecimalsAsTheStepAndATypographicMinus() {
        assertThat(Ticks.format(-2.5, 2.5)).isEqualTo("\u22122.5");
        assertThat(Ticks.format(5, 2.5)).isEqualTo("5.0");
        assertThat(Ticks.format(0.75, 0.25)).isEqualTo("0.75");
        assertThat(Ticks.format(-4, 2)).isEqualTo("\u22124");
        assertThat(Ticks.format(0, 0.1)).isEqualTo("0.0");
        assertThat(Ticks.formatSignificant(123456, 2)).isEqualTo("1.2e5");
        assertThat(Ticks.formatSignificant(-0.0316, 3)).isEqualTo("\u22120.0316");
        assertThat(Ticks.formatSignificant(100.0001, 3)).isEqualTo("100");
    }

    @Test
    void logColorbarTicksSitOnTheDecadesOfTheOffset() {
        ValueScale scale = new ValueScale(ColorScale.LOG, 0, 1000);
        List<ColorbarTicks.Tick> ticks = ColorbarTicks.of(scale, 7);
        assertThat(ticks).extracting(ColorbarTicks.Tick::label).containsExactly("0.1", "1", "10", "100", "1000");
        // at t = (log10(f + delta) - log10(delta)) / (log10(1000 + delta) - log10(delta)), delta = 0.1
        for (ColorbarTicks.Tick tick : ticks) {
            double f = Double.parseDouble(tick.label());
            assertThat(tick.t()).isCloseTo((Math.log10(f + 0.1) + 1) / (Math.log10(1000.1) + 1), within(1e-12));
        }
    }

    @Test
    void logColorbarTicksOfPositiveValuesAreTheDecadesOfF() {
        ValueScale scale = new ValueScale(ColorScale.LOG, 3, 1e6);
        List<ColorbarTicks.Tick> ticks = ColorbarTicks.of(scale, 7);
        assertThat(ticks).extracting(ColorbarTicks.Tick::label).containsExactly("10", "100", "1000", "10000", "1e5", "1e6");
    }
}
