package org.landscapelab.cli;

import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Point;

/** Parsing of option values shared by the commands, with messages that name the option. */
final class Options {
    private Options() {}

    /** A domain "XMIN,XMAX,YMIN,YMAX", or null when the option was not given. */
    static Domain domain(String option, String text) {
        if (text == null) return null;
        try {
            return Domain.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    /** A point "X,Y". */
    static Point point(String option, String text) {
        double[] v = numbers(option, text, 2, "X,Y");
        return new Point(v[0], v[1]);
    }

    /** Exactly {@code count} comma-separated finite numbers. */
    static double[] numbers(String option, String text, int count, String form) {
        String[] parts = text.split(",", -1);
        if (parts.length != count) throw new UsageException(option + ": expected " + form + ", got '" + text + "'");
        double[] v = new double[count];
        for (int i = 0; i < count; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new UsageException(option + ": '" + parts[i].trim() + "' is not a number");
            }
            if (!Double.isFinite(v[i])) throw new UsageException(option + ": values must be finite, got '" + parts[i].trim() + "'");
        }
        return v;
    }
}
