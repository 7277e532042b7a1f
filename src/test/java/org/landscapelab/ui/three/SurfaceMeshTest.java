package org.landscapelab.ui.three;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.landscapelab.landscape.Catalog;
import org.landscapelab.landscape.ColorScale;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.LandscapeFunction;
import org.landscapelab.render.ValueScale;

class SurfaceMeshTest {
    private static final double FLOAT = 1e-4; // the mesh holds floats: ~1e-7 of 100 scene units

    private static Landscape catalog(String id) {
        return Catalog.builtIn().byId(id).orElseThrow();
    }

    private static double clamp01(double t) {
        return Math.max(0, Math.min(1, t));
    }

    @Test
    void heightsAndTextureCoordinatesAreTheScaledValuesAtTheNodes() {
        Landscape himmelblau = catalog("himmelblau");
        // A range narrower than f's, so the clamping at both ends is exercised too.
        ValueScale scale = new ValueScale(ColorScale.LINEAR, 20, 500);
        SurfaceMesh mesh = SurfaceMesh.build(himmelblau, himmelblau.domain(), 41, scale, 30);
        assertNodesFollow(mesh, himmelblau.function(), scale, 30);
    }

    @Test
    void goldsteinPriceOnItsLogScale() {
        Landscape gp = catalog("goldstein_price");
        SurfaceMesh mesh = SurfaceMesh.build(gp, gp.domain(), 61, ColorScale.LOG, 40);
        assertThat(mesh.scale().kind()).isEqualTo(ColorScale.LOG);
        assertThat(mesh.scale().min()).isCloseTo(3, within(0.5)); // the global minimum f(0, -1) = 3 lies on a node
        assertNodesFollow(mesh, gp.function(), mesh.scale(), 40);
        // Log heights: f = 3 on the floor, and f = 3000 (three decades up of ~5.5) about halfway.
        assertThat(mesh.height(mesh.scale().min())).isZero();
        double t = (Math.log10(3000) - Math.log10(mesh.scale().min())) / (Math.log10(mesh.scale().max()) - Math.log10(mesh.scale().min()));
        assertThat(mesh.height(3000)).isCloseTo(40 * t, within(1e-9));
    }

    private static void assertNodesFollow(SurfaceMesh mesh, LandscapeFunction f, ValueScale scale, double factor) {
        SurfaceGrid grid = mesh.grid();
        float[] points = mesh.points();
        float[] tex = mesh.texCoords();
        for (int j = 0; j < grid.ny(); j++) {
            for (int i = 0; i < grid.nx(); i++) {
                int k = j * grid.nx() + i;
                double t = clamp01(scale.fraction(f.value(grid.x(i), grid.y(j))));
                assertThat((double) -points[3 * k + 1]).as("height of node (%d, %d)", i, j).isCloseTo(t * factor, within(FLOAT));
                assertThat((double) points[3 * k]).isCloseTo(mesh.sceneX(grid.x(i)), within(FLOAT));
                assertThat((double) points[3 * k + 2]).isCloseTo(mesh.sceneZ(grid.y(j)), within(FLOAT));
                assertThat(tex[2 * k]).as("u of node (%d, %d)", i, j).isCloseTo((float) SurfaceMesh.textureU(t), within(1e-6f));
                assertThat(tex[2 * k + 1]).isEqualTo(0.5f);
            }
        }
    }

    @Test
    void textureCoordinatesHitTexelCentresAtTheEndsOfTheMap() {
        assertThat(SurfaceMesh.textureU(0) * SurfaceMesh.TEXTURE_WIDTH).isCloseTo(0.5, within(1e-12));
        assertThat(SurfaceMesh.textureU(1) * SurfaceMesh.TEXTURE_WIDTH).isCloseTo(SurfaceMesh.TEXTURE_WIDTH - 0.5, within(1e-12));
        // Texel k holds the colour at t = k / (width - 1): u lands on t's place between texels.
        double t = 0.37;
        assertThat(SurfaceMesh.textureU(t) * SurfaceMesh.TEXTURE_WIDTH - 0.5).isCloseTo(t * (SurfaceMesh.TEXTURE_WIDTH - 1), within(1e-9));
    }

    @Test
    void facesIndexValidNodesAndFaceUp() {
        Landscape rastrigin = catalog("rastrigin");
        SurfaceMesh mesh = SurfaceMesh.build(rastrigin, rastrigin.domain(), 33, ColorScale.LINEAR, 40);
        int nodes = mesh.grid().nx() * mesh.grid().ny();
        int[] faces = mesh.faces();
        float[] p = mesh.points();
        assertThat(faces.length).isEqualTo(6 * 2 * (mesh.grid().nx() - 1) * (mesh.grid().ny() - 1));
        for (int f = 0; f < faces.length; f += 6) {
            for (int c = 0; c < 6; c += 2) {
                assertThat(faces[f + c]).isBetween(0, nodes - 1);
                assertThat(faces[f + c + 1]).isEqualTo(faces[f + c]); // one texture coordinate per node
            }
            // JavaFX lights (a, b, c) on the side of (b - a) x (c - a): that must be up, -y.
            int a = 3 * faces[f];
            int b = 3 * faces[f + 2];
            int c = 3 * faces[f + 4];
            double abx = p[b] - p[a];
            double abz = p[b + 2] - p[a + 2];
            double acx = p[c] - p[a];
            double acz = p[c + 2] - p[a + 2];
            assertThat(abz * acx - abx * acz).as("y of the face normal").isNegative();
        }
    }

    @Test
    void keepsTheAspectOfTheRegion() {
        Landscape wide = Landscape.ofExpression("x^2 + y^2", new Domain(0, 4, -0.5, 0.5));
        SurfaceMesh mesh = SurfaceMesh.build(wide, wide.domain(), 161, ColorScale.LINEAR, 40);
        assertThat(mesh.grid().nx()).isEqualTo(161);
        assertThat(mesh.grid().ny()).isEqualTo(41);
        assertThat(mesh.sceneWidth()).isCloseTo(SurfaceMesh.SPAN, within(1e-9));
        assertThat(mesh.sceneDepth()).isCloseTo(SurfaceMesh.SPAN / 4, within(1e-9));
        assertExtent(mesh.points(), 0, -50, 50);
        assertExtent(mesh.points(), 2, -12.5, 12.5);

        Landscape tall = Landscape.ofExpression("x^2 + y^2", new Domain(-1, 2, 0, 10));
        SurfaceMesh t = SurfaceMesh.build(tall, tall.domain(), 101, ColorScale.LINEAR, 40);
        assertThat(t.grid().ny()).isEqualTo(101);
        assertThat(t.grid().nx()).isEqualTo(31);
        assertExtent(t.points(), 0, -15, 15);
        assertExtent(t.points(), 2, -50, 50);
        // Square cells: the same scene length per unit of x and of y.
        assertThat((t.sceneX(2) - t.sceneX(-1)) / 3).isCloseTo((t.sceneZ(10) - t.sceneZ(0)) / 10, within(1e-12));
    }

    private static void assertExtent(float[] points, int axis, double lo, double hi) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int k = axis; k < points.length; k += 3) {
            min = Math.min(min, points[k]);
            max = Math.max(max, points[k]);
        }
        assertThat(min).isCloseTo(lo, within(FLOAT));
        assertThat(max).isCloseTo(hi, within(FLOAT));
    }

    @Test
    void undefinedValuesLeaveAHoleAndInfinitiesAreClamped() {
        // log x is NaN for x < 0 and -inf at x = 0, which is a node here (41 nodes over [-1, 1]).
        Landscape log = Landscape.ofExpression("log(x) + y^2", new Domain(-1, 1, -1, 1));
        SurfaceMesh mesh = SurfaceMesh.build(log, log.domain(), 41, ColorScale.LOG, 40);
        SurfaceGrid grid = mesh.grid();
        assertThat(grid.x(20)).isZero();
        for (float v : mesh.points()) assertThat(Float.isFinite(v)).isTrue();
        for (float v : mesh.texCoords()) assertThat(Float.isFinite(v)).isTrue();
        int[] faces = mesh.faces();
        assertThat(faces).isNotEmpty();
        float[] p = mesh.points();
        for (int f = 0; f < faces.length; f += 2) {
            assertThat(p[3 * faces[f]]).as("x of a face's node").isGreaterThanOrEqualTo(0f);
        }
        // 20 of 40 cell columns have a node with x < 0; the other 20 are whole.
        assertThat(faces.length).isEqualTo(6 * 2 * 20 * 40);
        for (int j = 0; j < grid.ny(); j++) {
            assertThat(mesh.nodeHeight(19, j)).isNaN();
            assertThat(mesh.nodeHeight(20, j)).isZero(); // -inf on the floor
        }
        assertThat(mesh.height(Double.POSITIVE_INFINITY)).isEqualTo(40);
        assertThat(mesh.height(Double.NEGATIVE_INFINITY)).isZero();
        assertThat(mesh.height(Double.NaN)).isNaN();
        assertThat(mesh.toScene(-0.5, 0, Double.NaN).y()).isNaN();
        assertThat(mesh.surfaceHeight(-0.5, 0.3)).isNaN();
        assertThat(mesh.surfaceHeight(0.5, 0.3)).isFinite();
    }

    @Test
    void undefinedEverywhereGivesAnEmptySurfaceNotAnError() {
        Landscape nowhere = Landscape.ofExpression("sqrt(-1 - x^2)", new Domain(-1, 1, -1, 1));
        SurfaceMesh mesh = SurfaceMesh.build(nowhere, nowhere.domain(), 21, ColorScale.LINEAR, 40);
        assertThat(mesh.isEmpty()).isTrue();
        assertThat(mesh.faces()).isEmpty();
        for (float v : mesh.points()) assertThat(Float.isFinite(v)).isTrue();
    }

    @Test
    void aPointOfTheLandscapeMapsToTheSurfaceThere() {
        Landscape himmelblau = catalog("himmelblau");
        SurfaceMesh mesh = SurfaceMesh.build(himmelblau, himmelblau.domain(), 81, ColorScale.LINEAR, 40);
        LandscapeFunction f = himmelblau.function();
        SurfaceGrid grid = mesh.grid();
        float[] points = mesh.points();
        SplittableRandom random = new SplittableRandom(11);
        for (int n = 0; n < 200; n++) {
            // At the nodes: exactly the mesh's vertex.
            int i = random.nextInt(grid.nx());
            int j = random.nextInt(grid.ny());
            int k = j * grid.nx() + i;
            ScenePoint s = mesh.toScene(grid.x(i), grid.y(j), f.value(grid.x(i), grid.y(j)));
            assertThat(s.x()).isCloseTo(points[3 * k], within(FLOAT));
            assertThat(s.y()).isCloseTo(points[3 * k + 1], within(FLOAT));
            assertThat(s.z()).isCloseTo(points[3 * k + 2], within(FLOAT));
            assertThat(mesh.surfaceHeight(grid.x(i), grid.y(j))).isCloseTo(-points[3 * k + 1], within(FLOAT));
            // Between nodes: within the surface's deviation from its chords, small on a fine grid.
            double x = random.nextDouble(-5, 5);
            double y = random.nextDouble(-5, 5);
            assertThat(-mesh.toScene(x, y, f.value(x, y)).y()).isCloseTo(mesh.surfaceHeight(x, y), within(0.2));
        }
    }

    @Test
    void onAPlaneTheMappingAndTheDrawnSurfaceAgreeEverywhere() {
        // A plane is drawn exactly by any triangulation, so f's height is the surface's at every point.
        Landscape plane = Landscape.ofExpression("x + 2*y", new Domain(-1, 3, 0, 2));
        SurfaceMesh mesh = SurfaceMesh.build(plane, plane.domain(), 17, ColorScale.LINEAR, 25);
        SplittableRandom random = new SplittableRandom(5);
        for (int n = 0; n < 500; n++) {
            double x = random.nextDouble(-1, 3);
            double y = random.nextDouble(0, 2);
            assertThat(-mesh.toScene(x, y, x + 2 * y).y()).isCloseTo(mesh.surfaceHeight(x, y), within(1e-9));
        }
        assertThat(mesh.surfaceHeight(3.5, 1)).isNaN();
    }
}
