package org.landscapelab.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.landscapelab.landscape.ColorScale;

/** The colour ramp beside the plot, with value ticks, the contour levels as thin lines, and "f" on top. */
final class Colorbar {
    private Colorbar() {}

    static void draw(Graphics2D g, Rectangle2D bar, LandscapeLayer layer, FigureOptions o, Style st) {
        BufferedImage ramp = layer.ramp();
        Style.image(g, ramp, new AffineTransform(bar.getWidth(), 0, 0, bar.getHeight() / ramp.getHeight(), bar.getX(), bar.getY()),
                RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);

        ValueScale scale = layer.scale();
        if (o.shows(Layer.CONTOURS)) {
            g.setColor(LandscapePainter.CONTOUR);
            g.setStroke(st.stroke(0.6));
            for (double level : layer.levels()) {
                double y = yOf(bar, scale.fraction(level));
                g.draw(new Line2D.Double(bar.getX(), y, bar.getMaxX(), y));
            }
        }
        g.setColor(st.theme.muted());
        g.setStroke(st.stroke(0.8));
        g.draw(bar);
        double tick = st.size(FigureLayout.TICK);
        for (ColorbarTicks.Tick t : ColorbarTicks.of(scale, ColorbarTicks.TARGET)) {
            double y = yOf(bar, t.t());
            g.setColor(st.theme.muted());
            g.draw(new Line2D.Double(bar.getMaxX(), y, bar.getMaxX() + tick, y));
            g.setColor(st.theme.foreground());
            Style.text(g, st.tickFont, t.label(), bar.getMaxX() + tick + st.size(3), y, 0, 0.5);
        }
        String caption = scale.kind() == ColorScale.LOG ? "f (log)" : "f";
        Style.text(g, st.labelFont, caption, bar.getCenterX(), bar.getY() - st.size(5), 0.5, 1);
    }

    private static double yOf(Rectangle2D bar, double t) {
        return bar.getMaxY() - t * bar.getHeight();
    }
}
