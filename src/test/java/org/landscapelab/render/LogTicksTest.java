package org.landscapelab.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogTicksTest {
    private static boolean wholePowerOfTen(double v) {
        double e = Math.log10(v);
        return Math.abs(e - Math.rint(e)) < 1e-12 && v == Double.parseDouble("1e" + (long) Math.rint(e));
    }

    @Test
    void ticksOfAFewDecadesAreTheWholePowersOfTen() {
        // an axis from 0.63 to 1.6e3 (10^-0.2 .. 10^3.2): JFreeChart's LogAxis ticked it at 10^-0.2
        assertThat(LogTicks.between(0.63, 1.6e3)).containsExactly(1.0, 10.0, 100.0, 1000.0);
        assertThat(LogTicks.between(0.01, 1)).containsExactly(0.01, 0.1, 1.0);
    }

    @Test
    void aLongAxisLabelsEverySecondOrThirdPower() {
        List<Double> ticks = LogTicks.between(1e-30, 1e3);
        assertThat(ticks).allMatch(LogTicksTest::wholePowerOfTen);
        assertThat(ticks.size()).isBetween(2, LogTicks.MAX_TICKS);
        assertThat(ticks).contains(1.0);
    }

    @Test
    void everyTickOfManyRangesIsAWholePowerOfTen() {
        for (double lo = 1e-12; lo < 1e6; lo *= 3.7) {
            for (double span : new double[] {100.5, 1e4, 1e9}) {
                double from = lo;
                double to = lo * span;
                List<Double> ticks = LogTicks.between(from, to);
                assertThat(ticks).as("ticks of [%s, %s]", from, to).isNotEmpty().allMatch(LogTicksTest::wholePowerOfTen)
                        .allMatch(v -> v >= from && v <= to);
            }
        }
    }

    @Test
    void anAxisShorterThanTwoDecadesSteps125() {
        assertThat(LogTicks.between(0.15, 0.6)).containsExactly(0.2, 0.5);
        assertThat(LogTicks.between(0.3, 4)).containsExactly(0.5, 1.0, 2.0);
    }

    @Test
    void labelsArePlainDecimalsOrPowersOfTen() {
        assertThat(LogTicks.label(0.01)).isEqualTo("0.01");
        assertThat(LogTicks.label(0.1)).isEqualTo("0.1");
        assertThat(LogTicks.label(1)).isEqualTo("1");
        assertThat(LogTicks.label(1000)).isEqualTo("1000");
        assertThat(LogTicks.label(1e-5)).isEqualTo("10\u207b\u2075");
        assertThat(LogTicks.label(1e12)).isEqualTo("10\u00b9\u00b2");
        assertThat(LogTicks.label(2e6)).isEqualTo("2\u00d710\u2076");
    }

    @Test
    void nothingForAnEmptyOrNonPositiveRange() {
        assertThat(LogTicks.between(0, 1)).isEmpty();
        assertThat(LogTicks.between(5, 5)).isEmpty();
        assertThat(LogTicks.between(1, Double.POSITIVE_INFINITY)).isEmpty();
    }
}
