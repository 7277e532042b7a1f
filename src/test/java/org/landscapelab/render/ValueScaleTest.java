package org.landscapelab.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.landscapelab.landscape.ColorScale;

class ValueScaleTest {

    @Test
    void linearLevelsAreEvenlySpacedInsideTheRange() {
        double[] levels = new ValueScale(ColorScale.LINEAR, -2, 8).levels(4);
        assertThat(levels).containsExactly(new double[] {0, 2, 4, 6}, within(1e-12));
    }

    @Test
    void logScaleIsMonotoneAndInvertibleForNegativeValues() {
        ValueScale s = new ValueScale(ColorScale.LOG, -3.5, 250);
        assertThat(s.fraction(-3.5)).isCloseTo(0, within(1e-12));
        assertThat(s.fraction(250)).isCloseTo(1, within(1e-12));
        Random random = new Random(7);
        double[] v = random.doubles(2000, -3.5, 250).sorted().toArray();
        for (int k = 1; k < v.length; k++) {
            if (v[k] > v[k - 1]) assertThat(s.fraction(v[k])).isGreaterThan(s.fraction(v[k - 1]));
            assertThat(s.valueAt(s.fraction(v[k]))).isCloseTo(v[k], within(1e-9 * 250));
        }
    }

    @Test
    void logLevelsAreEvenlySpacedInLogOfTheOffset() {
        // f reaching 0: the log of the offset f - min + delta, delta = 1e-4 of the range.
        ValueScale s = new ValueScale(ColorScale.LOG, 0, 1000);
        double[] levels = s.levels(20);
        double delta = ValueScale.LOG_OFFSET * 1000;
        double step = Math.log10(levels[1] + delta) - Math.log10(levels[0] + delta);
        for (int k = 1; k < levels.length; k++) {
            assertThat(levels[k]).isGreaterThan(levels[k - 1]).isLessThan(1000);
            assertThat(Math.log10(levels[k] + delta) - Math.log10(levels[k - 1] + delta)).isCloseTo(step, within(1e-9));
        }
        // 20 levels over log10(1000 + 0.1) - log10(0.1) ~= 4 decades: the first at 4/21 of them
        assertThat(Math.log10(levels[0] + delta)).isCloseTo(-1 + 4.0000434 / 21, within(1e-6));
    }

    @Test
    void positiveValuesGetThePlainLogarithm() {
        // Goldstein-Price's range: levels evenly spaced in log10 f, from 3 to 1e6.
        ValueScale s = new ValueScale(ColorScale.LOG, 3, 1e6);
        assertThat(s.logShift()).isZero();
        double[] levels = s.levels(9);
        double step = (6 - Math.log10(3)) / 10;
        for (int k = 0; k < levels.length; k++) {
            assertThat(Math.log10(levels[k])).isCloseTo(Math.log10(3) + (k + 1) * step, within(1e-12));
        }
        assertThat(s.fraction(1e3)).isCloseTo((3 - Math.log10(3)) / (6 - Math.log10(3)), within(1e-12));
        // More than eight decades: the floor is raised so the map is not spent on the bottom few cells.
        ValueScale wide = new ValueScale(ColorScale.LOG, 1e-12, 1e3);
        assertThat(wide.fraction(1e-12)).isZero();
        assertThat(Math.log10(wide.max() - wide.logShift()) - Math.log10(wide.min() - wide.logShift())).isCloseTo(8, within(1e-6));
        assertThat(wide.valueAt(0.5)).isCloseTo(1e-1, within(1e-3));
    }

    @Test
    void emptyRangeHasNoLevels() {
        ValueScale s = new ValueScale(ColorScale.LOG, 2, 2);
        assertThat(s.levels(20)).isEmpty();
        assertThat(s.fraction(2)).isEqualTo(0.5);
    }
}
