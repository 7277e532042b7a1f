package org.landscapelab.cli;

import java.util.StringJoiner;

/** CSV rows with numbers printed so that they read back to the same double. */
final class Csv {
    private Csv() {}

    static String row(Object... fields) {
        StringJoiner j = new StringJoiner(",");
        for (Object f : fields) j.add(f instanceof Double d ? number(d) : String.valueOf(f));
        return j.toString();
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }
}
