package org.landscapelab.render;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;

/**
 * What tells the k-th trajectory of a figure apart besides its colour: the shape of its iterate
 * dots and current marker, and the dash of its line. Where paths overlap, the gaps of a dashed
 * line show the path beneath, and the dots keep their shapes; the legend draws both. With the
 * palette's colours in order, no path gets a critical-point marker's look (a sky-blue circle is a
 * minimum, a vermillion upward triangle a maximum, an orange diamond a saddle, a reddish-purple
 * square a degenerate point) for the first twelve series.
 */
record SeriesStyle(Marker marker, float[] dash) {
    /** In the order of the cycle; declared so with the palette's order, no path's colour and shape is a critical point's. */
    enum Marker { CIRCLE, DIAMOND, TRIANGLE_DOWN, SQUARE }

    /** Solid, dashed, short-dashed, dash-dot: in points at font scale 1, on and off. */
    private static final float[][] DASHES = {null, {6, 3}, {3, 2.5f}, {7, 2.5f, 2, 2.5f}};
    static final int CYCLE = DASHES.length;

    /** The style of the k-th trajectory, cycling with period {@link #CYCLE}. */
    static SeriesStyle of(int k) {
        int i = Math.floorMod(k, CYCLE);
        return new SeriesStyle(Marker.values()[i], DASHES[i]);
    }

    boolean solid() {
        return dash == null;
    }

    /**
     * A stroke of this series' dash, {@code phase} points (already scaled) along it: a path drawn in
     * pieces continues its dashes from where the previous piece ended.
     */
    BasicStroke stroke(Style st, double points, double phase) {
        if (dash == null) return st.stroke(points);
        float[] scaled = new float[dash.length];
        for (int i = 0; i < dash.length; i++) scaled[i] = (float) st.size(dash[i]);
        return new BasicStroke((float) st.size(points), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, scaled, (float) phase);
    }

    /** The marker centred on (cx, cy) with the area of a circle of radius r: no shape looks bigger than another. */
    Shape shape(double cx, double cy, double r) {
        return switch (marker) {
            case CIRCLE -> new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
            case SQUARE -> {
                double a = 0.886 * r; // sqrt(pi) / 2
                yield new Rectangle2D.Double(cx - a, cy - a, 2 * a, 2 * a);
            }
            case TRIANGLE_DOWN -> Markers.triangle(cx, cy, 1.555 * r, false); // circumradius of the triangle of area pi r^2
            case DIAMOND -> Markers.diamond(cx, cy, 1.253 * r); // half-diagonal of the square of area pi r^2
        };
    }
}
