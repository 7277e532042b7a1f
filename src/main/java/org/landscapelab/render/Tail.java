package org.landscapelab.render;

/**
 * How strongly each part of a trajectory is drawn: the older part is a light, thin tail; over the
 * most recent steps the line ramps up in {@value #BANDS} bands to full strength at the current
 * step, so the eye finds where each path is now and which way it went. The tail's style does not
 * depend on the current step, so the screen can draw it once and add to it frame by frame; the
 * ramp is redrawn every frame.
 */
final class Tail {
    /** Opacity of the old part of a path: light, but still readable as a line over any colour map. */
    static final double ALPHA = 0.6;
    /** Width of the old part of a path, in points (the current part is {@link OverlayPainter#LINE_WIDTH}). */
    static final double WIDTH = 0.9;
    static final int BANDS = 4;
    /** The ramp covers a quarter of the steps so far, at least 20 and at most the fully drawn recent steps. */
    static final double RAMP_FRACTION = 0.25;
    static final int MIN_RAMP_STEPS = 20;

    private Tail() {}

    /** The first step of the ramp at current step {@code last}. */
    static int rampStart(int last) {
        int steps = Math.min(ScreenPath.RECENT_STEPS, Math.max(MIN_RAMP_STEPS, (int) (RAMP_FRACTION * last)));
        return Math.max(0, last - steps);
    }

    /** The band of the segment that ends at {@code step}: -1 in the tail, 0..BANDS-1 over the ramp. */
    static int band(int step, int last) {
        int start = rampStart(last);
        if (step <= start) return -1;
        return (int) (((long) (step - start) * BANDS - 1) / (last - start)); // the last band ends at last
    }

    /** Opacity of the line where it reaches {@code step}: {@link #ALPHA} in the tail, rising to 1 at {@code last}. */
    static double alpha(int step, int last) {
        return alphaOf(band(step, last));
    }

    /** Width of the line where it reaches {@code step}, in points. */
    static double width(int step, int last) {
        return widthOf(band(step, last));
    }

    /** Opacity of band b (-1: the tail). */
    static double alphaOf(int band) {
        return ALPHA + (1 - ALPHA) * (band + 1) / BANDS;
    }

    static double widthOf(int band) {
        return WIDTH + (OverlayPainter.LINE_WIDTH - WIDTH) * (band + 1) / BANDS;
    }
}
