package org.landscapelab.ui.fx;

import java.util.Locale;

/** Numbers as the lab writes them for people: four significant digits, scientific notation only when needed. */
public final class Numbers {
    private Numbers() {}

    public static String format(double v) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "\u221e" : "-\u221e";
        if (v == 0) return "0";
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e5) {
            String s = String.format(Locale.ROOT, "%.4g", v);
            return s.contains(".") && !s.contains("e") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        }
        return String.format(Locale.ROOT, "%.3e", v).replace("e+0", "e").replace("e-0", "e-").replace("e+", "e");
    }
}
