package org.landscapelab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.landscapelab.landscape.CriticalPoint;
import org.landscapelab.landscape.Point;

/** Draws a {@link LandscapeLayer} inside the plot: heatmap, saddle regions, contours, critical points. */
final class LandscapePainter {
    /** Contours: thin, dark and translucent, so they structure the map without competing with it. */
    static final Color CONTOUR = new Color(0, 0, 0, 80);
    static final Color SADDLE_OUTLINE = new Color(255, 255, 255, 220);
    /** Radius of the dots along curves of critical points, in points. */
    static final double CURVE_DOT = 1.6;

    private LandscapePainter() {}

    static void draw(Graphics2D g, LandscapeLayer layer, PlotTransform tr, FigureOptions o, Style st) {
        Rectangle2D area = tr.toScreen(layer.region());
        if (o.shows(Layer.HEATMAP)) image(g, layer.heatmap(), area);
        if (o.shows(Layer.SADDLE_REGIONS)) image(g, layer.saddleMask(), area);
        if (o.shows(Layer.CONTOURS) && !layer.contours().isEmpty()) {
            g.setColor(CONTOUR);
            g.setStroke(st.stroke(0.6));
            g.draw(path(layer.contours(), tr));
        }
        if (o.shows(Layer.SADDLE_REGIONS) && !layer.saddleOutline().isEmpty()) {
            g.setColor(SADDLE_OUTLINE);
            g.setStroke(saddleOutlineStroke(st));
            g.draw(path(layer.saddleOutline(), tr));
        }
        if (o.shows(Layer.EIGEN_DIRECTIONS)) {
            for (CriticalPoint p : layer.critical().points()) eigenDirections(g, p, tr, st);
        }
        if (o.shows(Layer.CRITICAL_POINTS)) {
            double r = st.size(CURVE_DOT);
            g.setColor(Markers.color(CriticalPoint.Type.DEGENERATE));
            for (Point p : layer.critical().curvePoints()) {
                g.fill(new Ellipse2D.Double(tr.screenX(p.x()) - r, tr.screenY(p.y()) - r, 2 * r, 2 * r));
            }
            for (CriticalPoint p : layer.critical().points()) Markers.draw(g, p.type(), tr.screenX(p.x()), tr.screenY(p.y()), st);
        }
    }

    static BasicStroke saddleOutlineStroke(Style st) {
        return st.dashed(0.9, 3, 2.2);
    }

    /** One image stretched over a screen rectangle, cells kept square-edged (no smoothing). */
    private static void image(Graphics2D g, BufferedImage image, Rectangle2D area) {
        AffineTransform at = new AffineTransform(area.getWidth() / image.getWidth(), 0, 0, area.getHeight() / image.getHeight(),
                area.getX(), area.getY());
        Style.image(g, image, at, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
    }

    static Path2D path(List<ContourLine> lines, PlotTransform tr) {
        Path2D.Double path = new Path2D.Double();
        AffineTransform toScreen = tr.toScreen();
        for (ContourLine line : lines) line.appendTo(path, toScreen);
        return path;
    }

    /**
     * The Hessian's eigenvectors as double-headed arrows of fixed screen length: negative curvature
     * (the way out of a saddle) in vermillion, positive in blue. Degenerate points have a zero
     * eigenvalue and get no arrow along it.
     */
    private static void eigenDirections(Graphics2D g, CriticalPoint p, PlotTransform tr, Style st) {
        double cx = tr.screenX(p.x());
        double cy = tr.screenY(p.y());
        double large = p.hessian().norm();
        if (p.type() == CriticalPoint.Type.DEGENERATE) {
            // The flat direction has no curvature to show; a point flat in every direction has no arrow.
            boolean minIsFlat = Math.abs(p.eigMin()) <= Math.abs(p.eigMax());
            if (large < 1e-9) return;
            if (minIsFlat) eigenArrow(g, cx, cy, p.hessian().vecMax(), p.eigMax(), tr, st);
            else eigenArrow(g, cx, cy, p.hessian().vecMin(), p.eigMin(), tr, st);
            return;
        }
        eigenArrow(g, cx, cy, p.hessian().vecMin(), p.eigMin(), tr, st);
        eigenArrow(g, cx, cy, p.hessian().vecMax(), p.eigMax(), tr, st);
    }

    private static void eigenArrow(Graphics2D g, double cx, double cy, Point v, double eigenvalue, PlotTransform tr, Style st) {
        double dx = v.x() * tr.scaleX();
        double dy = -v.y() * tr.scaleY();
        double len = Math.hypot(dx, dy);
        double half = st.size(15) / len;
        Color c = eigenvalue < 0 ? Palette.VERMILLION : Palette.BLUE;
        Arrows.draw(g, cx - dx * half, cy - dy * half, cx + dx * half, cy + dy * half, c, st, true);
    }
}
