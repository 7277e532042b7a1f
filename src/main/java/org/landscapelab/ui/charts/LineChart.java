package org.landscapelab.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYDataset;
import org.landscapelab.render.DecadeAxis;

/** A small line chart of named series with a legend, linear or log on y: for the network lab's plots. */
public final class LineChart {
    /** One curve: its name, points (x then y), colour, and whether it is dashed (e.g. "at initialization"). */
    public record Series(String name, double[] x, double[] y, Color color, boolean dashed) {}

    private final XYPlot plot;
    private final ChartView view;
    private final boolean logY;

    public LineChart(String title, String xLabel, String yLabel, boolean logY) {
        this.logY = logY;
        ValueAxis range = logY ? new DecadeAxis(yLabel) : new NumberAxis(yLabel);
        NumberAxis domain = new NumberAxis(xLabel);
        domain.setAutoRangeIncludesZero(false);
        plot = new XYPlot(new DefaultXYDataset(), domain, range, new XYLineAndShapeRenderer(true, false));
        JFreeChart chart = Charts.chart(title, plot);
        LegendTitle legend = new LegendTitle(plot);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        chart.addLegend(legend);
        view = new ChartView(chart);
        view.setHeights(240, 160);
    }

    public ChartViewer viewer() {
        return view.viewer();
    }

    public JFreeChart chart() {
        return view.chart();
    }

    ChartView view() {
        return view;
    }

    /** Whether the y axis always shows zero (for ranks and cosines, so small wiggles are not blown up). */
    public void setIncludeZero(boolean include) {
        if (plot.getRangeAxis() instanceof NumberAxis n) n.setAutoRangeIncludesZero(include);
    }

    public void setIntegerX(boolean integer) {
        if (integer) plot.getDomainAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }

    public void set(List<Series> series) {
        DefaultXYDataset data = new DefaultXYDataset();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true); // one stroke per series, not one per segment
        List<Color> colours = new ArrayList<>();
        int k = 0;
        for (Series s : series) {
            double[][] xy = clean(s.x(), s.y());
            if (xy[0].length == 0) continue;
            data.addSeries(s.name(), xy);
            colours.add(s.color());
            renderer.setSeriesStroke(k, s.dashed()
                    ? new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {5f, 3f}, 0f)
                    : new BasicStroke(1.6f));
            k++;
        }
        view.update(() -> {
            plot.setDataset(data);
            plot.setRenderer(renderer);
            view.setLines(colours);
        });
    }

    /** Drops points a log axis cannot show and non-finite ones. */
    private double[][] clean(double[] x, double[] y) {
        int n = Math.min(x.length, y.length);
        double[] cx = new double[n];
        double[] cy = new double[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i]) || (logY && y[i] <= 0)) continue;
            cx[m] = x[i];
            cy[m] = y[i];
            m++;
        }
        return new double[][] {java.util.Arrays.copyOf(cx, m), java.util.Arrays.copyOf(cy, m)};
    }
}
