package org.landscapelab.landscape;

/** A named constant of a landscape that a user may vary within [min, max]. */
public record Parameter(String name, double min, double max, double value, String description) {
    public Parameter {
        if (name == null || !name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("parameter name '" + name + "' must be letters, digits or _ (not first a digit)");
        }
        if (name.equals("x") || name.equals("y") || name.equals("pi") || name.equals("e")) {
            throw new IllegalArgumentException("parameter name '" + name + "' is reserved");
        }
        if (!(Double.isFinite(min) && Double.isFinite(max) && min <= max)) {
            throw new IllegalArgumentException("parameter '" + name + "' needs finite min <= max, got [" + min + ", " + max + "]");
        }
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException("parameter '" + name + "' value " + value + " is outside [" + min + ", " + max + "]");
        }
        description = description == null ? "" : description;
    }

    public Parameter withValue(double newValue) {
        return new Parameter(name, min, max, newValue, description);
    }
}
