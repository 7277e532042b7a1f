package org.landscapelab.ui.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.landscapelab.render.ExperimentChart;

/**
 * An experiment's chart on screen: the {@link ExperimentChart} the command line's --plot draws, in
 * a {@link ChartView} (zoom, legend toggles, the window's look).
 */
public final class ExperimentChartView {
    private final XYPlot plot = new XYPlot();
    private final ChartView view;
    private final JFreeChart chart;

    public ExperimentChartView() {
        chart = Charts.chart("", plot);
        LegendTitle legend = new LegendTitle(plot);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);
        chart.addLegend(legend);
        view = new ChartView(chart);
        view.setHeights(320, 200);
        plot.setNoDataMessage("Press Run to see the chart");
    }

    public ChartViewer viewer() {
        return view.viewer();
    }

    public JFreeChart chart() {
        return chart;
    }

    /** Shows an experiment's chart, or an empty plot with a note for null. */
    public void show(ExperimentChart c, String emptyNote) {
        view.update(() -> {
            if (c == null) {
                plot.setDataset(null);
                plot.setNoDataMessage(emptyNote);
                chart.setTitle(new TextTitle("", Charts.TITLE));
            } else {
                c.fill(plot);
                Charts.followData(plot.getDomainAxis());
                chart.setTitle(new TextTitle(c.title(), Charts.TITLE));
            }
            Charts.restyle(chart, view.look());
        });
        view.setLines(c == null ? java.util.List.of() : c.colours());
        view.resetZoom();
    }
}
