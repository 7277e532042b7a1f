package org.landscapelab.render;

import java.awt.Graphics2D;

/**
 * Anything that draws itself into a Graphics2D at a size: a landscape {@link Figure}, a chart
 * ({@link ChartDrawable}). It is what every {@link FigureFormat} encodes, so a new kind of picture
 * gets PNG, SVG and PDF at once, and a new format serves every kind of picture.
 */
public interface Drawable {
    /**
     * Draws on a width x height area, in points, at the graphics' origin. The device has
     * {@code pixelsPerPoint} pixels per point (a PNG's DPI / 72; {@link FigureExport#VECTOR_PIXELS_PER_POINT}
     * for SVG and PDF), so that images inside the drawing can be made as sharp as the device is.
     */
    void draw(Graphics2D g, double width, double height, double pixelsPerPoint);

    /** The title a PDF's document information carries, or null for none. */
    default String documentTitle() {
        return null;
    }
}
