package org.landscapelab.ui.ensemble;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.landscapelab.noise.NoiseParameter;
import org.landscapelab.params.Scale;
import org.landscapelab.params.SliderRange;

/**
 * The range an escape-time sweep starts with when the swept parameter is picked, from the noise
 * catalog's slider for it: a parameter on a log slider from a fifth of its default to twice it
 * (σ: 0.02–0.2, θ: 0.2–2); one on a linear slider over the middle {@value #MIDDLE} of the slider,
 * rounded to a round step near a tenth of its span (H: 0.2–0.8, α: 0.6–1.6). Either way inside the values the parameter takes.
 */
public record SweepRange(double from, double to) {
    /** The share of a linear slider a sweep covers: its ends (H near 0 or 1) are extreme cases, not the typical ones. */
    static final double MIDDLE = 0.6;

    public static SweepRange of(NoiseParameter p) {
        SliderRange slider = p.slider();
        if (slider.scale() == Scale.LOG) return new SweepRange(p.check(p.defaultValue() / 5), p.check(p.defaultValue() * 2));
        double span = slider.max() - slider.min();
        double margin = (1 - MIDDLE) / 2 * span;
        double step = roundStep(span / 10);
        return new SweepRange(p.check(round(slider.min() + margin, step)), p.check(round(slider.max() - margin, step)));
    }

    /** The largest of 1, 2, 5 × 10^k at most v (v > 0). */
    static double roundStep(double v) {
        double decade = Math.pow(10, Math.floor(Math.log10(v)));
        return v >= 5 * decade ? 5 * decade : v >= 2 * decade ? 2 * decade : decade;
    }

    /** v to the nearest multiple of step, as a short decimal (0.2, not 0.20000000000000001). */
    private static double round(double v, double step) {
        BigDecimal s = BigDecimal.valueOf(step);
        return BigDecimal.valueOf(v).divide(s, 0, RoundingMode.HALF_UP).multiply(s).stripTrailingZeros().doubleValue();
    }
}
