package org.landscapelab.sim;

import org.landscapelab.landscape.Point;

/**
 * When a particle has escaped a saddle: the first step at which it is farther than {@code radius}
 * from {@code center}, or (if {@code valueDrop} is a number) f has fallen below f(center) − valueDrop.
 * NaN switches a criterion off; at least one must be on.
 */
public record EscapeCriterion(Point center, double radius, double valueDrop) {
    public EscapeCriterion {
        if (center == null) throw new IllegalArgumentException("escape criterion needs a centre");
        if (Double.isNaN(radius) && Double.isNaN(valueDrop)) throw new IllegalArgumentException("give an escape radius or a value drop");
        if (!Double.isNaN(radius) && !(radius > 0)) throw new IllegalArgumentException("escape radius must be > 0, got " + radius);
        if (!Double.isNaN(valueDrop) && !(valueDrop >= 0)) throw new IllegalArgumentException("escape value drop must be >= 0, got " + valueDrop);
    }

    public static EscapeCriterion radius(Point center, double radius) {
        return new EscapeCriterion(center, radius, Double.NaN);
    }

    boolean usesValue() {
        return !Double.isNaN(valueDrop);
    }

    boolean escaped(double x, double y, double value, double centerValue) {
        if (!Double.isNaN(radius) && Math.hypot(x - center.x(), y - center.y()) > radius) return true;
        return usesValue() && value < centerValue - valueDrop;
    }
}
