package org.landscapelab.render;

import java.awt.Color;

/** Colours of everything that is not data: background, text, axes. */
public enum Theme {
    LIGHT(Color.WHITE, new Color(0x22, 0x22, 0x22), new Color(0x55, 0x55, 0x55)),
    DARK(new Color(0x1C, 0x1D, 0x21), new Color(0xE8, 0xE8, 0xE8), new Color(0xA8, 0xA8, 0xA8));

    private final Color background;
    private final Color foreground;
    private final Color muted;

    Theme(Color background, Color foreground, Color muted) {
        this.background = background;
        this.foreground = foreground;
        this.muted = muted;
    }

    public Color background() { return background; }

    /** Titles, labels, tick labels. */
    public Color foreground() { return foreground; }

    /** Frames, ticks, legend border. */
    public Color muted() { return muted; }
}
