package org.landscapelab.render;

import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;

/**
 * One connected piece of a level set f = level, as a polyline in domain coordinates. A closed line
 * does not repeat its first point at the end. Immutable.
 */
public final class ContourLine {
    private final double level;
    private final double[] xs;
    private final double[] ys;
    private final boolean closed;

    ContourLine(double level, double[] xs, double[] ys, boolean closed) {
        this.level = level;
        this.xs = xs;
        this.ys = ys;
        this.closed = closed;
    }

    public double level() { return level; }

    public int size() { return xs.length; }

    public double x(int k) { return xs[k]; }

    public double y(int k) { return ys[k]; }

    public boolean closed() { return closed; }

    /** Appends this line, mapped by {@code toScreen}, to a path. */
    public void appendTo(Path2D path, AffineTransform toScreen) {
        double[] p = new double[2 * xs.length];
        for (int k = 0; k < xs.length; k++) {
            p[2 * k] = xs[k];
            p[2 * k + 1] = ys[k];
        }
        toScreen.transform(p, 0, p, 0, xs.length);
        path.moveTo(p[0], p[1]);
        for (int k = 1; k < xs.length; k++) path.lineTo(p[2 * k], p[2 * k + 1]);
        if (closed) path.closePath();
    }
}
