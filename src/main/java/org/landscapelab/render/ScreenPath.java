package org.landscapelab.render;

import java.util.ArrayList;
import java.util.List;
import org.landscapelab.landscape.Point;

/**
 * A trajectory's vertices on screen from its start to step {@code last}: what its line passes
 * through, where its iterate dots go, and how far along the line each vertex is (so a line drawn
 * in pieces, frame by frame, continues its dashes). Always built from the start, so every piece
 * of a path agrees on its dots and dashes; the cost is bounded by thinning old steps.
 */
final class ScreenPath {
    /** Shortest segment of a drawn path, in points. */
    static final double MIN_SEGMENT = 0.75;
    /** Steps before the current one that are always drawn in full. */
    static final int RECENT_STEPS = 400;
    /** Vertices spent on the older part of a path at most. */
    static final int MAX_OLD_VERTICES = 800;
    /**
     * A dot where the path has moved this far (in points) from the previous dot: a fast path shows
     * every step, one that creeps or jitters in place gets a dot per 8 points instead of a blob.
     */
    static final double DOT_SPACING = 8;

    final double[] x;
    final double[] y;
    /** Screen length of the line from the start to each vertex. */
    final double[] along;
    final int[] step;
    /** Whether the line is broken before this vertex (the iterates before it were not finite). */
    final boolean[] moveTo;
    final boolean[] dot;
    final int size;

    private ScreenPath(int capacity) {
        x = new double[capacity];
        y = new double[capacity];
        along = new double[capacity];
        step = new int[capacity];
        moveTo = new boolean[capacity];
        dot = new boolean[capacity];
        size = 0;
    }

    private ScreenPath(ScreenPath b, int size) {
        x = b.x;
        y = b.y;
        along = b.along;
        step = b.step;
        moveTo = b.moveTo;
        dot = b.dot;
        this.size = size;
    }

    /**
     * The vertices of {@code pts} from 0 to {@code last} every {@code stride} iterates (last always
     * included). Vertices closer than {@value #MIN_SEGMENT} of a point to the previous one are
     * skipped, and older steps of a long run are thinned to about {@value #MAX_OLD_VERTICES}
     * vertices while the {@value #RECENT_STEPS} most recent are all kept: a frame costs what the
     * run's length on screen costs. Dots (when {@code dots}) follow {@link #DOT_SPACING}, none at
     * the start (it has a ring) or at {@code last} (it has the current marker).
     */
    static ScreenPath of(List<Point> pts, int last, int stride, PlotTransform tr, Style st, boolean dots) {
        int recent = Math.max(0, last + 1 - RECENT_STEPS);
        int oldStride = Math.max(stride, (int) Math.ceil(recent / (double) MAX_OLD_VERTICES));
        int capacity = Math.min(last + 1, recent / oldStride + (last + 1 - recent) / stride + 3);
        ScreenPath p = new ScreenPath(capacity);
        double minSegment = st.size(MIN_SEGMENT);
        double spacing = st.size(DOT_SPACING);
        int n = 0;
        boolean pen = false;
        double dotX = Double.NaN;
        double dotY = Double.NaN;
        for (int k = 0; ; k = Math.min(last, k + (k < recent ? oldStride : stride))) {
            Point q = pts.get(k);
            if (!(Double.isFinite(q.x()) && Double.isFinite(q.y()))) {
                pen = false; // a blow-up: break the line rather than draw to infinity
            } else {
                double sx = tr.screenX(q.x());
                double sy = tr.screenY(q.y());
                double dx = pen ? sx - p.x[n - 1] : 0;
                double dy = pen ? sy - p.y[n - 1] : 0;
                if (!(pen && k < last && Math.abs(dx) + Math.abs(dy) < minSegment)) {
                    p.x[n] = sx;
                    p.y[n] = sy;
                    p.step[n] = k;
                    p.moveTo[n] = !pen;
                    p.along[n] = n == 0 ? 0 : p.along[n - 1] + Math.sqrt(dx * dx + dy * dy); // not hypot: 10x slower, and no overflow here
                    if (k == 0 || Double.isNaN(dotX)) {
                        dotX = sx;
                        dotY = sy;
                    } else if (dots && k < last && (sx - dotX) * (sx - dotX) + (sy - dotY) * (sy - dotY) >= spacing * spacing) {
                        p.dot[n] = true;
                        dotX = sx;
                        dotY = sy;
                    }
                    pen = true;
                    n++;
                }
            }
            if (k == last) break;
        }
        return new ScreenPath(p, n);
    }

    /** The index of the last vertex at or before {@code s}, or 0. */
    int vertexAtStep(int s) {
        int lo = 0;
        int hi = size - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (step[mid] <= s) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /**
     * An exponential moving average of the iterates 0..last, s_k = s_{k−1} + α (p_k − s_{k−1}) with
     * α = {@link PathStyle#SMOOTHING}, restarted after any non-finite iterate (which it keeps).
     */
    static List<Point> smoothed(List<Point> pts, int last) {
        List<Point> out = new ArrayList<>(last + 1);
        double sx = Double.NaN;
        double sy = Double.NaN;
        for (int k = 0; k <= last; k++) {
            Point p = pts.get(k);
            if (!(Double.isFinite(p.x()) && Double.isFinite(p.y()))) {
                out.add(p);
                sx = Double.NaN;
                continue;
            }
            if (Double.isNaN(sx)) {
                sx = p.x();
                sy = p.y();
            } else {
                sx += PathStyle.SMOOTHING * (p.x() - sx);
                sy += PathStyle.SMOOTHING * (p.y() - sy);
            }
            out.add(new Point(sx, sy));
        }
        return out;
    }
}
