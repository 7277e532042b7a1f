package org.landscapelab.ui.three;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.landscapelab.landscape.ColorScale;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Landscape;

class PathGeometryTest {
    private static final Landscape BOWL = Landscape.ofExpression("x^2 + y^2", new Domain(-2, 2, -2, 2));
    private static final SurfaceMesh MESH = SurfaceMesh.build(BOWL, BOWL.domain(), 41, ColorScale.LINEAR, 40);

    /** A spiral into the origin, inside the region, n points. */
    private static Path3D spiral(int n) {
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int k = 0; k < n; k++) {
            double r = 1.8 * (1 - (double) k / n);
            xs[k] = r * Math.cos(0.05 * k);
            ys[k] = r * Math.sin(0.05 * k);
        }
        return new Path3D("spiral", Color.ORANGE, xs, ys);
    }

    @Test
    void pointsLieJustAboveTheSurfaceAndAtLeastAtTheirOwnHeight() {
        Path3D path = spiral(300);
        PathGeometry g = PathGeometry.of(MESH, path, 299, 1000, 0.5);
        assertThat(g.pieces()).hasSize(1);
        List<ScenePoint> points = g.pieces().get(0);
        assertThat(points).hasSize(300);
        for (int k = 0; k < points.size(); k++) {
            double x = path.x(k);
            double y = path.y(k);
            double own = MESH.height(x * x + y * y);
            double expected = Math.max(own, MESH.surfaceHeight(x, y)) + 0.5;
            ScenePoint p = points.get(k);
            assertThat(-p.y()).isCloseTo(expected, within(1e-9));
            assertThat(-p.y()).isGreaterThanOrEqualTo(own + 0.5 - 1e-9);
            assertThat(p.x()).isCloseTo(MESH.sceneX(x), within(1e-9));
            assertThat(p.z()).isCloseTo(MESH.sceneZ(y), within(1e-9));
        }
        assertThat(g.current()).contains(points.get(299));
    }

    @Test
    void longPathsAreDecimatedWithAPowerOfTwoStrideThatKeepsTheirPoints() {
        assertThat(PathGeometry.stride(400, 400)).isEqualTo(1);
        assertThat(PathGeometry.stride(401, 400)).isEqualTo(2);
        assertThat(PathGeometry.stride(100_000, 400)).isEqualTo(256);
        assertThat(PathGeometry.stride(Integer.MAX_VALUE, 400)).isEqualTo(1 << 23);
        Path3D path = spiral(5000);
        PathGeometry before = PathGeometry.of(MESH, path, 3001, 400, 0.5);
        PathGeometry after = PathGeometry.of(MESH, path, 3003, 400, 0.5);
        assertThat(before.segments()).isLessThanOrEqualTo(400);
        List<ScenePoint> a = before.pieces().get(0);
        List<ScenePoint> b = after.pieces().get(0);
        // Stride 8: points 0, 8, ..., 3000 and the current one; growing the path keeps them all.
        assertThat(a).hasSize(376 + 1);
        assertThat(b.subList(0, a.size() - 1)).isEqualTo(a.subList(0, a.size() - 1));
        assertThat(after.current()).contains(b.get(b.size() - 1));
    }

    @Test
    void theStepIsClampedToThePath() {
        Path3D path = spiral(50);
        assertThat(PathGeometry.of(MESH, path, 10_000, 400, 0.5)).isEqualTo(PathGeometry.of(MESH, path, 49, 400, 0.5));
        PathGeometry none = PathGeometry.of(MESH, path, -1, 400, 0.5);
        assertThat(none.pieces()).isEmpty();
        assertThat(none.current()).isEmpty();
        PathGeometry first = PathGeometry.of(MESH, path, 0, 400, 0.5);
        assertThat(first.pieces()).isEmpty(); // one point is no segment, but it has a marker
        assertThat(first.current()).isPresent();
        assertThat(PathGeometry.of(MESH, new Path3D("empty", Color.RED, new double[0], new double[0]), 5, 400, 0.5).current()).isEmpty();
    }

    @Test
    void pointsOutsideTheRegionOrWhereFIsUndefinedBreakTheLine() {
        Path3D path = new Path3D("out and back", Color.RED,
                new double[] {0, 0.5, 1, 3, 3, 1, 0.5, 0},
                new double[] {0, 0, 0, 0, 1, 1, 1, 1});
        PathGeometry g = PathGeometry.of(MESH, path, 7, 400, 0.5);
        assertThat(g.pieces()).hasSize(2);
        assertThat(g.pieces().get(0)).hasSize(3);
        assertThat(g.pieces().get(1)).hasSize(3);
        PathGeometry leaving = PathGeometry.of(MESH, path, 4, 400, 0.5);
        assertThat(leaving.current()).isEmpty(); // the current point is outside: no marker

        Landscape log = Landscape.ofExpression("log(x) + y^2", new Domain(-1, 1, -1, 1));
        SurfaceMesh mesh = SurfaceMesh.build(log, log.domain(), 21, ColorScale.LINEAR, 40);
        Path3D across = new Path3D("across", Color.RED, new double[] {0.8, 0.5, -0.5, 0.4, 0.7}, new double[] {0, 0, 0, 0, 0});
        PathGeometry broken = PathGeometry.of(mesh, across, 4, 400, 0.5);
        assertThat(broken.pieces()).hasSize(2);
        for (List<ScenePoint> piece : broken.pieces()) {
            for (ScenePoint p : piece) assertThat(Double.isFinite(p.y())).isTrue();
        }
    }
}
