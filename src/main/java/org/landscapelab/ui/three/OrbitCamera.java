package org.landscapelab.ui.three;

import javafx.scene.PerspectiveCamera;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Translate;

/**
 * A camera orbiting the surface: the world turns under a fixed camera, first about the vertical
 * axis (azimuth) then about the horizontal screen axis (elevation), around the middle of the
 * surface's box. Angles are in degrees; elevation 90 looks straight down.
 */
final class OrbitCamera {
    static final double DEFAULT_AZIMUTH = -35;
    static final double DEFAULT_ELEVATION = 34;
    static final double MIN_ELEVATION = 5;
    static final double MAX_ELEVATION = 90;
    /** Camera distance over the radius of the surface's box; the default fits the box with a margin. */
    static final double DEFAULT_DISTANCE = 3.75;
    static final double MIN_DISTANCE = 1.1;
    static final double MAX_DISTANCE = 11;

    private final PerspectiveCamera camera = new PerspectiveCamera(true);
    private final Rotate elevation = new Rotate(DEFAULT_ELEVATION, Rotate.X_AXIS);
    private final Rotate azimuth = new Rotate(DEFAULT_AZIMUTH, Rotate.Y_AXIS);
    private final Translate centre = new Translate();
    private double distance = DEFAULT_DISTANCE;
    private double radius = SurfaceMesh.SPAN / 2;

    OrbitCamera() {
        camera.setFieldOfView(30);
        camera.setNearClip(1);
        camera.setFarClip(40 * SurfaceMesh.SPAN);
        place();
    }

    PerspectiveCamera camera() { return camera; }

    /** The world's transforms, outermost first: elevation, azimuth, centring. */
    Rotate elevation() { return elevation; }

    Rotate azimuth() { return azimuth; }

    Translate centre() { return centre; }

    /**
     * Turns about the middle of the surface's box (scene units; centred on the origin, the floor at
     * y = 0) and keeps it in view: distances are in units of the box's radius.
     */
    void frame(double width, double depth, double height) {
        centre.setY(height / 2); // heights are negative y
        radius = Math.sqrt(width * width + depth * depth + height * height) / 2;
        place();
    }

    void rotateBy(double dAzimuth, double dElevation) {
        azimuth.setAngle(normalized(azimuth.getAngle() + dAzimuth));
        elevation.setAngle(clamp(elevation.getAngle() + dElevation, MIN_ELEVATION, MAX_ELEVATION));
    }

    /** Moves closer for factor &lt; 1, within limits. */
    void zoomBy(double factor) {
        distance = clamp(distance * factor, MIN_DISTANCE, MAX_DISTANCE);
        place();
    }

    void reset() {
        azimuth.setAngle(DEFAULT_AZIMUTH);
        elevation.setAngle(DEFAULT_ELEVATION);
        distance = DEFAULT_DISTANCE;
        place();
    }

    double azimuthAngle() { return azimuth.getAngle(); }

    double elevationAngle() { return elevation.getAngle(); }

    double distance() { return distance; }

    private void place() {
        camera.setTranslateZ(-distance * radius);
    }

    private static double normalized(double degrees) {
        double a = degrees % 360;
        return a > 180 ? a - 360 : a <= -180 ? a + 360 : a;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
