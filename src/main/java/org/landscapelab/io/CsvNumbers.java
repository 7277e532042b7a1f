package org.landscapelab.io;

/** Numbers in CSV: the shortest text that reads back to the same double, whole numbers without ".0". */
final class CsvNumbers {
    private CsvNumbers() {}

    static String text(double v) {
        if (v == 0 && Double.doubleToRawLongBits(v) != 0) return "-0"; // keeps the sign: reads back as -0.0
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v); // also NaN, Infinity, -Infinity
    }

    /** A step index, or an empty field for "never" (-1). */
    static String stepOrEmpty(int step) {
        return step < 0 ? "" : Integer.toString(step);
    }
}
