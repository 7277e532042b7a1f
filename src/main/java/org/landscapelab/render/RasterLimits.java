package org.landscapelab.render;

import java.util.Locale;
import org.landscapelab.landscape.LandscapeFunction;
import org.landscapelab.landscape.WorkLimitException;

/**
 * Bounds on a figure's rasters, checked before anything is allocated or computed, so that a
 * figure too large for memory or time is refused with the reason instead of running out of
 * memory or running for minutes.
 */
public final class RasterLimits {
    /**
     * Pixels of a PNG, and cells of a landscape raster. A pixel of a PNG figure costs about 30 bytes
     * (the image, the values and det H as doubles, the heatmap and the saddle mask), so 40 million
     * fit the 2 GB heap a JVM gets on an 8 GB machine. That allows an A2 poster or an 8K screen at
     * 300 dpi (35 and 33 million) and an A0 PDF (32 million cells at 2 per point).
     */
    public static final long MAX_PIXELS = 40_000_000;
    /**
     * Work (cells × {@link LandscapeFunction#cost}) of one raster: 2.5 times what the costliest
     * shipped landscape needs for a default figure (logistic_regression at 300 dpi, 1.6e10).
     */
    public static final long MAX_WORK = 40_000_000_000L;

    private RasterLimits() {}

    /** Refuses {@code width} x {@code height} pixels (or cells) over {@link #MAX_PIXELS}; {@code what} says whose, e.g. "the PNG would have". */
    public static void checkPixels(String what, long width, long height) {
        long pixels = width * height;
        if (pixels > MAX_PIXELS) {
            throw new IllegalArgumentException(what + " " + width + " x " + height + " = " + grouped(pixels)
                    + " pixels, more than the limit of " + grouped(MAX_PIXELS));
        }
    }

    /** Refuses an SVG or PDF of that size in points whose heatmap, drawn at its resolution, would have too many cells. */
    public static void checkVector(double width, double height) {
        double perPoint = FigureExport.VECTOR_PIXELS_PER_POINT;
        checkPixels("the heatmap of an SVG or PDF, at " + (int) (perPoint * 72) + " pixels per inch, would have", (long) Math.ceil(width * perPoint),
                (long) Math.ceil(height * perPoint));
    }

    /** Refuses a raster of {@code cells} samples of {@code f} that would take more than {@link #MAX_WORK}. */
    public static void checkWork(LandscapeFunction f, long cells) {
        double work = (double) cells * f.cost();
        if (work > MAX_WORK) {
            throw new WorkLimitException(String.format(Locale.ROOT, "drawing the landscape at %s points needs %.3g units of work"
                    + " (one evaluation costs %d%s), more than the limit of %.3g; draw it smaller", grouped(cells), work, f.cost(),
                    f.terms() > 1 ? " over " + f.terms() + " data rows" : "", (double) MAX_WORK));
        }
    }

    private static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
