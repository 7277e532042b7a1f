package org.landscapelab.ui.charts;

import java.awt.Color;
import java.util.Objects;
import javafx.scene.Scene;
import org.landscapelab.render.Palette;

/**
 * How the charts look: light or high contrast (dark, like the figure's dark theme), and the font
 * scale of presenter mode. The window keeps the current look in its scene's properties
 * ({@link #set}); every chart on that scene follows it, including charts made later.
 */
public record ChartLook(boolean highContrast, double fontScale) {
    /** Scene property holding the window's ChartLook. */
    static final String KEY = "landscapelab.chartLook";
    public static final ChartLook STANDARD = new ChartLook(false, 1);

    public ChartLook {
        if (!(fontScale > 0 && Double.isFinite(fontScale))) throw new IllegalArgumentException("font scale must be positive, got " + fontScale);
    }

    public ChartLook withHighContrast(boolean on) {
        return new ChartLook(on, fontScale);
    }

    public ChartLook withFontScale(double scale) {
        return new ChartLook(highContrast, scale);
    }

    /** The look of the charts on a scene (STANDARD until the window sets one). */
    public static ChartLook of(Scene scene) {
        return scene != null && scene.getProperties().get(KEY) instanceof ChartLook look ? look : STANDARD;
    }

    /** Sets the look of every chart on the scene: presenter mode and high contrast call this. */
    public static void set(Scene scene, ChartLook look) {
        scene.getProperties().put(KEY, Objects.requireNonNull(look, "look"));
    }

    Color background() {
        return highContrast ? new Color(0x1C, 0x1D, 0x21) : Color.WHITE;
    }

    Color title() {
        return highContrast ? Color.WHITE : new Color(0x33, 0x3B, 0x45);
    }

    /** Axis labels, tick labels and legend text. */
    Color text() {
        return highContrast ? new Color(0xE8, 0xE8, 0xE8) : new Color(0x5F, 0x6B, 0x7A);
    }

    /** The text of a legend entry whose series is hidden. */
    Color mutedText() {
        return highContrast ? new Color(0x80, 0x84, 0x8C) : new Color(0xB0, 0xB6, 0xBE);
    }

    Color grid() {
        return highContrast ? new Color(0x3A, 0x3D, 0x44) : new Color(0xE3, 0xE6, 0xEA);
    }

    /**
     * A series' line colour on this background: the colour-blind-safe palette's own colours
     * (Okabe and Ito), never white; the two neutral overlay colours, which vanish on one of the
     * backgrounds, become a mid grey (white on light) or the palette's yellow and a light grey (on dark).
     */
    Color line(Color c) {
        if (highContrast) {
            if (c.equals(Color.WHITE)) return Palette.YELLOW;
            if (c.equals(Color.BLACK)) return new Color(0xBB, 0xBB, 0xBB);
            return c;
        }
        return Palette.onLight(c);
    }
}
