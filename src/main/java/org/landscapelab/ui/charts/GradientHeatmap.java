package org.landscapelab.ui.charts;

import java.awt.Paint;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;
import org.landscapelab.render.Colormap;

/**
 * Gradient Frobenius norms as a layer x parameter heatmap on a log colour scale (viridis), so a
 * gradient a million times smaller than its neighbours (the query/key gradients under rank
 * collapse) shows at a glance.
 */
public final class GradientHeatmap {
    private final XYPlot plot;
    private final ChartView view;
    private final JFreeChart chart;
    private PaintScaleLegend legend;

    public GradientHeatmap(String title) {
        XYBlockRenderer renderer = new XYBlockRenderer();
        plot = new XYPlot(new DefaultXYZDataset(), new SymbolAxis("parameter", new String[0]), new NumberAxis("layer"), renderer);
        chart = Charts.chart(title, plot);
        view = new ChartView(chart);
        view.setHeights(260, 180);
    }

    public ChartViewer viewer() {
        return view.viewer();
    }

    public JFreeChart chart() {
        return chart;
    }

    /** norms[layer][parameter]; layers count from 1. */
    public void set(List<String> parameters, double[][] norms) {
        int layers = norms.length;
        int params = parameters.size();
        double[] x = new double[layers * params];
        double[] y = new double[layers * params];
        double[] z = new double[layers * params];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int k = 0;
        for (int l = 0; l < layers; l++) {
            for (int p = 0; p < params; p++) {
                double v = norms[l][p] > 0 ? Math.log10(norms[l][p]) : Double.NaN;
                x[k] = p;
                y[k] = l + 1;
                z[k] = v;
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
                k++;
            }
        }
        if (!(hi >= lo)) {
            lo = 0;
            hi = 1;
        }
        if (hi == lo) hi = lo + 1;
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("log10 |grad|", new double[][] {x, y, z});
        SymbolAxis axis = new SymbolAxis("parameter", parameters.toArray(String[]::new));
        Charts.followData(axis);
        plot.setDomainAxis(axis);
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ViridisScale scale = new ViridisScale(lo, hi);
        ((XYBlockRenderer) plot.getRenderer()).setPaintScale(scale);
        plot.setDataset(data);
        if (legend != null) chart.removeSubtitle(legend);
        NumberAxis scaleAxis = new NumberAxis("log10 |\u2207|");
        Charts.followData(scaleAxis);
        legend = new PaintScaleLegend(scale, scaleAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(10);
        legend.setMargin(4, 4, 4, 4);
        chart.addSubtitle(legend);
        Charts.restyle(chart, view.look()); // the new axis and scale in the chart's look
    }

    /** Viridis over [lower, upper]; NaN (a zero gradient) in light grey. */
    private record ViridisScale(double lower, double upper) implements PaintScale {
        @Override
        public double getLowerBound() {
            return lower;
        }

        @Override
        public double getUpperBound() {
            return upper;
        }

        @Override
        public Paint getPaint(double value) {
            if (Double.isNaN(value)) return new java.awt.Color(0xDD, 0xDD, 0xDD);
            return Colormap.VIRIDIS.color((value - lower) / (upper - lower));
        }
    }
}
