package org.landscapelab.ui.three;

import java.util.Objects;
import javafx.scene.paint.Color;

/**
 * A path to draw over the surface: the points (xs[k], ys[k]) of a run, k = 0, 1, ...; heights come
 * from f. The arrays are copied in and out, so a path is a value; views read the points through
 * {@link #x}, {@link #y} without copying.
 */
public record Path3D(String label, Color color, double[] xs, double[] ys) {
    public Path3D {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(color, "color");
        if (xs == null || ys == null || xs.length != ys.length) {
            throw new IllegalArgumentException("a path needs as many xs as ys, got "
                    + (xs == null ? "null" : xs.length) + " and " + (ys == null ? "null" : ys.length));
        }
        xs = xs.clone();
        ys = ys.clone();
    }

    @Override
    public double[] xs() { return xs.clone(); }

    @Override
    public double[] ys() { return ys.clone(); }

    public int length() { return xs.length; }

    public double x(int k) { return xs[k]; }

    public double y(int k) { return ys[k]; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Path3D p && p.label.equals(label) && p.color.equals(color)
                && java.util.Arrays.equals(p.xs, xs) && java.util.Arrays.equals(p.ys, ys);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, color, java.util.Arrays.hashCode(xs), java.util.Arrays.hashCode(ys));
    }

    @Override
    public String toString() {
        return "Path3D[" + label + ", " + color + ", " + xs.length + " points]";
    }
}
