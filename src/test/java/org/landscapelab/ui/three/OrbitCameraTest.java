package org.landscapelab.ui.three;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point3D;
import org.junit.jupiter.api.Test;

/** The surface's box fits the view, whatever its shape, the view's aspect and the orientation. */
class OrbitCameraTest {
    private static final double[][] BOXES = {{100, 100, 10}, {100, 100, 100}, {100, 30, 50}, {100, 100, 0}};
    private static final double[] ASPECTS = {0.4, 1, 16.0 / 9, 3};

    /** The largest fraction of the half-width or half-height of the view that a corner of the box reaches. */
    private static double reach(OrbitCamera orbit, double w, double d, double h, double aspect) {
        double tanV = Math.tan(Math.toRadians(OrbitCamera.FIELD_OF_VIEW / 2));
        double tanH = tanV * aspect;
        double cameraZ = orbit.camera().getTranslateZ();
        double most = 0;
        for (double x : new double[] {-w / 2, w / 2}) {
            for (double y : new double[] {0, -h}) {
                for (double z : new double[] {-d / 2, d / 2}) {
                    Point3D p = orbit.elevation().transform(orbit.azimuth().transform(orbit.centre().transform(x, y, z)));
                    double depth = p.getZ() - cameraZ;
                    assertThat(depth).isPositive();
                    assertThat(depth).isLessThanOrEqualTo(orbit.camera().getFarClip());
                    most = Math.max(most, Math.max(Math.abs(p.getX()) / depth / tanH, Math.abs(p.getY()) / depth / tanV));
                }
            }
        }
        return most;
    }

    @Test
    void everyCornerIsInViewFromEveryAngle() {
        for (double[] box : BOXES) {
            for (double aspect : ASPECTS) {
                OrbitCamera orbit = new OrbitCamera();
                orbit.frame(box[0], box[1], box[2]);
                orbit.setAspect(aspect);
                for (double az = -180; az < 180; az += 30) {
                    for (double el = OrbitCamera.MIN_ELEVATION; el <= OrbitCamera.MAX_ELEVATION; el += 17) {
                        orbit.reset();
                        orbit.rotateBy(az - OrbitCamera.DEFAULT_AZIMUTH, el - OrbitCamera.DEFAULT_ELEVATION);
                        assertThat(reach(orbit, box[0], box[1], box[2], aspect))
                                .as("box %s x %s x %s, aspect %s, azimuth %s, elevation %s", box[0], box[1], box[2], aspect, az, el)
                                .isLessThan(1);
                    }
                }
            }
        }
    }

    @Test
    void theDefaultViewFillsMostOfTheView() {
        for (double aspect : ASPECTS) {
            OrbitCamera orbit = new OrbitCamera();
            orbit.frame(100, 100, 40);
            orbit.setAspect(aspect);
            assertThat(reach(orbit, 100, 100, 40, aspect)).as("aspect %s", aspect).isBetween(0.6, 1.0);
        }
    }

    @Test
    void aNarrowViewMovesTheCameraBack() {
        OrbitCamera orbit = new OrbitCamera();
        orbit.frame(100, 100, 40);
        orbit.setAspect(2);
        double wide = -orbit.camera().getTranslateZ();
        orbit.setAspect(0.5);
        assertThat(-orbit.camera().getTranslateZ()).isGreaterThan(1.5 * wide);
    }
}
