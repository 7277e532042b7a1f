package org.landscapelab.landscape;

import java.util.Arrays;

/**
 * The colour scale a landscape opens in when its file does not name one: log when its values span
 * decades above the floor, so that a narrow valley's floor (Rosenbrock, the widening valley) is not
 * one flat colour. The measure is how many decades the range (max − min) spans above the floor's
 * offset (q − min), q the value below which the lowest {@value #FLOOR_PERCENT}% of the domain lies.
 * On a 128² grid: a quadratic bowl centred in its domain 2.2 decades, quadratics whose minimum is
 * off-centre (Booth, Matyas) and the camels up to 2.9, the Distill banana 3.2; Rosenbrock 3.7, the
 * Mexican hat 4.8, the widening valley 5.4, Beale and Goldstein–Price (shown in log since the
 * start) 4.7 and 5.4. Deterministic (a fixed grid) and cheap: one value per grid point.
 */
public final class DefaultScale {
    /** Grid points per side. */
    public static final int GRID = 128;
    /**
     * Decades above the floor from which the log scale opens: between the quadratics' 2.9 and
     * Rosenbrock's 3.7, so that every bowl stays linear.
     */
    public static final double DECADES = 3.5;
    /** The floor: the lowest this percentage of the domain. */
    public static final int FLOOR_PERCENT = 1;
    /** Evaluations of single terms at most (finite sums evaluate every row per point): 128² of a plain landscape. */
    static final long MAX_TERM_EVALUATIONS = (long) GRID * GRID;

    private DefaultScale() {}

    public static ColorScale of(LandscapeFunction f, Domain d) {
        int n = (int) Math.max(16, Math.min(GRID, Math.sqrt((double) MAX_TERM_EVALUATIONS / f.terms())));
        double[] values = new double[n * n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            double x = d.xMin() + (i + 0.5) * d.width() / n;
            for (int j = 0; j < n; j++) {
                double v = f.value(x, d.yMin() + (j + 0.5) * d.height() / n);
                if (Double.isFinite(v)) values[count++] = v;
            }
        }
        return decide(values, count);
    }

    /** The same decision from values already computed (a precomputed grid's); non-finite ones are skipped. */
    public static ColorScale of(double[] values) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
        return decide(finite, finite.length);
    }

    /** From the first {@code count} entries of {@code values}, all finite; sorts them. */
    private static ColorScale decide(double[] values, int count) {
        if (count == 0) return ColorScale.LINEAR;
        Arrays.sort(values, 0, count);
        double min = values[0];
        double range = values[count - 1] - min;
        double floor = values[(count - 1) * FLOOR_PERCENT / 100] - min;
        // A flat floor (floor = 0) shows in linear colours; so does a constant.
        return floor > 0 && range > floor * Math.pow(10, DECADES) ? ColorScale.LOG : ColorScale.LINEAR;
    }
}
