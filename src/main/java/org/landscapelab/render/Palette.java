package org.landscapelab.render;

import java.awt.Color;
import java.util.List;

/**
 * Okabe and Ito's colour-blind-safe qualitative palette ("Color Universal Design", 2008), for
 * overlays and markers. Yellow is left out of the cycle: it vanishes on viridis' and cividis' top
 * ends; so are black and white, which vanish on the dark and light ends and backgrounds.
 */
public final class Palette {
    public static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
    public static final Color SKY_BLUE = new Color(0x56, 0xB4, 0xE9);
    public static final Color BLUISH_GREEN = new Color(0x00, 0x9E, 0x73);
    public static final Color YELLOW = new Color(0xF0, 0xE4, 0x42);
    public static final Color BLUE = new Color(0x00, 0x72, 0xB2);
    public static final Color VERMILLION = new Color(0xD5, 0x5E, 0x00);
    public static final Color REDDISH_PURPLE = new Color(0xCC, 0x79, 0xA7);

    /**
     * The six chromatic colours. Overlays first take the two the critical-point markers do not use
     * (minimum sky blue, maximum vermillion, saddle orange, degenerate reddish purple), so a path is
     * rarely mistaken for a marker; beyond six, {@link SeriesStyle}'s marker shapes and dashes tell
     * paths of one colour apart.
     */
    private static final List<Color> CYCLE = List.of(REDDISH_PURPLE, BLUISH_GREEN, BLUE, VERMILLION, ORANGE, SKY_BLUE);

    private Palette() {}

    /** The k-th overlay colour, cycling. */
    public static Color color(int k) {
        return CYCLE.get(Math.floorMod(k, CYCLE.size()));
    }

    /** How many colours {@link #color} cycles through. */
    public static int size() {
        return CYCLE.size();
    }

    /** An overlay colour as a line on a white chart: white has no halo there, so it turns grey. */
    public static Color onLight(Color overlay) {
        return overlay.equals(Color.WHITE) ? Color.GRAY : overlay;
    }
}
