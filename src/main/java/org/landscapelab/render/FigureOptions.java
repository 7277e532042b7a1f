package org.landscapelab.render;

import java.util.EnumSet;
import java.util.Set;
import org.landscapelab.landscape.ColorScale;
import org.landscapelab.landscape.Landscape;

/**
 * How a figure looks. {@code width} and {@code height} are its size in points (1/72 inch): the
 * page size of a PDF or SVG, and at {@link FigureExport#DEFAULT_DPI} the PNG's pixel size times
 * dpi / 72. On screen one point is one pixel. {@code fontScale} scales text, markers and lines
 * together (1.5 for a talk projected in a large room).
 */
public record FigureOptions(double width, double height, Colormap colormap, ColorScale scale, int contourCount,
                            Set<Layer> layers, double fontScale, Theme theme, String title, boolean equalAspect,
                            PathStyle pathStyle) {
    public static final int DEFAULT_CONTOURS = 20;
    /** Below a quarter, 9 pt tick labels are 2 pt: unreadable on any medium. */
    public static final double MIN_FONT_SCALE = 0.25;
    /** Above ten times, the labels alone fill a figure. */
    public static final double MAX_FONT_SCALE = 10;

    public FigureOptions {
        if (!(width > 0 && height > 0)) throw new IllegalArgumentException("figure size must be positive, got " + width + " x " + height);
        if (contourCount < 0) throw new IllegalArgumentException("contour count must be >= 0, got " + contourCount);
        if (!(fontScale >= MIN_FONT_SCALE && fontScale <= MAX_FONT_SCALE)) {
            throw new IllegalArgumentException("font scale must be in [" + MIN_FONT_SCALE + ", " + MAX_FONT_SCALE + "], got " + fontScale);
        }
        layers = Set.copyOf(layers);
        title = title == null ? "" : title;
        if (pathStyle == null) throw new IllegalArgumentException("path style must be given");
    }

    /** 560 x 420 pt, viridis, linear, 20 contours, everything but the eigen-directions shown, light, raw paths. */
    public static FigureOptions defaults() {
        Set<Layer> layers = EnumSet.allOf(Layer.class);
        layers.remove(Layer.EIGEN_DIRECTIONS);
        return new FigureOptions(560, 420, Colormap.VIRIDIS, ColorScale.LINEAR, DEFAULT_CONTOURS, layers, 1, Theme.LIGHT, "", true, PathStyle.RAW);
    }

    /** The defaults with the landscape's own colour scale and its name as the title. */
    public static FigureOptions forLandscape(Landscape landscape) {
        return defaults().withScale(landscape.scale()).withTitle(landscape.name());
    }

    public boolean shows(Layer layer) {
        return layers.contains(layer);
    }

    public FigureOptions withSize(double w, double h) {
        return new FigureOptions(w, h, colormap, scale, contourCount, layers, fontScale, theme, title, equalAspect, pathStyle);
    }

    public FigureOptions withColormap(Colormap c) {
        return new FigureOptions(width, height, c, scale, contourCount, layers, fontScale, theme, title, equalAspect, pathStyle);
    }

    public FigureOptions withColormap(String name) {
        return withColormap(Colormap.byName(name));
    }

    public FigureOptions withScale(ColorScale s) {
        return new FigureOptions(width, height, colormap, s, contourCount, layers, fontScale, theme, title, equalAspect, pathStyle);
    }

    public FigureOptions withContourCount(int n) {
        return new FigureOptions(width, height, colormap, scale, n, layers, fontScale, theme, title, equalAspect, pathStyle);
    }

    public FigureOptions withLayer(Layer layer, boolean shown) {
        Set<Layer> updated = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
        if (shown) updated.add(layer);
        else updated.remove(layer);
        return withLayers(updated);
    }

    public FigureOptions withLayers(Set<Layer> shown) {
        return new FigureOptions(width, height, colormap, scale, contourCount, shown, fontScale, theme, title, equalAspect, pathStyle);
    }

    public FigureOptions withFontScale(double s) {
        return new FigureOptions(width, height, colormap, scale, contourCount, layers, s, theme, title, equalAspect, pathStyle);
    }

    public FigureOptions withTheme(Theme t) {
        return new FigureOptions(width, height, colormap, scale, contourCount, layers, fontScale, t, title, equalAspect, pathStyle);
    }

    public FigureOptions withTitle(String t) {
        return new FigureOptions(width, height, colormap, scale, contourCount, layers, fontScale, theme, t, equalAspect, pathStyle);
    }

    /** Whether one unit of x is as long on screen as one unit of y (so gradients cross contours at right angles). */
    public FigureOptions withEqualAspect(boolean equal) {
        return new FigureOptions(width, height, colormap, scale, contourCount, layers, fontScale, theme, title, equal, pathStyle);
    }

    /** How trajectories are drawn: every iterate, every k-th, or smoothed over a faint raw line. */
    public FigureOptions withPathStyle(PathStyle p) {
        return new FigureOptions(width, height, colormap, scale, contourCount, layers, fontScale, theme, title, equalAspect, p);
    }
}
