package org.landscapelab.ui.three;

import org.landscapelab.landscape.ColorScale;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.LandscapeFunction;
import org.landscapelab.render.Raster;
import org.landscapelab.render.ValueScale;

/**
 * The geometry of a landscape's surface, in the arrays a JavaFX {@code TriangleMesh} takes, built
 * without any scene graph so it can be computed off the FX thread and tested headless. Immutable.
 *
 * <p>Scene coordinates are those of {@link ScenePoint}. The region is centred on the origin and
 * its longer side spans {@value #SPAN} units, the shorter one proportionally (the aspect is kept).
 * The height of a value f is t x heightFactor with t = scale.fraction(f) clamped to [0, 1]: values
 * below the scale's range lie on the floor, above it on the top, -inf on the floor and +inf on the
 * top. Where f is NaN (log x for x &lt;= 0) a node has no height: the triangles touching it are left
 * out, so the surface has a hole there just as the 2D heatmap is transparent.
 *
 * <p>Each node has one texture coordinate, u from t, v = 1/2, for a colour-map texture
 * {@value #TEXTURE_WIDTH} texels wide. u is inset by half a texel ({@link #textureU}) because JavaFX
 * repeats textures: u = 0 exactly would blend the two ends of the map.
 */
public final class SurfaceMesh {
    /** Scene length of the region's longer side. */
    public static final double SPAN = 100;
    /** Width of the colour-map texture that u indexes. */
    public static final int TEXTURE_WIDTH = 256;

    private final SurfaceGrid grid;
    private final ValueScale scale;
    private final double heightFactor;
    private final LandscapeFunction function;
    private final double unit; // scene units per unit of x or y
    private final double[] heights; // per node, NaN where f is NaN
    private final float[] points;
    private final float[] texCoords;
    private final int[] faces;

    private SurfaceMesh(SurfaceGrid grid, Raster nodes, ValueScale scale, double heightFactor, LandscapeFunction function) {
        if (!(heightFactor > 0 && Double.isFinite(heightFactor))) {
            throw new IllegalArgumentException("height factor must be a positive number, got " + heightFactor);
        }
        this.grid = grid;
        this.scale = scale;
        this.heightFactor = heightFactor;
        this.function = function;
        Domain region = grid.region();
        this.unit = SPAN / Math.max(region.width(), region.height());
        int nx = grid.nx();
        int ny = grid.ny();
        heights = new double[nx * ny];
        points = new float[3 * nx * ny];
        texCoords = new float[2 * nx * ny];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int k = j * nx + i;
                double t = fraction(nodes.value(i, j));
                heights[k] = t * heightFactor;
                points[3 * k] = (float) sceneX(grid.x(i));
                points[3 * k + 1] = Double.isNaN(t) ? 0f : (float) -heights[k];
                points[3 * k + 2] = (float) sceneZ(grid.y(j));
                texCoords[2 * k] = (float) textureU(Double.isNaN(t) ? 0 : t);
                texCoords[2 * k + 1] = 0.5f;
            }
        }
        faces = triangles(grid, heights);
    }

    /** Samples f at the grid of {@code resolution} nodes along the region's longer side and builds the surface. */
    public static SurfaceMesh build(Landscape landscape, Domain region, int resolution, ValueScale scale, double heightFactor) {
        SurfaceGrid grid = SurfaceGrid.of(region, resolution);
        return of(grid, grid.sample(landscape.surface()), scale, heightFactor, landscape.surface());
    }

    /** The same on the {@link HeightScale} of {@code kind} over the samples: the view's choice. */
    public static SurfaceMesh build(Landscape landscape, Domain region, int resolution, ColorScale kind, double heightFactor) {
        SurfaceGrid grid = SurfaceGrid.of(region, resolution);
        Raster nodes = grid.sample(landscape.surface());
        return of(grid, nodes, HeightScale.of(kind, nodes), heightFactor, landscape.surface());
    }

    /** The surface through values already sampled at the grid's nodes ({@link SurfaceGrid#sample}). */
    public static SurfaceMesh of(SurfaceGrid grid, Raster nodes, ValueScale scale, double heightFactor, LandscapeFunction function) {
        if (nodes.nx() != grid.nx() || nodes.ny() != grid.ny()) {
            throw new IllegalArgumentException("samples are " + nodes.nx() + " x " + nodes.ny() + ", the grid " + grid.nx() + " x " + grid.ny());
        }
        return new SurfaceMesh(grid, nodes, scale, heightFactor, function);
    }

    /** Two triangles per cell, split along the diagonal from (i, j) to (i + 1, j + 1); none touching a node without height. */
    private static int[] triangles(SurfaceGrid grid, double[] heights) {
        int nx = grid.nx();
        int[] out = new int[12 * (nx - 1) * (grid.ny() - 1)];
        int n = 0;
        for (int j = 0; j + 1 < grid.ny(); j++) {
            for (int i = 0; i + 1 < nx; i++) {
                int a = j * nx + i;
                int b = a + 1;
                int c = a + nx;
                int d = c + 1;
                // Counter-clockwise seen from above: JavaFX lights (a, b, c) on the side of (b - a) x (c - a), up here.
                if (defined(heights, a, b, d)) n = face(out, n, a, b, d);
                if (defined(heights, a, d, c)) n = face(out, n, a, d, c);
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static boolean defined(double[] h, int p, int q, int r) {
        return !Double.isNaN(h[p]) && !Double.isNaN(h[q]) && !Double.isNaN(h[r]);
    }

    /** Point and texture index are the same: one texture coordinate per node. */
    private static int face(int[] out, int n, int p, int q, int r) {
        out[n] = p;
        out[n + 1] = p;
        out[n + 2] = q;
        out[n + 3] = q;
        out[n + 4] = r;
        out[n + 5] = r;
        return n + 6;
    }

    /** t = scale.fraction(f) clamped to [0, 1]; NaN for NaN. */
    public double fraction(double f) {
        double t = scale.fraction(f);
        if (Double.isNaN(t)) return Double.NaN;
        return t <= 0 ? 0 : t >= 1 ? 1 : t;
    }

    /** Height above the floor of a value f, in scene units (up is -y in the scene); NaN for NaN. */
    public double height(double f) {
        return fraction(f) * heightFactor;
    }

    /** Texture coordinate u of a fraction t in [0, 1]: the centre of texel 0 for t = 0, of the last texel for t = 1. */
    public static double textureU(double t) {
        return (0.5 + t * (TEXTURE_WIDTH - 1)) / TEXTURE_WIDTH;
    }

    /** The landscape point (x, y) with value f in scene coordinates; y is NaN where f is NaN. */
    public ScenePoint toScene(double x, double y, double f) {
        return new ScenePoint(sceneX(x), -height(f), sceneZ(y));
    }

    public double sceneX(double x) {
        return (x - grid.region().centerX()) * unit;
    }

    public double sceneZ(double y) {
        return (y - grid.region().centerY()) * unit;
    }

    /**
     * Height of the drawn surface at (x, y): linear on the triangle of the mesh that holds the point,
     * so between nodes it is the chord, not f. NaN outside the region and on holes.
     */
    public double surfaceHeight(double x, double y) {
        Domain r = grid.region();
        if (!r.contains(x, y)) return Double.NaN;
        double gx = (x - r.xMin()) / r.width() * (grid.nx() - 1);
        double gy = (y - r.yMin()) / r.height() * (grid.ny() - 1);
        int i = Math.min((int) gx, grid.nx() - 2);
        int j = Math.min((int) gy, grid.ny() - 2);
        double fx = gx - i;
        double fy = gy - j;
        int a = j * grid.nx() + i;
        double ha = heights[a];
        double hd = heights[a + grid.nx() + 1];
        if (fx >= fy) {
            double hb = heights[a + 1];
            return ha + fx * (hb - ha) + fy * (hd - hb);
        }
        double hc = heights[a + grid.nx()];
        return ha + fy * (hc - ha) + fx * (hd - hc);
    }

    public SurfaceGrid grid() { return grid; }

    public Domain region() { return grid.region(); }

    public ValueScale scale() { return scale; }

    public double heightFactor() { return heightFactor; }

    /** f, for mapping paths: they are drawn at their own values. */
    public LandscapeFunction function() { return function; }

    /** Scene width (x) of the region. */
    public double sceneWidth() { return grid.region().width() * unit; }

    /** Scene depth (z) of the region. */
    public double sceneDepth() { return grid.region().height() * unit; }

    /** Height of node (i, j), NaN where f is NaN. */
    public double nodeHeight(int i, int j) { return heights[j * grid.nx() + i]; }

    /** Whether any triangle is left: false when f is NaN everywhere. */
    public boolean isEmpty() { return faces.length == 0; }

    /** x, y, z of each node, node (i, j) at index j * nx + i. A copy. */
    public float[] points() { return points.clone(); }

    /** u, v of each node, in the same order. A copy. */
    public float[] texCoords() { return texCoords.clone(); }

    /** Triangles as (point, texture) index pairs, three per triangle, as TriangleMesh takes them. A copy. */
    public int[] faces() { return faces.clone(); }
}
