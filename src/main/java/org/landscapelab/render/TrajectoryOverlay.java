package org.landscapelab.render;

import java.awt.Color;
import java.util.List;
import org.landscapelab.landscape.Point;

/**
 * An optimizer's path so far: a polyline through its iterates from the start to the current step,
 * with a marker there and, if it diverged by then, a cross at the divergence point. Non-finite
 * points break the line. {@code current} and {@code divergedAt} are indices into {@code points}, or
 * -1 (current: the whole path; divergedAt: none). A hidden path (its legend entry clicked off) is
 * not drawn, but keeps its dimmed legend entry and its place in the order of marker shapes. Pass an unmodifiable list (List.of, toList()) and
 * it is kept as it is, not copied, so an animation frame costs no copy of a long path.
 */
public record TrajectoryOverlay(String label, Color color, List<Point> points, int current, int divergedAt, boolean hidden)
        implements Overlay {
    public TrajectoryOverlay {
        label = label == null ? "" : label;
        points = List.copyOf(points);
        if (current < -1 || current >= points.size()) throw new IllegalArgumentException("current step " + current + " outside 0.." + (points.size() - 1));
        if (divergedAt < -1 || divergedAt >= points.size()) throw new IllegalArgumentException("divergence step " + divergedAt + " outside 0.." + (points.size() - 1));
    }

    /** A path in view. */
    public TrajectoryOverlay(String label, Color color, List<Point> points, int current, int divergedAt) {
        this(label, color, points, current, divergedAt, false);
    }

    /** The whole path, the current step at its end, not diverged. */
    public static TrajectoryOverlay of(String label, Color color, List<Point> points) {
        return new TrajectoryOverlay(label, color, points, points.size() - 1, -1);
    }

    public TrajectoryOverlay withCurrent(int step) {
        return new TrajectoryOverlay(label, color, points, step, divergedAt, hidden);
    }

    public TrajectoryOverlay withDivergenceAt(int step) {
        return new TrajectoryOverlay(label, color, points, current, step, hidden);
    }

    public TrajectoryOverlay withHidden(boolean hide) {
        return new TrajectoryOverlay(label, color, points, current, divergedAt, hide);
    }
}
