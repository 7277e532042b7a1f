package org.landscapelab.render;

import org.landscapelab.landscape.ColorScale;

/**
 * Maps values of f in [min, max] to t in [0, 1] for the colour map and the contour levels,
 * linearly or logarithmically.
 *
 * <p>The log scale is u(f) = log10(f - s). For positive f it is the plain logarithm (s = 0), so
 * the colourbar's decades are round values of f (Goldstein-Price: 10, 100, ..., 10^6), with at most
 * {@value #MAX_DECADES} decades shown. It must also work for f that reaches 0 or below, so there it
 * is taken of the offset from the minimum: s = min - delta with delta = {@value #LOG_OFFSET} (max - min),
 * four decades below the range, enough to resolve a narrow valley (Rosenbrock) without letting the
 * grid's closest sample to the minimum decide the colours.
 */
public record ValueScale(ColorScale kind, double min, double max) {
    /** delta as a fraction of the range. */
    public static final double LOG_OFFSET = 1e-4;
    /** Most decades a positive f is shown over before the floor is raised. */
    public static final double MAX_DECADES = 8;

    public ValueScale {
        if (!(Double.isFinite(min) && Double.isFinite(max) && min <= max)) {
            throw new IllegalArgumentException("value range needs finite min <= max, got [" + min + ", " + max + "]");
        }
    }

    /** The scale over a raster's finite values; [0, 1] if it has none. */
    public static ValueScale of(ColorScale kind, Raster raster) {
        return Double.isNaN(raster.min()) ? new ValueScale(kind, 0, 1) : new ValueScale(kind, raster.min(), raster.max());
    }

    public double range() { return max - min; }

    /** s in u(f) = log10(f - s): 0 for positive f, else just below the minimum. */
    public double logShift() {
        if (min > 0) return min >= max * Math.pow(10, -MAX_DECADES) ? 0 : min - max * Math.pow(10, -MAX_DECADES);
        return min - LOG_OFFSET * range();
    }

    /**
     * Position of v in [0, 1] (below 0 or above 1 outside [min, max] on the linear scale); 0.5
     * everywhere when the range is empty; NaN for NaN.
     */
    public double fraction(double v) {
        if (range() == 0) return Double.isNaN(v) ? Double.NaN : 0.5;
        if (kind == ColorScale.LINEAR) return (v - min) / range();
        double s = logShift();
        double lo = Math.log10(min - s);
        return (Math.log10(Math.max(v, min) - s) - lo) / (Math.log10(max - s) - lo);
    }

    /** The value at position t: the inverse of {@link #fraction}. */
    public double valueAt(double t) {
        if (kind == ColorScale.LINEAR) return min + t * range();
        double s = logShift();
        double lo = Math.log10(min - s);
        return s + Math.pow(10, lo + t * (Math.log10(max - s) - lo));
    }

    /**
     * n contour levels evenly spaced on this scale, strictly inside (min, max): at t = k / (n + 1),
     * k = 1..n. None when the range is empty.
     */
    public double[] levels(int n) {
        if (n < 0) throw new IllegalArgumentException("level count must be >= 0, got " + n);
        if (range() == 0) return new double[0];
        double[] levels = new double[n];
        for (int k = 1; k <= n; k++) levels[k - 1] = valueAt((double) k / (n + 1));
        return levels;
    }
}
