package org.landscapelab.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.landscapelab.landscape.Point;

/**
 * Draws overlays inside the plot in two layers: the trajectories' tails (which only grow while a
 * run plays, so the screen can add new segments instead of redrawing them), then everything that
 * changes every frame: particle clouds, the trajectories' recent parts ({@link Tail}), the markers
 * at the current steps, divergence crosses, arrows. The k-th trajectory has {@link SeriesStyle#of}(k)'s
 * dots, marker and dashes.
 */
final class OverlayPainter {
    /** Width of a path's current part, in points. */
    static final double LINE_WIDTH = 1.5;
    /** Iterate dots have the area of a circle of this radius, in points. */
    static final double DOT_RADIUS = 2.1;
    /** The current step's marker has the area of a circle of this radius, in points. */
    static final double MARKER_RADIUS = 4.4;
    /** Under a smoothed path, the raw iterates: a faint thin line that shows how noisy they are. */
    static final double RAW_ALPHA = 0.3;
    static final double RAW_WIDTH = 0.7;

    private OverlayPainter() {}

    static void draw(Graphics2D g, List<Overlay> overlays, PlotTransform tr, Style st) {
        lines(g, overlays, tr, st, 0);
        live(g, overlays, tr, st);
    }

    /**
     * Each trajectory's tail (light and thin, with its dots) from step {@code from} to its current
     * step; from 0: with the start ring. The tail's look does not depend on the current step, so
     * the screen adds to it frame by frame.
     */
    static void lines(Graphics2D g, List<Overlay> overlays, PlotTransform tr, Style st, int from) {
        int k = 0;
        for (Overlay o : overlays) {
            if (!(o instanceof TrajectoryOverlay t)) continue;
            SeriesStyle series = SeriesStyle.of(k++); // a hidden path keeps its place in the order of styles
            if (!t.hidden()) trajectoryLine(g, t, series, tr, st, from);
        }
    }

    /** Clouds, then the trajectories' recent parts, their current markers and crosses, then arrows on top. */
    static void live(Graphics2D g, List<Overlay> overlays, PlotTransform tr, Style st) {
        for (Overlay o : overlays) if (o instanceof CloudOverlay c) cloud(g, c, tr, st);
        int k = 0;
        for (Overlay o : overlays) {
            if (!(o instanceof TrajectoryOverlay t)) continue;
            SeriesStyle series = SeriesStyle.of(k++);
            if (!t.hidden()) trajectoryRamp(g, t, series, tr, st);
        }
        k = 0;
        for (Overlay o : overlays) {
            if (!(o instanceof TrajectoryOverlay t)) continue;
            SeriesStyle series = SeriesStyle.of(k++);
            if (!t.hidden()) trajectoryMarkers(g, t, series, tr, st);
        }
        for (Overlay o : overlays) {
            if (o instanceof ArrowOverlay a) {
                Point p = a.origin();
                Arrows.draw(g, tr.screenX(p.x()), tr.screenY(p.y()), tr.screenX(p.x() + a.vector().x()),
                        tr.screenY(p.y() + a.vector().y()), a.color(), st, false);
            }
        }
    }

    /** The path's tail from step {@code from} on (see {@link #lines}); under a smoothed path, the raw iterates too. */
    static void trajectoryLine(Graphics2D g, TrajectoryOverlay t, SeriesStyle series, PlotTransform tr, Style st, int from) {
        if (t.points().isEmpty()) return;
        int last = current(t);
        int first = Math.max(0, from);
        if (first > last) return;
        if (st.pathStyle == PathStyle.SMOOTH) {
            ScreenPath raw = ScreenPath.of(t.points(), last, 1, tr, st, false);
            int i0 = raw.vertexAtStep(first);
            g.setColor(withAlpha(t.color(), RAW_ALPHA));
            g.setStroke(st.stroke(RAW_WIDTH));
            g.draw(polyline(raw, i0, raw.size));
        }
        ScreenPath line = line(t, last, tr, st);
        int i0 = line.vertexAtStep(first);
        Path2D.Double path = polyline(line, i0, line.size);
        stroke(g, path, t.color(), Tail.ALPHA, series.stroke(st, 2.1 * Tail.WIDTH, line.along[i0]), series.stroke(st, Tail.WIDTH, line.along[i0]));
        // the vertex at `from` was the current step of the piece before, which has a marker, not a dot
        dots(g, line, i0, line.size, Tail.ALPHA, t.color(), series, st);
        Point start = t.points().get(0);
        if (first == 0 && finite(start)) {
            Ellipse2D ring = circle(tr, start, st.size(3.6));
            g.setColor(Color.WHITE);
            g.fill(ring);
            g.setColor(t.color());
            g.setStroke(st.stroke(1.6));
            g.draw(ring);
        }
    }

    /**
     * The most recent steps over the tail, in {@link Tail#BANDS} bands that grow wider and more
     * opaque towards the current step: all the halos first, so no band's halo covers another's line.
     */
    static void trajectoryRamp(Graphics2D g, TrajectoryOverlay t, SeriesStyle series, PlotTransform tr, Style st) {
        if (t.points().isEmpty()) return;
        int last = current(t);
        ScreenPath line = line(t, last, tr, st);
        List<Band> bands = new ArrayList<>(Tail.BANDS);
        int start = Tail.rampStart(line, st);
        for (int j = start + 1; j < line.size; j++) {
            int b = Tail.band(line.along[j], line.along[start], line.along[line.size - 1]);
            if (bands.isEmpty() || bands.get(bands.size() - 1).band != b) bands.add(new Band(j - 1, b));
        }
        Color halo = Style.haloFor(t.color());
        for (int k = 0; k < bands.size(); k++) {
            Band b = bands.get(k);
            g.setColor(withAlpha(halo, Tail.alphaOf(b.band) * halo.getAlpha() / 255));
            g.setStroke(series.stroke(st, 2.1 * Tail.widthOf(b.band), line.along[b.from]));
            g.draw(polyline(line, b.from, end(bands, k, line)));
        }
        for (int k = 0; k < bands.size(); k++) {
            Band b = bands.get(k);
            g.setColor(withAlpha(t.color(), Tail.alphaOf(b.band)));
            g.setStroke(series.stroke(st, Tail.widthOf(b.band), line.along[b.from]));
            g.draw(polyline(line, b.from, end(bands, k, line)));
            dots(g, line, b.from + 1, end(bands, k, line), Tail.alphaOf(b.band), t.color(), series, st);
        }
    }

    /** A band of the ramp from vertex {@code from} (the end of the previous band) on. */
    private record Band(int from, int band) {}

    private static int end(List<Band> bands, int k, ScreenPath line) {
        return k + 1 < bands.size() ? bands.get(k + 1).from + 1 : line.size;
    }

    /** A path's line: its iterates (every k-th when thinned) or their moving average. */
    private static ScreenPath line(TrajectoryOverlay t, int last, PlotTransform tr, Style st) {
        return switch (st.pathStyle) {
            case RAW -> ScreenPath.of(t.points(), last, 1, tr, st, true);
            case THIN -> ScreenPath.of(t.points(), last, PathStyle.thinningStride(t.points().size()), tr, st, true);
            case SMOOTH -> ScreenPath.of(ScreenPath.smoothed(t.points(), last), last, 1, tr, st, false);
        };
    }

    /** The vertices from..to-1 as one path, broken where the iterates were not finite. */
    private static Path2D.Double polyline(ScreenPath p, int from, int to) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, Math.max(2, to - from));
        for (int j = from; j < to; j++) {
            if (j == from || p.moveTo[j]) path.moveTo(p.x[j], p.y[j]);
            else path.lineTo(p.x[j], p.y[j]);
        }
        return path;
    }

    /** A line over its halo, both at {@code alpha}. */
    private static void stroke(Graphics2D g, Shape path, Color color, double alpha, Stroke halo, Stroke line) {
        Color h = Style.haloFor(color);
        g.setColor(withAlpha(h, alpha * h.getAlpha() / 255));
        g.setStroke(halo);
        g.draw(path);
        g.setColor(withAlpha(color, alpha));
        g.setStroke(line);
        g.draw(path);
    }

    /**
     * The dots among vertices from..to-1, in the series' marker shape, each with a thin halo: all
     * of them one path, filled once (thousands of separate fills cost a canvas far more).
     */
    private static void dots(Graphics2D g, ScreenPath p, int from, int to, double alpha, Color color, SeriesStyle series, Style st) {
        Path2D.Double shapes = null;
        double r = st.size(DOT_RADIUS);
        for (int j = from; j < to; j++) {
            if (!p.dot[j]) continue;
            if (shapes == null) shapes = new Path2D.Double();
            shapes.append(series.shape(p.x[j], p.y[j], r), false);
        }
        if (shapes == null) return;
        Color h = Style.haloFor(color);
        g.setColor(withAlpha(h, alpha * h.getAlpha() / 255));
        g.setStroke(st.stroke(1.2));
        g.draw(shapes);
        g.setColor(withAlpha(color, alpha));
        g.fill(shapes);
    }

    /** The marker at the current step in the series' shape, and a cross where the run diverged if it has by then. */
    static void trajectoryMarkers(Graphics2D g, TrajectoryOverlay t, SeriesStyle series, PlotTransform tr, Style st) {
        List<Point> pts = t.points();
        if (pts.isEmpty()) return;
        int last = current(t);
        if (t.divergedAt() >= 0 && t.divergedAt() <= last && finite(pts.get(t.divergedAt()))) {
            cross(g, tr, pts.get(t.divergedAt()), t.color(), st);
        }
        Point p = pts.get(last);
        if (finite(p)) Markers.outlined(g, series.shape(tr.screenX(p.x()), tr.screenY(p.y()), st.size(MARKER_RADIUS)), t.color(), st);
    }

    private static Color withAlpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * Math.max(0, Math.min(1, alpha))));
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
