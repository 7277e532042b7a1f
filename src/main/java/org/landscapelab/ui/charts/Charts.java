package org.landscapelab.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

/** A quiet, readable look for the lab's charts: small sans-serif text, light grid, no chart border. */
public final class Charts {
    static final Font TITLE = new Font("DejaVu Sans", Font.BOLD, 11);
    static final Font LABEL = new Font("DejaVu Sans", Font.PLAIN, 10);
    static final Font TICK = new Font("DejaVu Sans", Font.PLAIN, 9);
    static final Color GRID = ChartLook.STANDARD.grid();
    /** The marker of the current step, as on the scrubber. */
    static final Color STEP_MARKER = new Color(0x33, 0x33, 0x33, 150);

    private Charts() {}

    static JFreeChart chart(String title, XYPlot plot) {
        JFreeChart chart = new JFreeChart(plot);
        chart.setTitle(new TextTitle(title, TITLE));
        chart.removeLegend();
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        plot.setOutlineVisible(false);
        plot.setDomainGridlineStroke(new BasicStroke(0.8f));
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        restyle(chart, ChartLook.STANDARD);
        followData(plot.getDomainAxis());
        followData(plot.getRangeAxis());
        return chart;
    }

    /** Colours and font sizes of everything that is not data, for a look. */
    static void restyle(JFreeChart chart, ChartLook look) {
        chart.setBackgroundPaint(look.background());
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(scaled(TITLE, look));
            chart.getTitle().setPaint(look.title());
        }
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(look.background());
        plot.setDomainGridlinePaint(look.grid());
        plot.setRangeGridlinePaint(look.grid());
        plot.setNoDataMessageFont(scaled(LABEL, look));
        plot.setNoDataMessagePaint(look.text());
        for (int i = 0; i < plot.getDomainAxisCount(); i++) style(plot.getDomainAxis(i), look);
        for (int i = 0; i < plot.getRangeAxisCount(); i++) style(plot.getRangeAxis(i), look);
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof LegendTitle legend) {
                legend.setItemFont(scaled(TICK, look));
                legend.setItemPaint(look.text());
                legend.setBackgroundPaint(look.background());
            } else if (t instanceof PaintScaleLegend scale) {
                style(scale.getAxis(), look);
                scale.setBackgroundPaint(look.background());
            }
        }
    }

    /** An axis ranges over the data, not from zero (a loss of 2.31 to 2.35 shows its wiggles). */
    static void followData(ValueAxis axis) {
        if (axis instanceof NumberAxis n) n.setAutoRangeIncludesZero(false);
    }

    private static void style(Axis axis, ChartLook look) {
        if (axis == null) return;
        axis.setLabelFont(scaled(LABEL, look));
        axis.setTickLabelFont(scaled(TICK, look));
        axis.setLabelPaint(look.text());
        axis.setTickLabelPaint(look.text());
        axis.setAxisLinePaint(look.grid());
        axis.setTickMarkPaint(look.grid());
    }

    private static Font scaled(Font f, ChartLook look) {
        return f.deriveFont((float) (f.getSize2D() * look.fontScale()));
    }
}
