package org.landscapelab.params;

/** Numbers as the command line, files and messages write them. */
public final class NumberText {
    private NumberText() {}

    /** Shortest text that reads back to the same double; whole numbers without ".0". */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }
}
