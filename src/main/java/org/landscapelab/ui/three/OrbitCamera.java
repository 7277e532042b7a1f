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
    /** Camera distance over the surface's span. */
    static final double DEFAULT_DISTANCE = 2.75;
    static final double MIN_DISTANCE = 0.8;
    static final double MAX_DISTANCE = 8;

    private final PerspectiveCamera camera = new PerspectiveCamera(true);
    private final Rotate elevation = new Rotate(DEFAULT_ELEVATION, Rotate.X_AXIS);
    private final Rotate azimuth = new Rotate(DEFAULT_AZIMUTH, Rotate.Y_AXIS);
    private final Translate centre = new Translate();
    private double distance = DEFAULT_DISTANCE;

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

    /** Turns about the middle of a box of this height (scene units, from the floor up). */
    void centreOn(double boxHeight) {
        centre.setY(boxHeight / 2); // the floor is y = 0 and heights are negative y
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
        camera.setTranslateZ(-distance * SurfaceMesh.SPAN);
    }

    private static double normalized(double degrees) {
        double a = degrees % 360;
        return a > 180 ? a - 360 : a <= -180 ? a + 360 : a;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
