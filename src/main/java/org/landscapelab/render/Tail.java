package org.landscapelab.render;

/**
 * How strongly each part of a trajectory is drawn: the older part is a light, thin tail; over the
 * last {@value #RAMP_LENGTH} points of its line on screen the line ramps up in {@value #BANDS}
 * bands to full strength at the current step, so the eye finds where each path is now and which
 * way it went. The ramp is measured on screen, not in steps, so it costs the same for a path that
 * creeps and one that jumps. The tail's style does not depend on the current step, so the screen
 * draws it once and adds to it frame by frame; only the ramp is redrawn every frame.
 */
final class Tail {
    /** Opacity of the old part of a path: light, but still readable as a line over any colour map. */
    static final double ALPHA = 0.6;
    /** Width of the old part of a path, in points (the current part is {@link OverlayPainter#LINE_WIDTH}). */
    static final double WIDTH = 0.9;
    static final int BANDS = 4;
    /** Length of the ramp on screen, in points: about a quarter of a figure's plot at its default size. */
    static final double RAMP_LENGTH = 100;

    private Tail() {}

    /** The vertex where the ramp starts: the last one at least the ramp's length back along the line from the end. */
    static int rampStart(ScreenPath p, Style st) {
        if (p.size == 0) return 0;
        double from = p.along[p.size - 1] - st.size(RAMP_LENGTH);
        int lo = 0;
        int hi = p.size - 1;
        while (lo < hi) { // the last vertex with along <= from
            int mid = (lo + hi + 1) >>> 1;
            if (p.along[mid] <= from) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /**
     * The band of a segment ending {@code at} points along the line (-1: the tail), with the ramp
     * from {@code start} to {@code end} points along.
     */
    static int band(double at, double start, double end) {
        if (!(at > start)) return -1;
        return Math.min(BANDS - 1, (int) Math.ceil((at - start) / (end - start) * BANDS) - 1);
    }

    /** Opacity of band b (-1: the tail), rising to 1 in the last band. */
    static double alphaOf(int band) {
        return ALPHA + (1 - ALPHA) * (band + 1) / BANDS;
    }

    /** Width of band b (-1: the tail) in points, rising to {@link OverlayPainter#LINE_WIDTH} in the last band. */
    static double widthOf(int band) {
        return WIDTH + (OverlayPainter.LINE_WIDTH - WIDTH) * (band + 1) / BANDS;
    }
}
