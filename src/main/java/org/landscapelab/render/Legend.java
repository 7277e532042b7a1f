package org.landscapelab.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.landscapelab.landscape.CriticalPoint;

/**
 * The legend beside the plot: what each marker, line and tint means. A trajectory's entry is a
 * switch on screen: a hidden path's entry stays in its place, dimmed.
 */
final class Legend {
    /** Draws an entry's symbol centred on (cx, cy). */
    interface Glyph {
        void draw(Graphics2D g, double cx, double cy, Style st);
    }

    /** {@code series}: the entry of a trajectory, which a click shows or hides; {@code hidden}: drawn dimmed. */
    record Entry(String label, Glyph glyph, boolean series, boolean hidden) {
        Entry(String label, Glyph glyph) {
            this(label, glyph, false, false);
        }
    }

    /** Opacity of a hidden path's entry: still readable, clearly off. */
    static final float HIDDEN_OPACITY = 0.35f;

    private static final double GLYPH_WIDTH = 20;

    private Legend() {}

    static List<Entry> entries(Figure figure) {
        FigureOptions o = figure.options();
        LandscapeLayer layer = figure.landscape();
        List<Entry> entries = new ArrayList<>();
        if (o.shows(Layer.CRITICAL_POINTS)) {
            Set<CriticalPoint.Type> types = EnumSet.noneOf(CriticalPoint.Type.class);
            for (CriticalPoint p : layer.critical().points()) types.add(p.type());
            for (CriticalPoint.Type type : types) {
                String label = type == CriticalPoint.Type.SADDLE ? "saddle point" : type.label();
                entries.add(new Entry(label, (g, x, y, st) -> Markers.draw(g, type, x, y, st)));
            }
            if (layer.critical().hasCurves()) {
                entries.add(new Entry("critical curve", (g, x, y, st) -> {
                    g.setColor(Markers.color(CriticalPoint.Type.DEGENERATE));
                    double r = st.size(LandscapePainter.CURVE_DOT);
                    for (int k = -1; k <= 1; k++) g.fill(new Ellipse2D.Double(x + k * st.size(5) - r, y - r, 2 * r, 2 * r));
                }));
            }
        }
        if (o.shows(Layer.SADDLE_REGIONS) && !layer.saddleOutline().isEmpty()) {
            Color swatch = layer.colormap().color(0.3);
            entries.add(new Entry("saddle region", (g, x, y, st) -> {
                Rectangle2D r = new Rectangle2D.Double(x - st.size(8), y - st.size(5), st.size(16), st.size(10));
                g.setColor(swatch);
                g.fill(r);
                g.setColor(new Color(LandscapeLayer.SADDLE_TINT, true));
                g.fill(r);
                g.setColor(LandscapePainter.SADDLE_OUTLINE);
                g.setStroke(LandscapePainter.saddleOutlineStroke(st));
                g.draw(r);
            }));
        }
        if (o.shows(Layer.EIGEN_DIRECTIONS) && !layer.critical().points().isEmpty()) {
            entries.add(new Entry("curvature < 0", (g, x, y, st) -> eigenGlyph(g, x, y, Palette.VERMILLION, st)));
            entries.add(new Entry("curvature > 0", (g, x, y, st) -> eigenGlyph(g, x, y, Palette.BLUE, st)));
        }
        if (o.shows(Layer.OVERLAYS)) {
            int k = 0; // the k-th trajectory's style, counted as OverlayPainter counts
            for (Overlay overlay : figure.overlays()) {
                if (overlay instanceof TrajectoryOverlay t) {
                    Glyph glyph = new TrajectoryGlyph(t.color(), SeriesStyle.of(k++));
                    if (!t.label().isEmpty()) entries.add(new Entry(t.label(), glyph, true, t.hidden()));
                } else if (!overlay.label().isEmpty()) {
                    entries.add(new Entry(overlay.label(), glyph(overlay)));
                }
            }
        }
        return entries;
    }

    private static void eigenGlyph(Graphics2D g, double x, double y, Color c, Style st) {
        double h = st.size(GLYPH_WIDTH / 2);
        Arrows.draw(g, x - h, y, x + h, y, c, st, true);
    }

    /** A trajectory's entry: its line with its dashes over a halo, and its marker's shape in the middle. */
    record TrajectoryGlyph(Color color, SeriesStyle series) implements Glyph {
        @Override
        public void draw(Graphics2D g, double x, double y, Style st) {
            double h = st.size(GLYPH_WIDTH / 2);
            Line2D line = new Line2D.Double(x - h, y, x + h, y);
            g.setColor(Style.haloFor(color));
            g.setStroke(series.stroke(st, 2.1 * OverlayPainter.LINE_WIDTH, 0));
            g.draw(line);
            g.setColor(color);
            g.setStroke(series.stroke(st, OverlayPainter.LINE_WIDTH, 0));
            g.draw(line);
            Markers.outlined(g, series.shape(x, y, st.size(3.4)), color, st);
        }
    }

    private static Glyph glyph(Overlay overlay) {
        Color c = overlay.color();
        if (overlay instanceof CloudOverlay) {
            return (g, x, y, st) -> {
                g.setColor(c);
                double r = st.size(1.6);
                double[][] at = {{-6, 2}, {-2, -3}, {1, 3}, {4, -1}, {7, 2}, {-5, -2}};
                for (double[] p : at) g.fill(new Ellipse2D.Double(x + st.size(p[0]) - r, y + st.size(p[1]) - r, 2 * r, 2 * r));
            };
        }
        return (g, x, y, st) -> {
            double h = st.size(GLYPH_WIDTH / 2);
            Arrows.draw(g, x - h, y, x + h, y, c, st, false);
        };
    }

    static double width(List<Entry> entries, Style st) {
        double textWidth = 0;
        for (Entry e : entries) textWidth = Math.max(textWidth, Style.width(st.legendFont, e.label()));
        return st.size(GLYPH_WIDTH + 6) + textWidth;
    }

    static double height(List<Entry> entries, Style st) {
        return entries.size() * row(st);
    }

    private static double row(Style st) {
        return Math.max(Style.lineHeight(st.legendFont), st.size(13)) + st.size(3);
    }

    /** The entries top-down in the legend's rectangle, no box: it sits beside the plot. */
    static void draw(Graphics2D g, List<Entry> entries, Rectangle2D area, Style st) {
        double row = row(st);
        java.awt.Composite opaque = g.getComposite();
        for (int k = 0; k < entries.size(); k++) {
            Entry e = entries.get(k);
            double cy = area.getY() + (k + 0.5) * row;
            if (e.hidden()) g.setComposite(java.awt.AlphaComposite.getInstance(java.awt.AlphaComposite.SRC_OVER, HIDDEN_OPACITY));
            e.glyph().draw(g, area.getX() + st.size(GLYPH_WIDTH / 2), cy, st);
            g.setColor(st.theme.foreground());
            Style.text(g, st.legendFont, e.label(), area.getX() + st.size(GLYPH_WIDTH + 6), cy, 0, 0.5);
            g.setComposite(opaque);
        }
    }

    /** The entry whose row holds the point (x, y), if any: the rows as {@link #draw} lays them out. */
    static java.util.Optional<Entry> at(List<Entry> entries, Rectangle2D area, Style st, double x, double y) {
        if (x < area.getX() || x > area.getMaxX() || y < area.getY()) return java.util.Optional.empty();
        int k = (int) Math.floor((y - area.getY()) / row(st));
        return k < entries.size() ? java.util.Optional.of(entries.get(k)) : java.util.Optional.empty();
    }
}
