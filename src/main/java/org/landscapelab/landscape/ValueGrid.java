package org.landscapelab.landscape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.landscapelab.landscape.expr.Kernel;

/**
 * f and its exact gradient computed once on a K×K grid of a square domain (a network slice, where
 * one evaluation is a backpropagation): what the heatmap, the contours, the saddle regions and the
 * 3D view draw, interpolated, instead of evaluating f per pixel. Node (i, j) is (c_i, c_j), stored
 * x-major (index i·K + j), the layout of {@code nn.slice.SliceGrid}. Second derivatives at the nodes
 * are finite differences of the exact gradients. Immutable; the arrays are copied.
 */
public final class ValueGrid {
    /**
     * Newton starts of the critical-point search at most: the inner grid nodes where |∇f| is
     * smallest among their eight neighbours and small enough for a root within a cell or two, the
     * best first. Each start costs about ten Hessians (five backpropagations each on a slice);
     * a slice of a small network shows a handful of critical points at K = 64, and 12 starts keep
     * the search to seconds.
     */
    public static final int MAX_STARTS = 12;
    /** Cost of one interpolated evaluation with its derivatives, in the units of {@link Expression#cost}. */
    static final long INTERPOLATION_COST = 60;

    private final double[] coordinates;
    private final double[] values, fx, fy;
    private final double[] fxx, fxy, fyy;
    private final Domain domain;
    private volatile CriticalSet critical;

    public ValueGrid(double[] coordinates, double[] values, double[] fx, double[] fy) {
        int k = coordinates.length;
        if (k < 2) throw new IllegalArgumentException("a value grid needs at least 2 points per side, got " + k);
        for (double[] a : List.of(values, fx, fy)) {
            if (a.length != k * k) throw new IllegalArgumentException("a " + k + " x " + k + " grid needs " + k * k + " values, got " + a.length);
        }
        for (int i = 1; i < k; i++) {
            if (!(coordinates[i] > coordinates[i - 1])) throw new IllegalArgumentException("grid coordinates must increase");
        }
        this.coordinates = coordinates.clone();
        this.values = values.clone();
        this.fx = fx.clone();
        this.fy = fy.clone();
        this.domain = new Domain(coordinates[0], coordinates[k - 1], coordinates[0], coordinates[k - 1]);
        fxx = new double[k * k];
        fxy = new double[k * k];
        fyy = new double[k * k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                int p = i * k + j;
                fxx[p] = difference(this.fx, i, j, true);
                fyy[p] = difference(this.fy, i, j, false);
                fxy[p] = 0.5 * (difference(this.fx, i, j, false) + difference(this.fy, i, j, true));
            }
        }
    }

    /** ∂a/∂x (alongX) or ∂a/∂y at node (i, j): central inside, one-sided on the edges. */
    private double difference(double[] a, int i, int j, boolean alongX) {
        int k = coordinates.length;
        int n = alongX ? i : j;
        int lo = Math.max(n - 1, 0), hi = Math.min(n + 1, k - 1);
        double upper = alongX ? a[hi * k + j] : a[i * k + hi];
        double lower = alongX ? a[lo * k + j] : a[i * k + lo];
        return (upper - lower) / (coordinates[hi] - coordinates[lo]);
    }

    /** The square the grid spans, edge nodes on its boundary. */
    public Domain domain() { return domain; }

    /** Points per side. */
    public int size() { return coordinates.length; }

    /** f at the nodes, x-major; a copy. */
    public double[] values() { return values.clone(); }

    /**
     * The grid's f interpolated (bilinear in each cell, its gradient and finite-difference Hessian
     * likewise from the nodes' values), NaN outside the grid: cheap, for drawing. Its cost is that
     * of an interpolation, so rasters of any size the screen asks for are allowed.
     */
    public LandscapeFunction interpolated() {
        return LandscapeFunction.of(new Interpolation(), INTERPOLATION_COST);
    }

    /**
     * The critical points of {@code exact} (the function the grid samples) in the grid's domain:
     * Newton with its exact gradient and Hessian from at most {@link #MAX_STARTS} nodes where
     * |∇f| is a local minimum (near minima, maxima and saddles alike), yardsticks for "zero" and
     * "flat" from the grid. Computed on the first call, then kept.
     */
    public CriticalSet critical(LandscapeFunction exact) {
        CriticalSet c = critical;
        if (c == null) {
            synchronized (this) {
                c = critical;
                // Newton stays within a few cells of its start: a root farther away has a start of its own.
                double maxStep = 4 * domain.width() / (coordinates.length - 1);
                if (c == null) critical = c = CriticalPoints.fromStarts(exact, domain, starts(), median(gradientNorms()), median(curvatures()), maxStep);
            }
        }
        return c;
    }

    private List<Point> starts() {
        int k = coordinates.length;
        double[] g = gradientNorms();
        double[] h = curvatures();
        List<Integer> candidates = new ArrayList<>();
        // Inner nodes only: on the edge of the grid |∇f| is often least only because the grid ends there.
        for (int i = 1; i < k - 1; i++) {
            for (int j = 1; j < k - 1; j++) {
                double here = g[i * k + j];
                double cell = Math.max(coordinates[i + 1] - coordinates[i - 1], coordinates[j + 1] - coordinates[j - 1]);
                // A root within about a cell: |∇f| at most the curvature times the distance, with a margin.
                if (!(here <= 2 * h[i * k + j] * cell)) continue;
                boolean lowest = true;
                for (int di = -1; di <= 1 && lowest; di++) {
                    for (int dj = -1; dj <= 1; dj++) {
                        int a = i + di, b = j + dj;
                        if ((di != 0 || dj != 0) && g[a * k + b] < here) {
                            lowest = false;
                            break;
                        }
                    }
                }
                if (lowest) candidates.add(i * k + j);
            }
        }
        candidates.sort(Comparator.comparingDouble(p -> g[p]));
        List<Point> starts = new ArrayList<>();
        for (int p : candidates.subList(0, Math.min(MAX_STARTS, candidates.size()))) {
            starts.add(new Point(coordinates[p / k], coordinates[p % k]));
        }
        return starts;
    }

    private double[] gradientNorms() {
        double[] g = new double[values.length];
        for (int p = 0; p < g.length; p++) g[p] = Math.hypot(fx[p], fy[p]);
        return g;
    }

    private double[] curvatures() {
        double[] h = new double[values.length];
        for (int p = 0; p < h.length; p++) h[p] = Hessian.of(fxx[p], fxy[p], fyy[p]).norm();
        return h;
    }

    /** Median of the finite entries, the smallest positive normal number if there is none or it is 0. */
    private static double median(double[] v) {
        double[] finite = Arrays.stream(v).filter(Double::isFinite).sorted().toArray();
        return finite.length == 0 ? Double.MIN_NORMAL : Math.max(finite[finite.length / 2], Double.MIN_NORMAL);
    }

    /** Bilinear interpolation of the node arrays; stateless, so thread-safe. */
    private final class Interpolation implements Kernel {
        @Override
        public double value(double x, double y, double[] vars) {
            return at(values, x, y);
        }

        @Override
        public double gradient(double x, double y, double[] vars, double[] out) {
            out[0] = at(fx, x, y);
            out[1] = at(fy, x, y);
            return at(values, x, y);
        }

        @Override
        public double hessian(double x, double y, double[] vars, double[] out) {
            out[0] = at(fx, x, y);
            out[1] = at(fy, x, y);
            out[2] = at(fxx, x, y);
            out[3] = at(fxy, x, y);
            out[4] = at(fyy, x, y);
            return at(values, x, y);
        }

        private double at(double[] a, double x, double y) {
            int k = coordinates.length;
            int i = cell(x), j = cell(y);
            if (i < 0 || j < 0) return Double.NaN;
            double tx = (x - coordinates[i]) / (coordinates[i + 1] - coordinates[i]);
            double ty = (y - coordinates[j]) / (coordinates[j + 1] - coordinates[j]);
            double bottom = a[i * k + j] + tx * (a[(i + 1) * k + j] - a[i * k + j]);
            double top = a[i * k + j + 1] + tx * (a[(i + 1) * k + j + 1] - a[i * k + j + 1]);
            return bottom + ty * (top - bottom);
        }

        /** The cell whose lower corner is node c (the last cell for the far edge), -1 outside the grid. */
        private int cell(double c) {
            int k = coordinates.length;
            if (!(c >= coordinates[0] && c <= coordinates[k - 1])) return -1;
            int found = Arrays.binarySearch(coordinates, c);
            int i = found >= 0 ? found : -found - 2;
            return Math.min(i, k - 2);
        }
    }
}
