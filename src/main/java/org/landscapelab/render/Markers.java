package org.landscapelab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.landscapelab.landscape.CriticalPoint;

/**
 * Critical-point markers: a distinct shape and a distinct colour per type, so the type reads
 * without colour vision too; each with a white outline so it reads on any colour of the map.
 */
final class Markers {
    private Markers() {}

    static Color color(CriticalPoint.Type type) {
        return switch (type) {
            case MINIMUM -> Palette.SKY_BLUE;
            case MAXIMUM -> Palette.VERMILLION;
            case SADDLE -> Palette.ORANGE;
            case DEGENERATE -> Palette.REDDISH_PURPLE;
        };
    }

    /** Minimum: circle; maximum: upward triangle; saddle: diamond; degenerate: square. */
    static Shape shape(CriticalPoint.Type type, double cx, double cy, Style st) {
        return switch (type) {
            case MINIMUM -> {
                double r = st.size(4.6);
                yield new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
            }
            case MAXIMUM -> triangle(cx, cy, st.size(6.2), true);
            case SADDLE -> diamond(cx, cy, st.size(5.8));
            case DEGENERATE -> {
                double r = st.size(4.0);
                yield new Rectangle2D.Double(cx - r, cy - r, 2 * r, 2 * r);
            }
        };
    }

    static void draw(Graphics2D g, CriticalPoint.Type type, double cx, double cy, Style st) {
        outlined(g, shape(type, cx, cy, st), color(type), st);
    }

    /** The shape filled, inside a white outline (drawn first and twice as wide, so half of it shows). */
    static void outlined(Graphics2D g, Shape shape, Color fill, Style st) {
        g.setColor(Style.haloFor(fill) == Style.DARK_HALO ? Style.DARK_HALO : Color.WHITE);
        g.setStroke(new BasicStroke((float) st.size(2.6), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shape);
        g.setColor(fill);
        g.fill(shape);
    }

    /** An equilateral triangle with circumradius {@code r} centred on (cx, cy), its tip up or down. */
    static Shape triangle(double cx, double cy, double r, boolean up) {
        double tip = up ? -r : r;
        Path2D.Double p = new Path2D.Double();
        p.moveTo(cx, cy + tip);
        p.lineTo(cx + r * 0.866, cy - tip * 0.5);
        p.lineTo(cx - r * 0.866, cy - tip * 0.5);
        p.closePath();
        return p;
    }

    /** A square standing on a corner, half-diagonal {@code d}, centred on (cx, cy). */
    static Shape diamond(double cx, double cy, double d) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(cx, cy - d);
        p.lineTo(cx + d, cy);
        p.lineTo(cx, cy + d);
        p.lineTo(cx - d, cy);
        p.closePath();
        return p;
    }
}
