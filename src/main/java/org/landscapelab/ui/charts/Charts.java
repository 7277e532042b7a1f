package org.landscapelab.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;

/** A quiet, readable look for the lab's charts: small sans-serif text, light grid, no chart border. */
public final class Charts {
    static final Font TITLE = new Font("DejaVu Sans", Font.BOLD, 11);
    static final Font LABEL = new Font("DejaVu Sans", Font.PLAIN, 10);
    static final Font TICK = new Font("DejaVu Sans", Font.PLAIN, 9);
    static final Color GRID = new Color(0xE3, 0xE6, 0xEA);
    static final Color AXIS = new Color(0x5F, 0x6B, 0x7A);
    /** The marker of the current step, as on the scrubber. */
    static final Color STEP_MARKER = new Color(0x33, 0x33, 0x33, 150);

    private Charts() {}

    static JFreeChart chart(String title, XYPlot plot) {
        JFreeChart chart = new JFreeChart(plot);
        chart.setTitle(new TextTitle(title, TITLE));
        chart.getTitle().setPaint(new Color(0x33, 0x3B, 0x45));
        chart.removeLegend();
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(0.8f));
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        style(plot.getDomainAxis());
        style(plot.getRangeAxis());
        return chart;
    }

    static void style(ValueAxis axis) {
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(TICK);
        axis.setLabelPaint(AXIS);
        axis.setTickLabelPaint(AXIS);
        axis.setAxisLinePaint(GRID);
        axis.setTickMarkPaint(GRID);
        if (axis instanceof NumberAxis n) n.setAutoRangeIncludesZero(false);
    }
}
