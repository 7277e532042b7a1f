package org.landscapelab.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void errorHasTwoSignificantDigitsAndTheValueStopsAtItsFirstDigit() {
        assertThat(Numbers.withError(27.22, 0.2497)).isEqualTo("27.2 \u00b1 0.25");
        assertThat(Numbers.withError(312.4, 12.3)).isEqualTo("310 \u00b1 12");
        assertThat(Numbers.withError(1.23456, 0.0999)).isEqualTo("1.2 \u00b1 0.10"); // 0.0999 rounds up to 0.10
        assertThat(Numbers.withError(5, 0.5)).isEqualTo("5.0 \u00b1 0.50");
        assertThat(Numbers.withError(41234, 1234)).isEqualTo("41000 \u00b1 1200");
    }

    @Test
    void negativeValuesAndValuesSmallerThanTheirError() {
        assertThat(Numbers.withError(-5.678, 0.12)).isEqualTo("-5.7 \u00b1 0.12");
        assertThat(Numbers.withError(-0.01, 0.25)).isEqualTo("0.0 \u00b1 0.25");
        assertThat(Numbers.withError(3, -0.25)).isEqualTo("3.0 \u00b1 0.25");
    }

    @Test
    void tinyAndHugeNumbersInScientificNotation() {
        assertThat(Numbers.withError(1.234e-7, 2.5e-9)).isEqualTo("1.23e-7 \u00b1 2.5e-9");
        assertThat(Numbers.withError(1.2345e8, 3.3e6)).isEqualTo("1.23e8 \u00b1 3.3e6");
        assertThat(Numbers.withError(-1.2345e8, 3.3e6)).isEqualTo("-1.23e8 \u00b1 3.3e6");
    }

    @Test
    void withoutAUsableErrorEachNumberStandsAlone() {
        assertThat(Numbers.withError(27.22, 0)).isEqualTo("27.22 \u00b1 0");
        assertThat(Numbers.withError(27.22, Double.NaN)).isEqualTo("27.22 \u00b1 NaN");
        assertThat(Numbers.withError(Double.NaN, 0.25)).isEqualTo("NaN \u00b1 0.25");
        assertThat(Numbers.withError(1, Double.POSITIVE_INFINITY)).isEqualTo("1 \u00b1 \u221e");
    }

    @Test
    void plainFormatKeepsFourSignificantDigits() {
        assertThat(Numbers.format(27.2245)).isEqualTo("27.22");
        assertThat(Numbers.format(-0.5)).isEqualTo("-0.5");
        assertThat(Numbers.format(1.5e-7)).isEqualTo("1.500e-7");
        assertThat(Numbers.format(2.5e8)).isEqualTo("2.500e8");
        assertThat(Numbers.format(Double.NaN)).isEqualTo("NaN");
    }
}
