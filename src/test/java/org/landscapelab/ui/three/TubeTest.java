package org.landscapelab.ui.three;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TubeTest {

    @Test
    void ringsSurroundEachPointAtTheRadiusAndFacesPointOutwards() {
        List<ScenePoint> line = List.of(new ScenePoint(0, 0, 0), new ScenePoint(10, -2, 0), new ScenePoint(10, -4, 10),
                new ScenePoint(10, -40, 10.5), new ScenePoint(-5, -40, 10.5));
        List<ScenePoint> lone = List.of(new ScenePoint(50, 0, 50)); // a one-point piece has no tube
        int sides = 6;
        Tube tube = Tube.around(List.of(line, lone), 0.5, sides);
        float[] p = tube.points();
        int[] faces = tube.faces();
        assertThat(p).hasSize(3 * sides * line.size());
        assertThat(faces).hasSize(6 * 2 * sides * (line.size() - 1));
        for (int k = 0; k < line.size(); k++) {
            for (int s = 0; s < sides; s++) {
                int o = 3 * (k * sides + s);
                assertThat(new ScenePoint(p[o], p[o + 1], p[o + 2]).distance(line.get(k))).isCloseTo(0.5, within(1e-5));
            }
        }
        for (int f = 0; f < faces.length; f += 6) {
            int a = faces[f];
            int b = faces[f + 2];
            int c = faces[f + 4];
            assertThat(faces[f + 1]).isZero();
            double[] n = cross(sub(p, b, a), sub(p, c, a));
            // Outward: along the direction from the ring's centre to the triangle's centre.
            ScenePoint centre = line.get(Math.min(a, Math.min(b, c)) / sides);
            double[] out = {
                (p[3 * a] + p[3 * b] + p[3 * c]) / 3 - centre.x(),
                (p[3 * a + 1] + p[3 * b + 1] + p[3 * c + 1]) / 3 - centre.y(),
                (p[3 * a + 2] + p[3 * b + 2] + p[3 * c + 2]) / 3 - centre.z()};
            assertThat(n[0] * out[0] + n[1] * out[1] + n[2] * out[2]).isPositive();
        }
    }

    @Test
    void repeatedPointsGiveAFiniteTube() {
        ScenePoint a = new ScenePoint(1, 2, 3);
        Tube tube = Tube.around(List.of(List.of(a, a, new ScenePoint(1, 2, 3))), 0.3, 5);
        for (float v : tube.points()) assertThat(Float.isFinite(v)).isTrue();
    }

    private static double[] sub(float[] p, int i, int j) {
        return new double[] {p[3 * i] - p[3 * j], p[3 * i + 1] - p[3 * j + 1], p[3 * i + 2] - p[3 * j + 2]};
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }
}
