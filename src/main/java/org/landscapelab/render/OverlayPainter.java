package org.landscapelab.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.landscapelab.landscape.Point;

/**
 * Draws overlays inside the plot in two layers: the trajectories' lines (which only grow while a
 * run plays, so the screen can add new segments instead of redrawing them), then everything that
 * moves every frame: particle clouds, the markers at the current steps, divergence crosses, arrows.
 */
final class OverlayPainter {
    static final double LINE_WIDTH = 1.5;
    /** Dots at the iterates only while they stay distinguishable. */
    private static final int MAX_ITERATE_DOTS = 400;
    /** Shortest segment of a drawn path, in points. */
    static final double MIN_SEGMENT = 0.75;
    /** Steps before the current one that are always drawn in full. */
    static final int RECENT_STEPS = 400;
    /** Vertices spent on the older part of a path at most. */
    static final int MAX_OLD_VERTICES = 800;

    private OverlayPainter() {}

    static void draw(Graphics2D g, List<Overlay> overlays, PlotTransform tr, Style st) {
        lines(g, overlays, tr, st, 0);
        live(g, overlays, tr, st);
    }

    /** Each trajectory's line from step {@code from} to its current step (from 0: with the start ring). */
    static void lines(Graphics2D g, List<Overlay> overlays, PlotTransform tr, Style st, int from) {
        for (Overlay o : overlays) if (o instanceof TrajectoryOverlay t) trajectoryLine(g, t, tr, st, from);
    }

    /** Clouds, then the trajectories' current markers and crosses, then arrows on top. */
    static void live(Graphics2D g, List<Overlay> overlays, PlotTransform tr, Style st) {
        for (Overlay o : overlays) if (o instanceof CloudOverlay c) cloud(g, c, tr, st);
        for (Overlay o : overlays) if (o instanceof TrajectoryOverlay t) trajectoryMarkers(g, t, tr, st);
        for (Overlay o : overlays) {
            if (o instanceof ArrowOverlay a) {
                Point p = a.origin();
                Arrows.draw(g, tr.screenX(p.x()), tr.screenY(p.y()), tr.screenX(p.x() + a.vector().x()),
                        tr.screenY(p.y() + a.vector().y()), a.color(), st, false);
            }
        }
    }

    /**
     * The path from step {@code from} to the current step (all of it when current is -1); from the
     * start, with a ring there. Vertices closer than {@value #MIN_SEGMENT} of a point to the last one
     * drawn are skipped, and older steps of a long run are thinned to a bounded number of vertices
     * while the most recent ones are all drawn: a frame costs what the run's length on screen costs.
     */
    static void trajectoryLine(Graphics2D g, TrajectoryOverlay t, PlotTransform tr, Style st, int from) {
        List<Point> pts = t.points();
        if (pts.isEmpty()) return;
        int last = current(t);
        int first = Math.max(0, from);
        if (first > last) return;
        int recent = Math.max(first, last + 1 - RECENT_STEPS);
        int stride = Math.max(1, (int) Math.ceil((recent - first) / (double) MAX_OLD_VERTICES));
        Path2D.Double path = new Path2D.Double();
        boolean pen = false;
        double lx = Double.NaN;
        double ly = Double.NaN;
        double minSegment = st.size(MIN_SEGMENT);
        for (int k = first; k <= last; k += k < recent ? stride : 1) {
            Point p = pts.get(k);
            if (!finite(p)) {
                pen = false; // a blow-up: break the line rather than draw to infinity
                continue;
            }
            double sx = tr.screenX(p.x());
            double sy = tr.screenY(p.y());
            if (pen && k < last && Math.abs(sx - lx) + Math.abs(sy - ly) < minSegment) continue;
            if (pen) path.lineTo(sx, sy);
            else path.moveTo(sx, sy);
            pen = true;
            lx = sx;
            ly = sy;
        }
        st.haloLine(g, path, t.color(), LINE_WIDTH);
        if (pts.size() <= MAX_ITERATE_DOTS) {
            double r = st.size(1.5);
            for (int k = first; k <= last; k++) {
                if (finite(pts.get(k))) g.fill(circle(tr, pts.get(k), r));
            }
        }
        Point start = pts.get(0);
        if (first == 0 && finite(start)) {
            Ellipse2D ring = circle(tr, start, st.size(3.6));
            g.setColor(Color.WHITE);
            g.fill(ring);
            g.setColor(t.color());
            g.setStroke(st.stroke(1.6));
            g.draw(ring);
        }
    }

    /** The marker at the current step, and a cross where the run diverged if it has by then. */
    static void trajectoryMarkers(Graphics2D g, TrajectoryOverlay t, PlotTransform tr, Style st) {
        List<Point> pts = t.points();
        if (pts.isEmpty()) return;
        int last = current(t);
        if (t.divergedAt() >= 0 && t.divergedAt() <= last && finite(pts.get(t.divergedAt()))) {
            cross(g, tr, pts.get(t.divergedAt()), t.color(), st);
        }
        if (finite(pts.get(last))) Markers.outlined(g, circle(tr, pts.get(last), st.size(4.4)), t.color(), st);
    }

    private static int current(TrajectoryOverlay t) {
        return t.current() >= 0 ? t.current() : t.points().size() - 1;
    }

    /** The divergence marker: a bold cross. */
    static void cross(Graphics2D g, PlotTransform tr, Point p, Color color, Style st) {
        crossAt(g, tr.screenX(p.x()), tr.screenY(p.y()), color, st);
    }

    static void crossAt(Graphics2D g, double cx, double cy, Color color, Style st) {
        double r = st.size(4.5);
        Path2D.Double x = new Path2D.Double();
        x.append(new Line2D.Double(cx - r, cy - r, cx + r, cy + r), false);
        x.append(new Line2D.Double(cx - r, cy + r, cx + r, cy - r), false);
        g.setColor(Color.WHITE);
        g.setStroke(st.stroke(4.6));
        g.draw(x);
        g.setColor(color);
        g.setStroke(st.stroke(2.2));
        g.draw(x);
    }

    static void cloud(Graphics2D g, CloudOverlay c, PlotTransform tr, Style st) {
        if (c.density()) density(g, c, tr, st);
        // Squares, not circles: at this size they look the same. All of them are one path, filled
        // once: thousands of separate fills cost a canvas far more than one path with many parts.
        double r = st.size(1.2);
        g.setColor(new Color(c.color().getRed(), c.color().getGreen(), c.color().getBlue(), 190));
        Path2D.Double dots = new Path2D.Double(Path2D.WIND_NON_ZERO, 5 * c.points().size());
        for (Point p : c.points()) {
            if (!finite(p)) continue;
            double x = tr.screenX(p.x());
            double y = tr.screenY(p.y());
            dots.moveTo(x - r, y - r);
            dots.lineTo(x + r, y - r);
            dots.lineTo(x + r, y + r);
            dots.lineTo(x - r, y + r);
            dots.closePath();
        }
        g.fill(dots);
    }

    /**
     * A histogram over the plot in bins of 2 points, smoothed by a Gaussian of 3 bins, drawn in the
     * cloud's colour with opacity rising to 60 % at the densest bin.
     */
    private static void density(Graphics2D g, CloudOverlay c, PlotTransform tr, Style st) {
        Rectangle2D plot = tr.plot();
        double bin = st.size(2);
        int nx = Math.max(1, (int) Math.ceil(plot.getWidth() / bin));
        int ny = Math.max(1, (int) Math.ceil(plot.getHeight() / bin));
        double[] h = new double[nx * ny];
        for (Point p : c.points()) {
            if (!finite(p)) continue;
            int i = (int) Math.floor((tr.screenX(p.x()) - plot.getX()) / bin);
            int j = (int) Math.floor((tr.screenY(p.y()) - plot.getY()) / bin);
            if (i >= 0 && i < nx && j >= 0 && j < ny) h[j * nx + i]++;
        }
        double[] smooth = Blur.gaussian(h, nx, ny, 3);
        double max = 0;
        for (double v : smooth) max = Math.max(max, v);
        if (max == 0) return;
        int rgb = c.color().getRGB() & 0xFFFFFF;
        BufferedImage image = new BufferedImage(nx, ny, BufferedImage.TYPE_INT_ARGB);
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int alpha = (int) Math.round(153 * smooth[j * nx + i] / max);
                image.setRGB(i, j, alpha << 24 | rgb);
            }
        }
        Style.image(g, image, new AffineTransform(bin, 0, 0, bin, plot.getX(), plot.getY()), RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    }

    private static Ellipse2D circle(PlotTransform tr, Point p, double r) {
        return new Ellipse2D.Double(tr.screenX(p.x()) - r, tr.screenY(p.y()) - r, 2 * r, 2 * r);
    }

    private static boolean finite(Point p) {
        return Double.isFinite(p.x()) && Double.isFinite(p.y());
    }
}
