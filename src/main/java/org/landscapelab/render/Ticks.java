package org.landscapelab.render;

import java.util.Locale;

/** Axis ticks at "nice" numbers (1, 2, 2.5, 5 times a power of ten) and their labels. */
final class Ticks {
    private static final String MINUS = "\u2212";

    private Ticks() {}

    /** The step between about {@code target} nice ticks over [lo, hi]. */
    static double step(double lo, double hi, int target) {
        double raw = (hi - lo) / Math.max(1, target);
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / power;
        double nice = m < 1.5 ? 1 : m < 2.25 ? 2 : m < 3.5 ? 2.5 : m < 7.5 ? 5 : 10;
        return nice * power;
    }

    /** Multiples of the step inside [lo, hi]. */
    static double[] at(double lo, double hi, double step) {
        double first = Math.ceil(lo / step - 1e-9) * step;
        int n = (int) Math.floor((hi - first) / step + 1e-9) + 1;
        double[] ticks = new double[Math.max(n, 0)];
        for (int k = 0; k < ticks.length; k++) {
            double v = first + k * step;
            ticks[k] = Math.abs(v) < 1e-9 * step ? 0 : v;
        }
        return ticks;
    }

    /** A tick label with as many decimals as the step needs. */
    static String format(double v, double step) {
        double magnitude = Math.max(Math.abs(v), step);
        if (magnitude >= 1e5 || magnitude < 1e-3) return formatSignificant(v, 2);
        int decimals = 0; // the fewest that write the step exactly: 2.5 needs 1, 0.25 needs 2
        for (double scaled = step; decimals < 10 && Math.abs(scaled - Math.rint(scaled)) > 1e-6 * scaled; scaled *= 10) decimals++;
        return minus(String.format(Locale.ROOT, "%." + decimals + "f", v));
    }

    /** v to about {@code digits} significant digits, without trailing zeros; e-notation when huge or tiny. */
    static String formatSignificant(double v, int digits) {
        if (v == 0) return "0";
        double a = Math.abs(v);
        if (a >= 1e5 || a < 1e-3) {
            String t = String.format(Locale.ROOT, "%." + (digits - 1) + "e", v);
            String mantissa = stripZeros(t.substring(0, t.indexOf('e')));
            int exponent = Integer.parseInt(t.substring(t.indexOf('e') + 1));
            return minus(mantissa + "e" + exponent);
        }
        int decimals = Math.max(0, digits - 1 - (int) Math.floor(Math.log10(a)));
        return minus(stripZeros(String.format(Locale.ROOT, "%." + decimals + "f", v)));
    }

    private static String stripZeros(String s) {
        if (!s.contains(".")) return s;
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** A typographic minus sign, as in print. */
    private static String minus(String s) {
        return s.replace("-", MINUS);
    }
}
