package org.landscapelab.ui.three;

import java.util.Arrays;
import org.landscapelab.landscape.ColorScale;
import org.landscapelab.render.Raster;
import org.landscapelab.render.ValueScale;

/**
 * The value scale of a surface: the 2D heatmap's scale over the sampled values, so colours agree,
 * except that a linear scale is capped where a few extreme values would flatten everything else.
 *
 * <p>The cap: the height range is at most {@code TAIL_FACTOR} = 2 times the range that holds the
 * lowest 99 % of the samples, max' = min(max, min + 2 (q99 - min)). That catches poles and spikes
 * (1/(x^2 + y^2): the ratio (max - min) / (q99 - min) is astronomically large; a narrow peak: ~30)
 * while polynomials keep their true heights however steep their corners: their ratio stays below
 * 1.7 (every catalog landscape, Himmelblau on [-10, 10]^2). What polynomial growth flattens, a
 * quantile cap cannot rescue without cutting plateaus into the corners; the log scale can
 * (Goldstein-Price), and is never capped. Values above the cap sit on the top with the top colour.
 */
public final class HeightScale {
    /** Share of the samples below the reference level. */
    public static final double QUANTILE = 0.99;
    /** How far above the minimum, in units of the quantile's distance from it, the cap may lie. */
    public static final double TAIL_FACTOR = 2;

    private HeightScale() {}

    /** The scale for a surface over {@code nodes}; [0, 1] if no value is finite. */
    public static ValueScale of(ColorScale kind, Raster nodes) {
        ValueScale full = ValueScale.of(kind, nodes);
        if (kind == ColorScale.LOG || Double.isNaN(nodes.min())) return full;
        double cap = nodes.min() + TAIL_FACTOR * (quantile(nodes, QUANTILE) - nodes.min());
        return cap < nodes.max() ? new ValueScale(kind, nodes.min(), cap) : full;
    }

    /** The q-quantile of the finite samples (nearest rank), NaN if there are none. */
    static double quantile(Raster r, double q) {
        double[] v = new double[r.nx() * r.ny()];
        int n = 0;
        for (int j = 0; j < r.ny(); j++) {
            for (int i = 0; i < r.nx(); i++) {
                double f = r.value(i, j);
                if (Double.isFinite(f)) v[n++] = f;
            }
        }
        if (n == 0) return Double.NaN;
        Arrays.sort(v, 0, n);
        return v[(int) Math.round(q * (n - 1))];
    }
}
