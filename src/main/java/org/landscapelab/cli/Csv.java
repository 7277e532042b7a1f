package org.landscapelab.cli;

import java.util.StringJoiner;

/** CSV rows with numbers printed so that they read back to the same double. */
final class Csv {
    private Csv() {}

    static String row(Object... fields) {
        StringJoiner j = new StringJoiner(",");
        for (Object f : fields) j.add(f instanceof Double d ? number(d) : text(String.valueOf(f)));
        return j.toString();
    }

    /** A text field, quoted (RFC 4180) where it holds a comma, a quote or a line break. */
    static String text(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }
}
