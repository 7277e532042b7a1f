package org.landscapelab.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.landscapelab.experiments.BnDecoupling;
import org.landscapelab.experiments.ExperimentTable;
import org.landscapelab.experiments.FpgdEscape;
import org.landscapelab.experiments.Shard;
import org.landscapelab.experiments.TableRow;
import org.landscapelab.experiments.WideningValley;
import org.landscapelab.sim.Progress;

class ExperimentChartTest {
    private static final WideningValley.Settings VALLEY =
            new WideningValley.Settings(4, 100, 0.25, 6, 3000, 1000, WideningValley.Perturbation.RADEMACHER, 3);

    @Test
    void theWideningValleyHasOneBandPerMethodWithTheTablesMeansAndStandardErrors() {
        ExperimentTable table = WideningValley.run(VALLEY, Shard.ALL, 1, Progress.NONE);
        ExperimentChart chart = ExperimentChart.of(table);
        assertThat(chart.series()).extracting(ExperimentChart.Band::name).containsExactly("GD", "PGD", "Anti-PGD");
        ExperimentChart.Band pgd = chart.series().get(1);
        assertThat(pgd.x()).containsExactly(0, 1000, 2000, 3000);
        TableRow row = table.rows().get(4 + 2); // pgd, step 2000
        assertThat(row.key()).containsExactly("pgd", "2000");
        assertThat(pgd.mean()[2]).isEqualTo(row.stat(0).mean());
        assertThat(pgd.se()[2]).isEqualTo(row.stat(0).standardError()).isPositive();
        assertThat(chart.series().get(0).se()).containsOnly(0.0); // GD does not move
        assertThat(chart.colours()).containsExactly(Palette.color(0), Palette.color(1), Palette.color(2));
    }

    @Test
    void theYAxisIsLogarithmicWhenTheMeansSpanThirtyTimesOrMore() {
        ExperimentChart.Band low = new ExperimentChart.Band("a", new double[] {0, 1}, new double[] {1, 2}, new double[] {0, 0}, Palette.color(0), false);
        ExperimentChart.Band high = new ExperimentChart.Band("b", new double[] {0, 1}, new double[] {10, 30}, new double[] {0, 0}, Palette.color(1), false);
        ExperimentChart.Band higher = new ExperimentChart.Band("c", new double[] {0}, new double[] {29.9}, new double[] {0}, Palette.color(1), false);
        ExperimentChart.Band negative = new ExperimentChart.Band("d", new double[] {0}, new double[] {-1}, new double[] {0}, Palette.color(1), false);
        assertThat(ExperimentChart.spansDecades(List.of(low, high))).isTrue();
        assertThat(ExperimentChart.spansDecades(List.of(low, higher))).isFalse();
        assertThat(ExperimentChart.spansDecades(List.of(low, high, negative))).isFalse();

        XYPlot log = new XYPlot();
        new ExperimentChart("t", "x", "y", List.of(low, high), true).fill(log);
        assertThat(log.getRangeAxis()).isInstanceOf(DecadeAxis.class);
        XYPlot linear = new XYPlot();
        new ExperimentChart("t", "x", "y", List.of(low), false).fill(linear);
        assertThat(linear.getRangeAxis()).isExactlyInstanceOf(NumberAxis.class);
    }

    @Test
    void bandsAreMeanPlusMinusOneStandardErrorAndStayPositiveOnALogAxis() {
        ExperimentChart.Band b = new ExperimentChart.Band("b", new double[] {0, 1}, new double[] {2, 100}, new double[] {3, 10}, Palette.color(0), false);
        XYPlot plot = new XYPlot();
        new ExperimentChart("t", "x", "y", List.of(b), true).fill(plot);
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) plot.getDataset();
        assertThat(data.getEndYValue(0, 1)).isEqualTo(110);
        assertThat(data.getStartYValue(0, 1)).isEqualTo(90);
        assertThat(data.getStartYValue(0, 0)).isEqualTo(2 * 2 / 5.0); // 2 − 3 < 0: mirrored in log space, mean²/(mean + se)
        assertThat(data.getEndYValue(0, 0)).isEqualTo(5);
    }

    @Test
    void fpgdEscapeHasOneLinePerDimensionAgainstTheHurstIndex() {
        ExperimentTable d1 = FpgdEscape.run(fpgd(1), Shard.ALL, 1, Progress.NONE);
        ExperimentTable d3 = FpgdEscape.run(fpgd(3), Shard.ALL, 1, Progress.NONE);
        ExperimentChart chart = ExperimentChart.of(List.of(d1, d3));
        assertThat(chart.series()).extracting(ExperimentChart.Band::name).containsExactly("d = 1", "d = 3");
        assertThat(chart.series().get(1).x()).containsExactly(0.3, 0.5);
        assertThat(chart.series().get(1).mean()[1]).isEqualTo(d3.rows().get(1).stat(0).mean());
        assertThat(chart.xLabel()).isEqualTo("Hurst index H");
    }

    @Test
    void bnDecouplingDrawsTheLossOfBothParametrizationsLogisticDashed() {
        BnDecoupling.Settings s = new BnDecoupling.Settings(List.of(BnDecoupling.Problem.LEAST_SQUARES, BnDecoupling.Problem.LOGISTIC),
                20, 3, 10, 3, 60, 20, 0.05, 0.05, 0.05, 1);
        ExperimentChart chart = ExperimentChart.of(BnDecoupling.run(s, Shard.ALL, 1, Progress.NONE));
        assertThat(chart.series()).extracting(ExperimentChart.Band::name)
                .containsExactly("plain w, least-squares", "w = g·u/‖u‖, least-squares", "plain w, logistic", "w = g·u/‖u‖, logistic");
        assertThat(chart.series()).extracting(ExperimentChart.Band::dashed).containsExactly(false, false, true, true);
        assertThat(chart.yLabel()).isEqualTo("loss");
        JFreeChart drawn = chart.jfreeChart();
        assertThat(drawn.getXYPlot().getDataset().getSeriesCount()).isEqualTo(4);
        assertThat(drawn.getLegend()).isNotNull();
    }

    @Test
    void aTableOfAnotherKindHasNoChart() {
        ExperimentTable other = new ExperimentTable("sweep runs=1", Shard.ALL, List.of());
        assertThatThrownBy(() -> ExperimentChart.of(other)).hasMessage("no chart for the experiment 'sweep'");
        assertThatThrownBy(() -> ExperimentChart.of(List.of())).hasMessage("no table to chart");
    }

    private static FpgdEscape.Settings fpgd(int dim) {
        return new FpgdEscape.Settings(dim, List.of(0.3, 0.5), 5, 1, 1, 1, 0.01, 0.1, 2000, FpgdEscape.Saddle.QUADRATIC, 5);
    }
}
