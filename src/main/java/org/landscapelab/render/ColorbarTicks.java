package org.landscapelab.render;

import java.util.ArrayList;
import java.util.List;
import org.landscapelab.landscape.ColorScale;

/**
 * Ticks of the colourbar: nice values on a linear scale; on a log scale the decades of f - s
 * (see {@link ValueScale#logShift}, where the colours change evenly), labelled with the value of f there.
 */
final class ColorbarTicks {
    /** About this many ticks along the bar. */
    static final int TARGET = 7;

    record Tick(double t, String label) {}

    private ColorbarTicks() {}

    static List<Tick> of(ValueScale scale, int target) {
        List<Tick> ticks = new ArrayList<>();
        if (scale.range() == 0) {
            ticks.add(new Tick(0.5, Ticks.formatSignificant(scale.min(), 3)));
            return ticks;
        }
        if (scale.kind() == ColorScale.LOG) {
            // Positive f: the decades of f itself. Otherwise min + 10^k, round where min is.
            boolean plain = scale.logShift() == 0;
            double base = plain ? 0 : scale.min();
            int first = (int) Math.ceil(Math.log10(plain ? scale.min() : ValueScale.LOG_OFFSET * scale.range()) - 1e-9);
            int last = (int) Math.floor(Math.log10(plain ? scale.max() : scale.range()) + 1e-9);
            int stride = Math.max(1, (int) Math.ceil((last - first + 1) / (double) target));
            for (int k = last; k >= first; k -= stride) {
                double v = base + Math.pow(10, k);
                ticks.add(0, new Tick(scale.fraction(v), Ticks.formatSignificant(v, 3)));
            }
            return ticks;
        }
        double step = Ticks.step(scale.min(), scale.max(), target);
        for (double v : Ticks.at(scale.min(), scale.max(), step)) ticks.add(new Tick(scale.fraction(v), Ticks.format(v, step)));
        return ticks;
    }
}
