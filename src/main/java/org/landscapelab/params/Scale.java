package org.landscapelab.params;

/** How a slider moves over a parameter's values: evenly, or evenly in log10 (scales spanning decades). */
public enum Scale {
    LINEAR,
    LOG;

    /** The slider position of a value. */
    public double toSlider(double value) {
        return this == LOG ? Math.log10(value) : value;
    }

    /** The value at a slider position. */
    public double fromSlider(double position) {
        return this == LOG ? Math.pow(10, position) : position;
    }
}
