package org.landscapelab.params;

import java.util.Objects;

/**
 * Where a slider for a parameter goes: its ends (typical values, not the valid range) and how it
 * moves between them.
 */
public record SliderRange(double min, double max, Scale scale) {
    public SliderRange {
        Objects.requireNonNull(scale, "scale");
        if (!(min < max)) throw new IllegalArgumentException("slider ends must be increasing, got " + min + " and " + max);
        if (scale == Scale.LOG && !(min > 0)) throw new IllegalArgumentException("a log slider needs ends > 0, got " + min);
    }

    public static SliderRange linear(double min, double max) {
        return new SliderRange(min, max, Scale.LINEAR);
    }

    public static SliderRange log(double min, double max) {
        return new SliderRange(min, max, Scale.LOG);
    }

    /** The slider position of a value. */
    public double toSlider(double value) {
        return scale.toSlider(value);
    }

    /** The value at a slider position. */
    public double fromSlider(double position) {
        return scale.fromSlider(position);
    }
}
