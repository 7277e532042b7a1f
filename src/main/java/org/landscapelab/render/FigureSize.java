package org.landscapelab.render;

/**
 * The size a picture is written at: width x height points (1/72 inch; the page of an SVG or PDF)
 * and the resolution of a PNG, which then has width x dpi / 72 pixels. Vector files ignore the DPI.
 */
public record FigureSize(double width, double height, int dpi) {
    /** The options' size, a PNG at {@link FigureExport#DEFAULT_DPI}. */
    public static FigureSize of(FigureOptions options) {
        return new FigureSize(options.width(), options.height(), FigureExport.DEFAULT_DPI);
    }

    public int pixelWidth() {
        return FigureExport.pixels(width, dpi);
    }

    public int pixelHeight() {
        return FigureExport.pixels(height, dpi);
    }
}
