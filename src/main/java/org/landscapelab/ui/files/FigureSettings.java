package org.landscapelab.ui.files;

import org.landscapelab.render.FigureFormat;
import org.landscapelab.render.FigureSize;
import org.landscapelab.render.Theme;

/**
 * What the figure export dialog asks: the format, the size in points (a PNG has width x dpi / 72
 * pixels), the DPI of a PNG, and the presentation: font scale, theme, legend, title, colour map.
 */
public record FigureSettings(FigureFormat format, double width, double height, int dpi, double fontScale, Theme theme,
                             boolean legend, String title, String colormap) {
    public FigureSettings {
        if (!(width >= 50 && width <= 5000 && height >= 50 && height <= 5000)) {
            throw new IllegalArgumentException("the size must be between 50 and 5000 points, got " + width + " x " + height);
        }
        if (dpi < 30 || dpi > 1200) throw new IllegalArgumentException("the resolution must be between 30 and 1200 dpi, got " + dpi);
        if (!(fontScale >= 0.5 && fontScale <= 4)) throw new IllegalArgumentException("the font scale must be between 0.5 and 4, got " + fontScale);
    }

    /** The size a file is written at. */
    public FigureSize size() {
        return new FigureSize(width, height, dpi);
    }

    public FigureSettings withFormat(FigureFormat f) {
        return new FigureSettings(f, width, height, dpi, fontScale, theme, legend, title, colormap);
    }

    public static FigureSettings defaults(String title, String colormap) {
        return new FigureSettings(FigureFormat.PDF, 560, 420, 300, 1, Theme.LIGHT, true, title, colormap);
    }
}
