package org.landscapelab.landscape;

import java.util.List;

/**
 * The critical points of a landscape in a domain. {@code points} are the isolated ones. Where the
 * gradient vanishes along whole curves (the floor of the widening valley), no finite list is
 * complete: {@code curvePoints} samples those curves, for drawing, and is empty otherwise.
 */
public record CriticalSet(List<CriticalPoint> points, List<Point> curvePoints) {
    public CriticalSet {
        points = List.copyOf(points);
        curvePoints = List.copyOf(curvePoints);
    }

    public boolean hasCurves() {
        return !curvePoints.isEmpty();
    }
}
