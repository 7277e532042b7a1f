package org.landscapelab.render;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;

/**
 * A JFreeChart chart (AWT-based, not JavaFX) drawn through {@code chart.draw}: the chart lays itself
 * out in the area and has no images to sharpen. JFreeChart's own ExportUtils.writeAsSVG breaks
 * with JFreeSVG 5, so charts go through the same encoders as figures instead.
 */
public record ChartDrawable(JFreeChart chart) implements Drawable {
    /** A millionth of a point: far below a pixel at any DPI, far above a double's rounding error. */
    private static final double POINTS_GRID = 1e6;

    @Override
    public void draw(Graphics2D g, double width, double height, double pixelsPerPoint) {
        chart.draw(g, new Rectangle2D.Double(0, 0, snapped(width), snapped(height)));
    }

    /**
     * A PNG's size in points is its pixels / (dpi / 72), which for a 480-point chart at 150 dpi
     * is 479.99999999999994; JFreeChart's layout rounds areas to whole pixels, so that would move
     * the plot's edge by pixels. Snapped, the chart is laid out at the 480 points asked for.
     */
    private static double snapped(double points) {
        return Math.rint(points * POINTS_GRID) / POINTS_GRID;
    }
}
