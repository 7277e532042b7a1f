package org.landscapelab.ui.charts;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;
import javafx.geometry.Insets;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYDataset;
import org.landscapelab.render.DecadeAxis;
import org.landscapelab.sim.PathMetrics;
import org.landscapelab.ui.race.ColoredRace;
import org.landscapelab.ui.race.ColoredRun;

/**
 * Five charts of a race against the step, linked to the time line: f(x_k), |grad f(x_k)|, the
 * distance to the nearest saddle, the smallest Hessian eigenvalue along the path (below zero: in a
 * saddle region) and the effective step size. A vertical marker shows the current step; a click
 * on a chart moves to that step.
 */
public final class RunCharts extends VBox {
    /** More points than this per series only cost drawing time: a chart is a few hundred pixels wide. */
    static final int MAX_POINTS = 1500;

    private record Metric(String title, String axis, boolean log, Function<PathMetrics, double[]> values) {}

    private static final List<Metric> METRICS = List.of(
            new Metric("f(x\u2096)", "f", false, PathMetrics::value),
            new Metric("|\u2207f(x\u2096)|", "|\u2207f|", true, PathMetrics::gradientNorm),
            new Metric("Distance to the nearest saddle", "distance", false, PathMetrics::saddleDistance),
            new Metric("Smallest Hessian eigenvalue \u03bb\u2098\u1d62\u2099", "\u03bb min", false, PathMetrics::minEigenvalue),
            new Metric("Effective step size |\u0394x| / |\u2207f|", "step", true, PathMetrics::effectiveStep));

    private final List<XYPlot> plots = new ArrayList<>();
    private final List<Line> markers = new ArrayList<>();
    private final List<ChartViewer> viewers = new ArrayList<>();
    private final List<ChartView> views = new ArrayList<>();
    private IntConsumer onPick = k -> {};
    private int step;

    public RunCharts() {
        super(4);
        setPadding(new Insets(6));
        getStyleClass().add("run-charts");
        for (Metric m : METRICS) {
            ValueAxis range = m.log() ? new DecadeAxis(m.axis()) : new NumberAxis(m.axis());
            NumberAxis steps = new NumberAxis("step");
            steps.setAutoRangeIncludesZero(true);
            XYPlot plot = new XYPlot(new DefaultXYDataset(), steps, range, new XYLineAndShapeRenderer(true, false));
            if (m.title().startsWith("Smallest")) plot.addRangeMarker(new ValueMarker(0, Charts.GRID.darker(), new BasicStroke(1f)));
            JFreeChart chart = Charts.chart(m.title(), plot);
            ChartView view = new ChartView(chart);
            ChartViewer viewer = view.viewer();
            view.setHeights(165, 120);
            viewer.addChartMouseListener(new Picker(viewer, plot));
            // The current step is a JavaFX line over the chart: moving it while a run animates costs
            // no chart redraw. It is placed from the chart's last rendering.
            Line marker = new Line();
            marker.setManaged(false);
            marker.setMouseTransparent(true);
            marker.getStyleClass().add("step-marker");
            chart.addProgressListener(e -> {
                if (e.getType() == org.jfree.chart.event.ChartProgressEvent.DRAWING_FINISHED) placeMarker(viewers.indexOf(viewer));
            });
            javafx.scene.layout.Pane overlay = new javafx.scene.layout.Pane(marker);
            overlay.setMouseTransparent(true);
            javafx.scene.layout.StackPane stack = new javafx.scene.layout.StackPane(viewer, overlay);
            plots.add(plot);
            markers.add(marker);
            viewers.add(viewer);
            views.add(view);
            getChildren().add(stack);
        }
    }

    /** Called with the step the user clicked on a chart. */
    public void setOnStepPicked(IntConsumer handler) {
        this.onPick = handler;
    }

    public void setRace(ColoredRace race) {
        for (int i = 0; i < METRICS.size(); i++) {
            Metric m = METRICS.get(i);
            DefaultXYDataset data = new DefaultXYDataset();
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
            renderer.setDrawSeriesLineAsPath(true); // one stroke per series, not one per segment
            List<java.awt.Color> colours = new ArrayList<>();
            int s = 0;
            if (race != null) {
                for (ColoredRun run : race.runs()) {
                    if (!run.ok()) continue;
                    data.addSeries(run.label() + "#" + s, series(m.values().apply(run.metrics()), m.log()));
                    colours.add(run.color());
                    renderer.setSeriesStroke(s, new BasicStroke(1.4f));
                    s++;
                }
            }
            XYPlot plot = plots.get(i);
            ChartView view = views.get(i);
            view.update(() -> {
                plot.setDataset(data);
                plot.setRenderer(renderer);
                if (plot.getRangeAxis() instanceof NumberAxis n) n.setAutoRangeMinimumSize(minimumRange(data));
                view.setLines(colours);
            });
        }
    }

    /**
     * The smallest range a linear axis opens to: a thousandth of the largest magnitude shown, so
     * a flat curve (λmin on a quadratic) reads "0.4464", not ticks 1e-8 apart labelled "4.463818E-1".
     */
    static double minimumRange(org.jfree.data.xy.XYDataset data) {
        double largest = 0;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int k = 0; k < data.getItemCount(s); k++) {
                double v = data.getYValue(s, k);
                if (Double.isFinite(v)) largest = Math.max(largest, Math.abs(v));
            }
        }
        return largest > 0 ? 1e-3 * largest : 1e-8;
    }

    public void setStep(int k) {
        step = k;
        for (int i = 0; i < markers.size(); i++) placeMarker(i);
    }

    private void placeMarker(int i) {
        if (i < 0) return;
        ChartViewer viewer = viewers.get(i);
        Line line = markers.get(i);
        var info = viewer.getCanvas().getRenderingInfo();
        if (info == null || info.getPlotInfo() == null || info.getPlotInfo().getDataArea() == null) {
            line.setVisible(false);
            return;
        }
        java.awt.geom.Rectangle2D area = info.getPlotInfo().getDataArea();
        double x = plots.get(i).getDomainAxis().valueToJava2D(step, area, RectangleEdge.BOTTOM);
        boolean inside = x >= area.getMinX() - 0.5 && x <= area.getMaxX() + 0.5;
        line.setVisible(inside);
        line.setStartX(x);
        line.setEndX(x);
        line.setStartY(area.getMinY());
        line.setEndY(area.getMaxY());
    }

    /** (step, value) with at most MAX_POINTS points, keeping each bucket's extremes; non-positive values dropped on log axes. */
    static double[][] series(double[] v, boolean log) {
        int n = v.length;
        int stride = Math.max(1, (int) Math.ceil(n / (double) MAX_POINTS));
        List<double[]> pts = new ArrayList<>();
        for (int start = 0; start < n; start += stride) {
            int end = Math.min(n, start + stride);
            int lo = -1;
            int hi = -1;
            for (int k = start; k < end; k++) {
                if (!ok(v[k], log)) continue;
                if (lo < 0 || v[k] < v[lo]) lo = k;
                if (hi < 0 || v[k] > v[hi]) hi = k;
            }
            if (lo < 0) continue;
            pts.add(new double[] {Math.min(lo, hi), v[Math.min(lo, hi)]});
            if (hi != lo) pts.add(new double[] {Math.max(lo, hi), v[Math.max(lo, hi)]});
        }
        double[][] out = new double[2][pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            out[0][i] = pts.get(i)[0];
            out[1][i] = pts.get(i)[1];
        }
        return out;
    }

    private static boolean ok(double v, boolean log) {
        return Double.isFinite(v) && (!log || v > 0);
    }

    /** Maps a click to the step under it. */
    private final class Picker implements ChartMouseListenerFX {
        private final ChartViewer viewer;
        private final XYPlot plot;

        Picker(ChartViewer viewer, XYPlot plot) {
            this.viewer = viewer;
            this.plot = plot;
        }

        @Override
        public void chartMouseClicked(ChartMouseEventFX event) {
            var info = viewer.getCanvas().getRenderingInfo();
            if (info == null) return;
            double x = plot.getDomainAxis().java2DToValue(event.getTrigger().getX(), info.getPlotInfo().getDataArea(), RectangleEdge.BOTTOM);
            if (Double.isFinite(x)) onPick.accept((int) Math.round(Math.max(0, x)));
        }

        @Override
        public void chartMouseMoved(ChartMouseEventFX event) {}
    }
}
