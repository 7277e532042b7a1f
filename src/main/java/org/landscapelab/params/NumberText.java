package org.landscapelab.params;

/** Numbers as the command line, files and messages write them. */
public final class NumberText {
    private NumberText() {}

    /** Shortest text that reads back to the same double; whole numbers without ".0". */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    /**
     * For people, not for reading back: {@code digits} significant digits, thousands grouped and no
     * trailing zeros ("1,400", "0.0021", "2.5e-7"); powers of ten outside [1e-4, 1e15).
     */
    public static String readable(double v, int digits) {
        if (!Double.isFinite(v)) return Double.toString(v);
        if (v == 0) return "0";
        java.math.BigDecimal d = new java.math.BigDecimal(v).round(new java.math.MathContext(digits)).stripTrailingZeros();
        double a = Math.abs(v);
        if (a >= 1e-4 && a < 1e15) {
            java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.################",
                    java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
            return f.format(d);
        }
        String[] parts = String.format(java.util.Locale.ROOT, "%." + (digits - 1) + "e", d.doubleValue()).split("e");
        String mantissa = parts[0].contains(".") ? parts[0].replaceAll("0+$", "").replaceAll("\\.$", "") : parts[0];
        return mantissa + "e" + Integer.parseInt(parts[1]);
    }
}
