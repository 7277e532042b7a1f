package org.landscapelab.ui.three;

/**
 * A point in the 3D scene's coordinates, which are JavaFX's: x to the right (east, increasing x of
 * the landscape), y down (so heights are negative y), z away from a viewer looking north
 * (increasing y of the landscape).
 */
public record ScenePoint(double x, double y, double z) {
    public double distance(ScenePoint o) {
        double dx = x - o.x;
        double dy = y - o.y;
        double dz = z - o.z;
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
}
