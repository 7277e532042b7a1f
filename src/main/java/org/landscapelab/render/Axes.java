package org.landscapelab.render;

import java.util.List;

import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.landscapelab.landscape.Domain;

/** The plot frame, outward ticks at nice numbers with their labels, and the axis names. */
final class Axes {
    private Axes() {}

    static double xStep(Domain region, double plotWidth, Style st) {
        return Ticks.step(region.xMin(), region.xMax(), targetCount(plotWidth, st.size(64)));
    }

    static double yStep(Domain region, double plotHeight, Style st) {
        return Ticks.step(region.yMin(), region.yMax(), targetCount(plotHeight, st.size(44)));
    }

    /** Width of the widest y tick label: the room the y axis needs left of the plot. */
    static double widestYLabel(Domain region, double plotHeight, Style st) {
        double step = yStep(region, plotHeight, st);
        double widest = 0;
        for (double y : Ticks.at(region.yMin(), region.yMax(), step)) widest = Math.max(widest, Style.width(st.tickFont, Ticks.format(y, step)));
        return widest;
    }

    private static int targetCount(double length, double spacing) {
        return (int) Math.max(2, Math.min(10, Math.round(length / spacing)));
    }

    /** {@code names}: the horizontal and vertical axis's names (x and y, or a slice's α and β). */
    static void draw(Graphics2D g, FigureLayout layout, Style st, List<String> names) {
        PlotTransform tr = layout.transform();
        Rectangle2D plot = layout.plot();
        Domain region = tr.region();
        double tick = st.size(FigureLayout.TICK);
        g.setStroke(st.stroke(0.8));
        g.setColor(st.theme.muted());
        g.draw(plot);

        double xStep = xStep(region, plot.getWidth(), st);
        double labelTop = plot.getMaxY() + tick + st.size(3);
        for (double x : Ticks.at(region.xMin(), region.xMax(), xStep)) {
            double sx = tr.screenX(x);
            g.setColor(st.theme.muted());
            g.draw(new Line2D.Double(sx, plot.getMaxY(), sx, plot.getMaxY() + tick));
            g.setColor(st.theme.foreground());
            Style.text(g, st.tickFont, Ticks.format(x, xStep), sx, labelTop, 0.5, 0);
        }
        double yStep = yStep(region, plot.getHeight(), st);
        for (double y : Ticks.at(region.yMin(), region.yMax(), yStep)) {
            double sy = tr.screenY(y);
            String label = Ticks.format(y, yStep);
            g.setColor(st.theme.muted());
            g.draw(new Line2D.Double(plot.getX() - tick, sy, plot.getX(), sy));
            g.setColor(st.theme.foreground());
            Style.text(g, st.tickFont, label, plot.getX() - tick - st.size(3), sy, 1, 0.5);
        }
        g.setColor(st.theme.foreground());
        double xLabelTop = labelTop + Style.lineHeight(st.tickFont) + st.size(4);
        Style.text(g, st.labelFont, names.get(0), plot.getCenterX(), xLabelTop, 0.5, 0);
        double yLabelX = plot.getX() - tick - st.size(3) - widestYLabel(region, plot.getHeight(), st) - st.size(6)
                - Style.lineHeight(st.labelFont) / 2;
        Style.verticalText(g, st.labelFont, names.get(1), yLabelX, plot.getCenterY());
    }
}
