package org.landscapelab.render;

import java.util.function.DoubleBinaryOperator;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.LandscapeFunction;

/**
 * Samples of a function at the centres of an nx x ny grid of cells covering a region. Row j = 0 is
 * the bottom (y = yMin), as in the plane, not as in an image. Immutable.
 */
public final class Raster {
    private final Domain region;
    private final int nx;
    private final int ny;
    private final double[] values; // row-major: values[j * nx + i]
    private final double min;
    private final double max;
    private final boolean allFinite;

    private Raster(Domain region, int nx, int ny, double[] values, double min, double max, boolean allFinite) {
        this.region = region;
        this.nx = nx;
        this.ny = ny;
        this.values = values;
        this.min = min;
        this.max = max;
        this.allFinite = allFinite;
    }

    /** f at the cell centres. */
    public static Raster sample(LandscapeFunction f, Domain region, int nx, int ny) {
        return sample(region, nx, ny, () -> f::value);
    }

    /**
     * det H = fxx fyy - fxy^2 at the cell centres. For a symmetric 2x2 Hessian det H < 0 exactly
     * where eigMin < 0 < eigMax, so the saddle regions are {det H < 0} and their outline is the
     * zero contour of this raster.
     */
    public static Raster hessianDeterminant(LandscapeFunction f, Domain region, int nx, int ny) {
        return sample(region, nx, ny, () -> {
            double[] d = new double[5]; // one scratch array per row task: rows run in parallel
            return (x, y) -> {
                f.hessian(x, y, d);
                return d[2] * d[4] - d[3] * d[3];
            };
        });
    }

    /**
     * Any function at the cell centres, rows in parallel. {@code rowFunction} is asked once per row
     * for the function to use on it, so a function with scratch state is never shared by threads.
     */
    public static Raster sample(Domain region, int nx, int ny, Supplier<? extends DoubleBinaryOperator> rowFunction) {
        if (nx < 2 || ny < 2) throw new IllegalArgumentException("a raster needs at least 2 x 2 cells, got " + nx + " x " + ny);
        double[] values = new double[nx * ny];
        double[] rowMin = new double[ny];
        double[] rowMax = new double[ny];
        boolean[] rowFinite = new boolean[ny];
        double dx = region.width() / nx;
        double dy = region.height() / ny;
        IntStream.range(0, ny).parallel().forEach(j -> {
            DoubleBinaryOperator f = rowFunction.get();
            double y = region.yMin() + (j + 0.5) * dy;
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            boolean finite = true;
            int offset = j * nx;
            for (int i = 0; i < nx; i++) {
                double v = f.applyAsDouble(region.xMin() + (i + 0.5) * dx, y);
                values[offset + i] = v;
                if (Double.isFinite(v)) {
                    if (v < lo) lo = v;
                    if (v > hi) hi = v;
                } else {
                    finite = false;
                }
            }
            rowMin[j] = lo;
            rowMax[j] = hi;
            rowFinite[j] = finite;
        });
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        boolean finite = true;
        for (int j = 0; j < ny; j++) {
            lo = Math.min(lo, rowMin[j]);
            hi = Math.max(hi, rowMax[j]);
            finite &= rowFinite[j];
        }
        if (lo > hi) { // no finite value at all
            lo = Double.NaN;
            hi = Double.NaN;
        }
        return new Raster(region, nx, ny, values, lo, hi, finite);
    }

    public Domain region() { return region; }

    public int nx() { return nx; }

    public int ny() { return ny; }

    /** The value in column i (left to right), row j (bottom to top). */
    public double value(int i, int j) {
        return values[j * nx + i];
    }

    /** x of the centre of column i. */
    public double x(int i) {
        return region.xMin() + (i + 0.5) * cellWidth();
    }

    /** y of the centre of row j. */
    public double y(int j) {
        return region.yMin() + (j + 0.5) * cellHeight();
    }

    public double cellWidth() { return region.width() / nx; }

    public double cellHeight() { return region.height() / ny; }

    /** Smallest finite value, NaN if there is none. */
    public double min() { return min; }

    /** Largest finite value, NaN if there is none. */
    public double max() { return max; }

    /** Whether every sample is finite (no NaN, no infinity). */
    public boolean allFinite() { return allFinite; }

    /** The samples without a copy, for the kernels of this package; never written. */
    double[] values() { return values; }
}
