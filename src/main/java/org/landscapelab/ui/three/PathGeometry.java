package org.landscapelab.ui.three;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What of a path is drawn at a step: its points 0..step, decimated, in scene coordinates, split
 * into pieces where the path leaves the region or f is undefined; and the current point.
 *
 * <p>Decimation keeps every s-th point with s the smallest power of two that leaves at most
 * {@code maxSegments} segments, plus the current point. A power of two keeps the kept points fixed
 * while the path grows (s only doubles), so an animated line does not shimmer.
 *
 * <p>A point is drawn at its own height f, or on the drawn surface where that lies higher (between
 * nodes the mesh is a chord, above f in a convex valley), lifted by {@code lift}, so no point sinks
 * into the surface. (A long segment between two points can still cut under a bump between them.)
 */
public record PathGeometry(List<List<ScenePoint>> pieces, Optional<ScenePoint> current) {
    public PathGeometry {
        pieces = pieces.stream().map(List::copyOf).toList();
        current = current == null ? Optional.empty() : current;
    }

    public static PathGeometry of(SurfaceMesh mesh, Path3D path, int step, int maxSegments, double lift) {
        if (maxSegments < 1) throw new IllegalArgumentException("maxSegments must be at least 1, got " + maxSegments);
        int last = Math.min(step, path.length() - 1);
        if (last < 0) return new PathGeometry(List.of(), Optional.empty());
        int stride = stride(last, maxSegments);
        List<List<ScenePoint>> pieces = new ArrayList<>();
        List<ScenePoint> piece = new ArrayList<>();
        ScenePoint p = null;
        for (int k = 0; k <= last; k = k == last ? last + 1 : Math.min(k + stride, last)) {
            p = place(mesh, path.x(k), path.y(k), lift);
            if (p == null) {
                if (piece.size() > 1) pieces.add(piece);
                piece = new ArrayList<>();
            } else {
                piece.add(p);
            }
        }
        if (piece.size() > 1) pieces.add(piece);
        return new PathGeometry(pieces, Optional.ofNullable(p));
    }

    /** The smallest power of two s with ceil(last / s) &lt;= maxSegments. */
    static int stride(int last, int maxSegments) {
        int s = 1;
        while (((long) last + s - 1) / s > maxSegments) s <<= 1;
        return s;
    }

    /** The scene point of (x, y), or null where it is not drawn. */
    static ScenePoint place(SurfaceMesh mesh, double x, double y, double lift) {
        if (!mesh.region().contains(x, y)) return null;
        double h = mesh.height(mesh.function().value(x, y));
        if (Double.isNaN(h)) return null;
        double surface = mesh.surfaceHeight(x, y);
        if (surface > h) h = surface;
        return new ScenePoint(mesh.sceneX(x), -(h + lift), mesh.sceneZ(y));
    }

    /** Number of segments over all pieces. */
    public int segments() {
        return pieces.stream().mapToInt(q -> q.size() - 1).sum();
    }
}
