package org.landscapelab.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatisticsTest {
    @Test
    void histogramCountsEveryValueInItsBin() {
        Histogram h = Histogram.of(new double[] {0, 0.5, 1, 1.5, 2, 9.99, 10, 11, -1}, 0, 10, 5);
        assertThat(h.counts()).containsExactly(4, 1, 0, 0, 2);
        assertThat(h.binWidth()).isEqualTo(2);
        assertThat(h.edge(3)).isEqualTo(6);
    }

    @Test
    void escapeSummaryOfKnownTimes() {
        EscapeSummary s = EscapeSummary.of(new double[] {2, 4, 4, 4, 5, 5, 7, 9}, 10, 1);
        assertThat(s.escaped()).isEqualTo(8);
        assertThat(s.escapedFraction()).isEqualTo(0.8);
        assertThat(s.mean()).isEqualTo(5);
        assertThat(s.standardDeviation()).isCloseTo(Math.sqrt(32.0 / 7), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(s.standardError()).isCloseTo(Math.sqrt(32.0 / 7) / Math.sqrt(8), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(s.median()).isEqualTo(4.5);
        assertThat(s.min()).isEqualTo(2);
        assertThat(s.max()).isEqualTo(9);
        assertThat(EscapeSummary.of(new double[0], 5, 0).mean()).isNaN();
    }
}
