package org.landscapelab.ui.three;

import java.util.List;

/**
 * A thin tube around polylines, as TriangleMesh arrays: a ring of {@code sides} points around each
 * polyline point, consecutive rings joined by quads. One mesh for a whole path is far cheaper to
 * update every frame than a node per segment. No end caps: the tubes are thin and their ends sit
 * in the marker sphere or are too small to see.
 */
public record Tube(float[] points, int[] faces) {
    public Tube {
        points = points.clone();
        faces = faces.clone();
    }

    @Override
    public float[] points() { return points.clone(); }

    @Override
    public int[] faces() { return faces.clone(); }

    /** Texture coordinates for a tube: one, (0, 0), that every face uses; tubes are one colour. */
    public static float[] texCoords() {
        return new float[] {0, 0};
    }

    public static Tube around(List<List<ScenePoint>> pieces, double radius, int sides) {
        if (sides < 3) throw new IllegalArgumentException("a tube needs at least 3 sides, got " + sides);
        int rings = 0;
        int quads = 0;
        for (List<ScenePoint> piece : pieces) {
            if (piece.size() < 2) continue;
            rings += piece.size();
            quads += (piece.size() - 1) * sides;
        }
        float[] points = new float[3 * sides * rings];
        int[] faces = new int[12 * quads];
        int ring = 0;
        int f = 0;
        for (List<ScenePoint> piece : pieces) {
            if (piece.size() < 2) continue;
            double[] normal = null;
            for (int k = 0; k < piece.size(); k++) {
                double[] t = tangent(piece, k);
                normal = transported(normal, t);
                double[] binormal = cross(t, normal);
                ScenePoint c = piece.get(k);
                for (int s = 0; s < sides; s++) {
                    double a = 2 * Math.PI * s / sides;
                    double ca = Math.cos(a) * radius;
                    double sa = Math.sin(a) * radius;
                    int o = 3 * (ring * sides + s);
                    points[o] = (float) (c.x() + ca * normal[0] + sa * binormal[0]);
                    points[o + 1] = (float) (c.y() + ca * normal[1] + sa * binormal[1]);
                    points[o + 2] = (float) (c.z() + ca * normal[2] + sa * binormal[2]);
                }
                if (k > 0) f = joinRings(faces, f, (ring - 1) * sides, ring * sides, sides);
                ring++;
            }
        }
        return new Tube(points, faces);
    }

    /**
     * Quads between ring p (earlier) and ring q, each as two triangles facing outwards: JavaFX
     * lights a triangle (a, b, c) on the side of (b - a) x (c - a).
     */
    private static int joinRings(int[] faces, int f, int p, int q, int sides) {
        for (int s = 0; s < sides; s++) {
            int s1 = (s + 1) % sides;
            f = triangle(faces, f, p + s, p + s1, q + s);
            f = triangle(faces, f, p + s1, q + s1, q + s);
        }
        return f;
    }

    private static int triangle(int[] faces, int f, int a, int b, int c) {
        faces[f] = a;
        faces[f + 2] = b;
        faces[f + 4] = c; // texture indices (odd slots) stay 0
        return f + 6;
    }

    /** Unit direction of the polyline at point k: along the neighbouring points. */
    private static double[] tangent(List<ScenePoint> piece, int k) {
        ScenePoint a = piece.get(Math.max(k - 1, 0));
        ScenePoint b = piece.get(Math.min(k + 1, piece.size() - 1));
        double[] t = {b.x() - a.x(), b.y() - a.y(), b.z() - a.z()};
        double n = norm(t);
        if (n == 0) return new double[] {1, 0, 0}; // repeated points: any direction
        return new double[] {t[0] / n, t[1] / n, t[2] / n};
    }

    /**
     * A unit normal to t close to the previous one (parallel transport), so rings do not twist;
     * a fresh one, from the axis least along t, at the start or when the previous is along t.
     */
    private static double[] transported(double[] previous, double[] t) {
        if (previous != null) {
            double d = dot(previous, t);
            double[] n = {previous[0] - d * t[0], previous[1] - d * t[1], previous[2] - d * t[2]};
            double len = norm(n);
            if (len > 1e-6) return new double[] {n[0] / len, n[1] / len, n[2] / len};
        }
        double[] axis = Math.abs(t[1]) < 0.9 ? new double[] {0, 1, 0} : new double[] {1, 0, 0};
        double[] n = cross(t, axis);
        double len = norm(n);
        return new double[] {n[0] / len, n[1] / len, n[2] / len};
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }
}
