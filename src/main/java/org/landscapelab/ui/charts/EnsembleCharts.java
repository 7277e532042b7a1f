package org.landscapelab.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.landscapelab.sim.EnsembleResult;
import org.landscapelab.sim.EscapeSweep;
import org.landscapelab.sim.EscapeSummary;
import org.landscapelab.sim.Histogram;

/** The ensemble's charts: a histogram of escape steps, and escape time against a swept noise parameter with error bars. */
public final class EnsembleCharts {
    static final Color BARS = new Color(0x00, 0x72, 0xB2);
    static final Color CURVE = new Color(0xD5, 0x5E, 0x00);
    static final int BINS = 40;

    private final XYPlot histogramPlot;
    private final XYPlot sweepPlot;
    private final ChartView histogramView;
    private final ChartView sweepView;
    private final ChartViewer histogram;
    private final ChartViewer sweep;

    public EnsembleCharts() {
        XYBarRenderer bars = new XYBarRenderer(0.05);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        histogramPlot = new XYPlot(new XYIntervalSeriesCollection(), new NumberAxis("escape step"), new NumberAxis("particles"), bars);
        histogramView = new ChartView(Charts.chart("Escape time", histogramPlot));
        histogramView.setLines(List.of(BARS));
        histogram = histogramView.viewer();
        histogramView.setHeights(200, -1);

        XYErrorRenderer errors = new XYErrorRenderer();
        errors.setDefaultLinesVisible(true);
        errors.setSeriesStroke(0, new BasicStroke(1.6f));
        errors.setErrorPaint(CURVE);
        errors.setDrawXError(false);
        sweepPlot = new XYPlot(new YIntervalSeriesCollection(), new NumberAxis("parameter"), new NumberAxis("mean escape step"), errors);
        sweepView = new ChartView(Charts.chart("Escape time against the parameter (mean \u00b1 standard error)", sweepPlot));
        sweepView.setLines(List.of(CURVE));
        sweep = sweepView.viewer();
        sweepView.setHeights(220, -1);
    }

    public ChartViewer histogram() { return histogram; }

    public ChartViewer sweep() { return sweep; }

    public void showEnsemble(EnsembleResult r) {
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        if (r != null && r.spec().escape() != null) {
            double[] times = r.escapeTimes();
            XYIntervalSeries s = new XYIntervalSeries("escape steps");
            if (times.length > 0) {
                double max = 0;
                for (double t : times) max = Math.max(max, t);
                Histogram hist = Histogram.of(times, 0, Math.max(1, max), BINS);
                for (int b = 0; b < BINS; b++) {
                    double lo = hist.edge(b);
                    double hi = lo + hist.binWidth();
                    s.add((lo + hi) / 2, lo, hi, hist.counts()[b], 0, hist.counts()[b]);
                }
            }
            data.addSeries(s);
        }
        histogramView.update(() -> {
            histogramPlot.setNoDataMessage(r == null ? null : r.spec().escape() == null
                    ? "No escape radius set: no escape times" : "No particle escaped within the run");
            histogramPlot.setDataset(data);
            histogramView.setLines(List.of(BARS));
        });
    }

    public void showSweep(List<EscapeSweep.SweepPoint> curve, String parameter) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        YIntervalSeries s = new YIntervalSeries("mean escape step");
        for (EscapeSweep.SweepPoint p : curve) {
            EscapeSummary e = p.summary();
            if (e.escaped() == 0) continue;
            double se = Double.isFinite(e.standardError()) ? e.standardError() : 0;
            s.add(p.value(), e.mean(), e.mean() - se, e.mean() + se);
        }
        data.addSeries(s);
        sweepView.update(() -> {
            sweepPlot.setDataset(data);
            sweepPlot.getDomainAxis().setLabel(parameter);
            sweepView.setLines(List.of(CURVE));
        });
    }
}
