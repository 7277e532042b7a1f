package org.landscapelab.sim;

import java.util.Optional;
import org.landscapelab.landscape.Point;

/**
 * A recorded run: the iterates x_0 .. x_n with f and the exact gradient at each, the optimizer's
 * update and momentum-like direction (for arrows), and where it diverged, if it did. Point k is the
 * state before step k; the last point has no update. Immutable.
 */
public final class Trajectory {
    private final double[] xs;
    private final double[] ys;
    private final double[] values;
    private final double[] gradX;
    private final double[] gradY;
    private final double[] momentumX;
    private final double[] momentumY;
    private final int divergedAt;
    private final String divergence;

    Trajectory(double[] xs, double[] ys, double[] values, double[] gradX, double[] gradY, double[] momentumX,
               double[] momentumY, int divergedAt, String divergence) {
        this.xs = xs;
        this.ys = ys;
        this.values = values;
        this.gradX = gradX;
        this.gradY = gradY;
        this.momentumX = momentumX;
        this.momentumY = momentumY;
        this.divergedAt = divergedAt;
        this.divergence = divergence;
    }

    /** Number of recorded points: steps + 1, or fewer if the run diverged. */
    public int size() {
        return xs.length;
    }

    /** Steps actually taken. */
    public int steps() {
        return xs.length - 1;
    }

    public double x(int k) { return xs[k]; }

    public double y(int k) { return ys[k]; }

    public Point point(int k) { return new Point(xs[k], ys[k]); }

    /** f(x_k), exact (no noise, full sum). */
    public double value(int k) { return values[k]; }

    /** The exact gradient of f at x_k. */
    public Point gradient(int k) { return new Point(gradX[k], gradY[k]); }

    public double gradientNorm(int k) { return Math.hypot(gradX[k], gradY[k]); }

    /** x_{k+1} − x_k, including any noise; zero at the last point. */
    public Point update(int k) {
        return k + 1 < xs.length ? new Point(xs[k + 1] - xs[k], ys[k + 1] - ys[k]) : new Point(0, 0);
    }

    /** The optimizer's momentum-like direction after step k (SGD's buffer, Adam's first moment), if it has one. */
    public Optional<Point> momentum(int k) {
        return momentumX == null || k >= momentumX.length ? Optional.empty() : Optional.of(new Point(momentumX[k], momentumY[k]));
    }

    /** Index of the point where the run diverged (the last point), or -1. */
    public int divergedAt() { return divergedAt; }

    public boolean diverged() { return divergedAt >= 0; }

    /**
     * Whether the run stopped at a point where x, y or f is not a finite number (0/0 or an overflow):
     * the run is undefined from {@link #divergedAt()} on, and that last point holds no usable numbers.
     */
    public boolean undefined() {
        int k = xs.length - 1;
        return diverged() && !(Double.isFinite(xs[k]) && Double.isFinite(ys[k]) && Double.isFinite(values[k]));
    }

    /** Why the run stopped early, e.g. "f is not finite", or empty. */
    public String divergence() { return divergence; }

    /** This run with another account of why it stopped. */
    Trajectory withDivergence(String why) {
        return new Trajectory(xs, ys, values, gradX, gradY, momentumX, momentumY, divergedAt, why);
    }

    public double[] xs() { return xs.clone(); }

    public double[] ys() { return ys.clone(); }

    public double[] values() { return values.clone(); }
}
