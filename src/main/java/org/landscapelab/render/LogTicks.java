package org.landscapelab.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a log axis puts its ticks and what they say: at whole powers of ten (every second or
 * third one on a long axis), never at 10^-0.2; an axis spanning less than two powers of ten gets
 * 1-2-5 steps instead (0.2, 0.5, 1). Labels are plain decimals (0.01, 0.1, 1, 100) where they stay
 * short, else powers of ten (10⁻⁵, 2×10⁶).
 */
final class LogTicks {
    /** At most this many labelled ticks: more crowd a chart a few hundred pixels tall. */
    static final int MAX_TICKS = 8;
    /** Plain decimals from 0.001 to 10,000; outside, a power of ten is shorter. */
    private static final int PLAIN_MIN_EXPONENT = -3;
    private static final int PLAIN_MAX_EXPONENT = 4;
    private static final String SUPERSCRIPTS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";

    private LogTicks() {}

    /** The tick values in [lo, hi] (positive, lo &lt; hi), in increasing order. */
    static List<Double> between(double lo, double hi) {
        List<Double> out = new ArrayList<>();
        if (!(lo > 0 && hi > lo && Double.isFinite(hi))) return out;
        int first = (int) Math.ceil(Math.log10(lo) - 1e-9);
        int last = (int) Math.floor(Math.log10(hi) + 1e-9);
        int decades = last - first + 1;
        if (decades >= 2) {
            int every = (decades + MAX_TICKS - 1) / MAX_TICKS;
            for (int e = first; e <= last; e++) {
                if (Math.floorMod(e, every) == 0) out.add(value(1, e));
            }
            return out;
        }
        for (int e = first - 1; e <= last; e++) {
            for (int m : new int[] {1, 2, 5}) {
                double v = value(m, e);
                if (v >= lo * (1 - 1e-12) && v <= hi * (1 + 1e-12)) out.add(v);
            }
        }
        return out;
    }

    /** "0.01", "1", "100", "10⁻⁵", "2×10⁶". */
    static String label(double v) {
        if (!(v > 0) || !Double.isFinite(v)) return "";
        BigDecimal d = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        int exponent = d.precision() - d.scale() - 1;
        if (exponent >= PLAIN_MIN_EXPONENT && exponent <= PLAIN_MAX_EXPONENT) return d.toPlainString();
        BigDecimal mantissa = d.movePointLeft(exponent).stripTrailingZeros();
        String power = "10" + superscript(exponent);
        return mantissa.compareTo(BigDecimal.ONE) == 0 ? power : mantissa.toPlainString() + "\u00d7" + power;
    }

    /** m × 10^e as the double nearest to it (Math.pow can be off by an ulp). */
    private static double value(int m, int e) {
        return Double.parseDouble(m + "e" + e);
    }

    private static String superscript(int e) {
        StringBuilder b = new StringBuilder(e < 0 ? "\u207b" : "");
        for (char c : Integer.toString(Math.abs(e)).toCharArray()) b.append(SUPERSCRIPTS.charAt(c - '0'));
        return b.toString();
    }
}
