package org.landscapelab.params;

/**
 * The valid values of a numeric parameter (an optimizer's hyper-parameter, a noise process's parameter): an interval, closed or open at either end, with
 * infinite ends allowed. Non-finite values are never valid.
 */
public record Range(double min, boolean minInclusive, double max, boolean maxInclusive) {

    public static Range atLeast(double min) {
        return new Range(min, true, Double.POSITIVE_INFINITY, false);
    }

    public static Range above(double min) {
        return new Range(min, false, Double.POSITIVE_INFINITY, false);
    }

    public static Range closed(double min, double max) {
        return new Range(min, true, max, true);
    }

    public static Range closedOpen(double min, double max) {
        return new Range(min, true, max, false);
    }

    public boolean contains(double v) {
        if (!Double.isFinite(v)) return false;
        boolean aboveMin = minInclusive ? v >= min : v > min;
        boolean belowMax = maxInclusive ? v <= max : v < max;
        return aboveMin && belowMax;
    }

    /** As in messages: ">= 0", "> 0", "in [0, 1)". */
    public String describe() {
        if (max == Double.POSITIVE_INFINITY) {
            return (minInclusive ? ">= " : "> ") + NumberText.format(min);
        }
        return "in " + (minInclusive ? "[" : "(") + NumberText.format(min) + ", " + NumberText.format(max)
                + (maxInclusive ? "]" : ")");
    }

    @Override
    public String toString() {
        return describe();
    }
}
