package org.landscapelab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.landscapelab.experiments.ExperimentTable;
import org.landscapelab.experiments.TableRow;

/**
 * The chart of an experiment's table: mean curves with ±1 standard-error bands, in the Okabe–Ito
 * palette, y on a {@link DecadeAxis} when the means span {@link #LOG_RATIO} or more. A value (the
 * series, bands and axis choice, testable without drawing); {@link #jfreeChart()} draws it for
 * files (the CLI's --plot) and {@link #fill} puts it on the app's chart, which restyles it to the
 * window's look. No JavaFX here, so the CLI and the app share it.
 */
public record ExperimentChart(String title, String xLabel, String yLabel, List<Band> series, boolean logY) {
    /**
     * Means spanning a factor of 30 (1.5 decades) or more are drawn on a log axis: the widening
     * valley's Anti-PGD trace (about 25) under PGD's (about 1,500) and a loss falling from 47 to
     * 0.004 both need it; an escape step from 300 to 330 does not.
     */
    public static final double LOG_RATIO = 30;

    /** One curve: x, the means and their standard errors (0 where there is one run), colour and dash. */
    public record Band(String name, double[] x, double[] mean, double[] se, Color color, boolean dashed) {}

    public ExperimentChart {
        series = List.copyOf(series);
    }

    /** The chart of one or more tables of the same experiment (fpgd-escape: one table per dimension, one line per d). */
    public static ExperimentChart of(List<ExperimentTable> tables) {
        if (tables.isEmpty()) throw new IllegalArgumentException("no table to chart");
        String settings = tables.get(0).settings();
        String name = settings.substring(0, settings.indexOf(' ') < 0 ? settings.length() : settings.indexOf(' '));
        return switch (name) {
            case "widening-valley" -> wideningValley(tables.get(0));
            case "fpgd-escape" -> fpgdEscape(tables);
            case "bn-decoupling" -> bnDecoupling(tables.get(0));
            default -> throw new IllegalArgumentException("no chart for the experiment '" + name + "'");
        };
    }

    public static ExperimentChart of(ExperimentTable table) {
        return of(List.of(table));
    }

    /** Tr ∇²L against steps, one band per method (GD, PGD, Anti-PGD). */
    static ExperimentChart wideningValley(ExperimentTable t) {
        Map<String, List<TableRow>> byMethod = group(t.rows(), 0);
        List<Band> bands = new ArrayList<>();
        int k = 0;
        for (Map.Entry<String, List<TableRow>> e : byMethod.entrySet()) {
            bands.add(band(methodName(e.getKey()), e.getValue(), 1, 0, Palette.color(k++), false));
        }
        return new ExperimentChart("Widening valley: Hessian trace (mean ± SE)", "step", "Tr ∇²L = d·v² + ‖u‖²", bands, spansDecades(bands));
    }

    /** Mean escape step against H, one band per dimension d. */
    static ExperimentChart fpgdEscape(List<ExperimentTable> tables) {
        List<TableRow> rows = new ArrayList<>();
        for (ExperimentTable t : tables) rows.addAll(t.rows());
        Map<String, List<TableRow>> byDim = group(rows, 1);
        List<Band> bands = new ArrayList<>();
        int k = 0;
        for (Map.Entry<String, List<TableRow>> e : byDim.entrySet()) {
            List<TableRow> sorted = new ArrayList<>(e.getValue());
            sorted.sort((a, b) -> Double.compare(Double.parseDouble(a.key().get(0)), Double.parseDouble(b.key().get(0))));
            bands.add(band("d = " + e.getKey(), sorted, 0, 0, Palette.color(k++), false));
        }
        return new ExperimentChart("fPGD: escape from a strict saddle (mean ± SE)", "Hurst index H", "mean escape step", bands, spansDecades(bands));
    }

    /** The loss against steps, one band per parametrization (and problem: logistic regression dashed). */
    static ExperimentChart bnDecoupling(ExperimentTable t) {
        Map<String, List<TableRow>> byCurve = new LinkedHashMap<>();
        for (TableRow r : t.rows()) byCurve.computeIfAbsent(r.key().get(0) + "|" + r.key().get(1), key -> new ArrayList<>()).add(r);
        List<Band> bands = new ArrayList<>();
        for (List<TableRow> rows : byCurve.values()) {
            String problem = rows.get(0).key().get(0);
            boolean decoupled = rows.get(0).key().get(1).equals("decoupled");
            String name = (decoupled ? "w = g·u/‖u‖" : "plain w") + (byCurve.size() > 2 ? ", " + problem : "");
            bands.add(band(name, rows, 2, 0, Palette.color(decoupled ? 1 : 0), problem.equals("logistic")));
        }
        return new ExperimentChart("Batch norm as length–direction decoupling: GD loss (mean ± SE)", "step", "loss", bands, spansDecades(bands));
    }

    /** Whether positive means span {@link #LOG_RATIO} or more (a log axis cannot show zero or negative means). */
    static boolean spansDecades(List<Band> bands) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (Band b : bands) {
            for (double m : b.mean()) {
                if (!Double.isFinite(m)) continue;
                if (m <= 0) return false;
                lo = Math.min(lo, m);
                hi = Math.max(hi, m);
            }
        }
        return hi > 0 && hi / lo >= LOG_RATIO;
    }

    private static Map<String, List<TableRow>> group(List<TableRow> rows, int keyColumn) {
        Map<String, List<TableRow>> out = new LinkedHashMap<>();
        for (TableRow r : rows) out.computeIfAbsent(r.key().get(keyColumn), key -> new ArrayList<>()).add(r);
        return out;
    }

    private static Band band(String name, List<TableRow> rows, int xColumn, int stat, Color color, boolean dashed) {
        int n = rows.size();
        double[] x = new double[n];
        double[] mean = new double[n];
        double[] se = new double[n];
        for (int i = 0; i < n; i++) {
            TableRow r = rows.get(i);
            x[i] = Double.parseDouble(r.key().get(xColumn));
            mean[i] = r.stat(stat).meanOrNaN();
            se[i] = r.stat(stat).count() > 1 ? r.stat(stat).standardError() : 0;
        }
        return new Band(name, x, mean, se, color, dashed);
    }

    private static String methodName(String label) {
        return switch (label) {
            case "gd" -> "GD";
            case "pgd" -> "PGD";
            case "anti-pgd" -> "Anti-PGD";
            default -> label;
        };
    }

    /** The series' colours in the order of the plot's series: for a view that repaints them in its look. */
    public List<Color> colours() {
        return series.stream().map(Band::color).toList();
    }

    /** A chart with the lab's light look, for a PNG or SVG file. */
    public JFreeChart jfreeChart() {
        XYPlot plot = new XYPlot();
        fill(plot);
        JFreeChart chart = new JFreeChart(plot);
        chart.setTitle(new TextTitle(title, new Font("DejaVu Sans", Font.BOLD, 11)));
        chart.removeLegend();
        LegendTitle legend = new LegendTitle(plot);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);
        legend.setItemFont(new Font("DejaVu Sans", Font.PLAIN, 9));
        legend.setItemPaint(TEXT);
        chart.addLegend(legend);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setPaint(new Color(0x33, 0x3B, 0x45));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(0.8f));
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        for (ValueAxis axis : new ValueAxis[] {plot.getDomainAxis(), plot.getRangeAxis()}) {
            axis.setLabelFont(new Font("DejaVu Sans", Font.PLAIN, 10));
            axis.setTickLabelFont(new Font("DejaVu Sans", Font.PLAIN, 9));
            axis.setLabelPaint(TEXT);
            axis.setTickLabelPaint(TEXT);
            axis.setAxisLinePaint(GRID);
            axis.setTickMarkPaint(GRID);
        }
        for (int i = 0; i < series.size(); i++) plot.getRenderer().setSeriesPaint(i, Palette.onLight(series.get(i).color()));
        return chart;
    }

    /** The light look's text and grid, as the app's standard chart look has them. */
    private static final Color TEXT = new Color(0x5F, 0x6B, 0x7A);
    private static final Color GRID = new Color(0xE3, 0xE6, 0xEA);

    /**
     * Puts the data, the renderer (lines with translucent bands, dashed where asked) and the axes on
     * a plot. On a log axis a band's lower edge that would reach zero is mirrored in log space
     * (mean²/(mean + se)), so it stays drawable.
     */
    public void fill(XYPlot plot) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.2f);
        renderer.setDrawSeriesLineAsPath(true);
        int k = 0;
        for (Band b : series) {
            YIntervalSeries s = new YIntervalSeries(b.name());
            for (int i = 0; i < b.x().length; i++) {
                double m = b.mean()[i];
                if (!Double.isFinite(m) || (logY && m <= 0)) continue;
                double se = Double.isFinite(b.se()[i]) ? b.se()[i] : 0;
                double low = logY && m - se <= 0 ? m * m / (m + se) : m - se;
                s.add(b.x()[i], m, low, m + se);
            }
            data.addSeries(s);
            renderer.setSeriesFillPaint(k, b.color());
            renderer.setSeriesStroke(k, b.dashed()
                    ? new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {5f, 3f}, 0f)
                    : new BasicStroke(1.6f));
            k++;
        }
        NumberAxis domain = new NumberAxis(xLabel);
        domain.setAutoRangeIncludesZero(false);
        ValueAxis range;
        if (logY) {
            range = new DecadeAxis(yLabel);
        } else {
            NumberAxis linear = new NumberAxis(yLabel);
            linear.setAutoRangeIncludesZero(false);
            range = linear;
        }
        plot.setDomainAxis(domain);
        plot.setRangeAxis(range);
        plot.setRenderer(renderer);
        plot.setDataset(data);
    }
}
