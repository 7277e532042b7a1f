package org.landscapelab.ui.fx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Numbers as the lab writes them for people: four significant digits, scientific notation only when needed. */
public final class Numbers {
    /** Plain decimals between these magnitudes; scientific notation outside. */
    private static final double PLAIN_MIN = 1e-3;
    private static final double PLAIN_MAX = 1e5;

    private Numbers() {}

    public static String format(double v) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "\u221e" : "-\u221e";
        if (v == 0) return "0";
        double a = Math.abs(v);
        if (a >= PLAIN_MIN && a < PLAIN_MAX) {
            String s = String.format(Locale.ROOT, "%.4g", v);
            return s.contains(".") && !s.contains("e") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        }
        return compactExponent(String.format(Locale.ROOT, "%.3e", v));
    }

    /**
     * A value and its standard error as a reader quotes them: the error to two significant digits,
     * the value to the place of the error's first digit (digits below it are noise):
     * 27.22 ± 0.2497 → "27.2 ± 0.25". Without a usable error (zero, NaN, infinite) each number
     * is written on its own.
     */
    public static String withError(double value, double error) {
        if (!Double.isFinite(value) || !Double.isFinite(error) || error == 0) {
            return format(value) + " \u00b1 " + format(Math.abs(error));
        }
        BigDecimal err = new BigDecimal(Math.abs(error)).round(new MathContext(2, RoundingMode.HALF_EVEN));
        int errPlace = err.precision() - err.scale() - 1; // the error's first digit is at 10^errPlace
        BigDecimal val = new BigDecimal(value).setScale(-errPlace, RoundingMode.HALF_EVEN);
        double shown = Math.max(Math.abs(value), err.doubleValue());
        if (shown >= PLAIN_MIN && shown < PLAIN_MAX) {
            return plain(val, errPlace) + " \u00b1 " + plain(err, errPlace - 1);
        }
        return scientific(val, errPlace) + " \u00b1 " + scientific(err, errPlace - 1);
    }

    /** A decimal with its last digit at 10^lastPlace (no decimals when that place is 1 or above). */
    private static String plain(BigDecimal v, int lastPlace) {
        BigDecimal rounded = v.setScale(-lastPlace, RoundingMode.HALF_EVEN);
        if (lastPlace > 0) rounded = rounded.setScale(0, RoundingMode.UNNECESSARY);
        return rounded.signum() == 0 ? rounded.abs().toPlainString() : rounded.toPlainString();
    }

    /** Scientific notation with the digits down to 10^lastPlace (at least one). */
    private static String scientific(BigDecimal v, int lastPlace) {
        if (v.signum() == 0) return "0";
        int lead = v.precision() - v.scale() - 1;
        int digits = Math.max(1, lead - lastPlace + 1);
        return compactExponent(String.format(Locale.ROOT, "%." + (digits - 1) + "e", v.doubleValue()));
    }

    /** "1.234e+05" → "1.234e5", "1.2e-07" → "1.2e-7". */
    private static String compactExponent(String s) {
        return s.replace("e+0", "e").replace("e-0", "e-").replace("e+", "e");
    }
}
