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
    /**
     * Camera distance in units of the distance at which the surface's box just fits the view (its
     * bounding sphere inside the narrower of the two viewing angles, at every orientation): 1 fits.
     */
    static final double DEFAULT_DISTANCE = 1;
    static final double MIN_DISTANCE = 0.3;
    static final double MAX_DISTANCE = 3;
    /** Vertical field of view, degrees: little perspective distortion. */
    static final double FIELD_OF_VIEW = 30;
    /** Room around the fitted box for the frame's tick labels. */
    static final double MARGIN = 1.06;
    /** Views narrower than this (width over height) are fitted as if this wide, so the camera stays inside the far clip. */
    static final double MIN_ASPECT = 0.2;

    private final PerspectiveCamera camera = new PerspectiveCamera(true);
    private final Rotate elevation = new Rotate(DEFAULT_ELEVATION, Rotate.X_AXIS);
    private final Rotate azimuth = new Rotate(DEFAULT_AZIMUTH, Rotate.Y_AXIS);
    private final Translate centre = new Translate();
    private double distance = DEFAULT_DISTANCE;
    private double radius = SurfaceMesh.SPAN / 2;
    private double aspect = 1;

    OrbitCamera() {
        camera.setFieldOfView(FIELD_OF_VIEW);
        camera.setNearClip(1);
        place();
    }

    PerspectiveCamera camera() { return camera; }

    /** The world's transforms, outermost first: elevation, azimuth, centring. */
    Rotate elevation() { return elevation; }

    Rotate azimuth() { return azimuth; }

    Translate centre() { return centre; }

    /**
     * Turns about the middle of the surface's box (scene units; centred on the origin, the floor at
     * y = 0) and keeps it in view: distances are in units of the distance that fits its box.
     */
    void frame(double width, double depth, double height) {
        centre.setY(height / 2); // heights are negative y
        radius = Math.sqrt(width * width + depth * depth + height * height) / 2;
        place();
    }

    /** The view's width over its height: a narrow view needs the camera further away. */
    void setAspect(double widthOverHeight) {
        if (!(widthOverHeight > 0) || !Double.isFinite(widthOverHeight)) return;
        aspect = Math.max(MIN_ASPECT, widthOverHeight);
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
        double d = distance * fittingDistance(radius, aspect);
        camera.setTranslateZ(-d);
        camera.setFarClip(d + 2 * radius); // the far side of the box, however it is turned
    }

    /**
     * The distance from which a sphere of this radius just fits a view of this aspect: it subtends
     * asin(radius / distance), which must stay within half the vertical field of view and half the
     * horizontal one (tan(h/2) = aspect × tan(v/2)); with a margin.
     */
    static double fittingDistance(double radius, double aspect) {
        double halfVertical = Math.toRadians(FIELD_OF_VIEW / 2);
        double halfHorizontal = Math.atan(Math.tan(halfVertical) * aspect);
        return MARGIN * radius / Math.sin(Math.min(halfVertical, halfHorizontal));
    }

    private static double normalized(double degrees) {
        double a = degrees % 360;
        return a > 180 ? a - 360 : a <= -180 ? a + 360 : a;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
