package org.landscapelab.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.data.xy.DefaultXYDataset;
import org.junit.jupiter.api.Test;

/** The run charts' axes: a flat curve opens to a readable range. */
class RunChartsTest {
    @Test
    void aFlatCurveOpensToAThousandthOfItsSizeNotToTicks1e8Apart() {
        DefaultXYDataset flat = new DefaultXYDataset();
        flat.addSeries("λmin", new double[][] {{0, 1, 2}, {0.4463818, 0.4463818, 0.4463818}});
        flat.addSeries("other", new double[][] {{0, 1}, {-2, Double.NaN}});
        assertThat(RunCharts.minimumRange(flat)).isEqualTo(2e-3);
        assertThat(RunCharts.minimumRange(new DefaultXYDataset())).isEqualTo(1e-8);
        DefaultXYDataset zeros = new DefaultXYDataset();
        zeros.addSeries("zero", new double[][] {{0, 1}, {0, 0}});
        assertThat(RunCharts.minimumRange(zeros)).isEqualTo(1e-8);
    }
}
