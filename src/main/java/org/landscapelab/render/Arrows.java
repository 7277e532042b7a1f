package org.landscapelab.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;

/** Arrows in screen coordinates, with a white halo so they read on any colour. */
final class Arrows {
    private Arrows() {}

    static void draw(Graphics2D g, double x0, double y0, double x1, double y1, Color color, Style st, boolean doubleHeaded) {
        double len = Math.hypot(x1 - x0, y1 - y0);
        if (!(len > 0)) return;
        double ux = (x1 - x0) / len;
        double uy = (y1 - y0) / len;
        double head = Math.min(st.size(7), 0.45 * len);
        // the shaft stops inside the head, so the head's tip stays sharp
        double sx0 = doubleHeaded ? x0 + ux * head * 0.8 : x0;
        double sy0 = doubleHeaded ? y0 + uy * head * 0.8 : y0;
        Line2D shaft = new Line2D.Double(sx0, sy0, x1 - ux * head * 0.8, y1 - uy * head * 0.8);
        Path2D heads = new Path2D.Double();
        addHead(heads, x1, y1, ux, uy, head);
        if (doubleHeaded) addHead(heads, x0, y0, -ux, -uy, head);
        g.setColor(Style.haloFor(color));
        g.setStroke(st.stroke(3.4));
        g.draw(shaft);
        g.draw(heads);
        g.setColor(color);
        g.setStroke(st.stroke(1.5));
        g.draw(shaft);
        g.fill(heads);
    }

    private static void addHead(Path2D p, double tipX, double tipY, double ux, double uy, double size) {
        double bx = tipX - ux * size;
        double by = tipY - uy * size;
        double w = 0.42 * size;
        p.moveTo(tipX, tipY);
        p.lineTo(bx - uy * w, by + ux * w);
        p.lineTo(bx + uy * w, by - ux * w);
        p.closePath();
    }
}
