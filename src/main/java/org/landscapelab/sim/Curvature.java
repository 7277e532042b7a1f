package org.landscapelab.sim;

import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Hessian;
import org.landscapelab.landscape.LandscapeFunction;
import org.landscapelab.landscape.Point;

/**
 * The extreme eigenvalues of the exact Hessian over a set of points: {@code max} bounds the
 * curvature a gradient step must not overshoot, {@code min} the one a climbing step sees. NaN while
 * no point had a finite Hessian.
 */
record Curvature(double max, double min) {
    /** Half the side of the box around a start, as a fraction of the domain's width and height. */
    static final double NEAR = 0.05;
    /** Points per side of that box. */
    static final int NEAR_POINTS = 5;

    static final Curvature NONE = new Curvature(Double.NaN, Double.NaN);

    /**
     * Over a 5×5 grid spanning ±5% of the domain around the start: the curvature the first steps
     * see. Where a run goes from there is the trial run's part ({@link #along}).
     */
    static Curvature near(LandscapeFunction f, Domain d, Point start) {
        Curvature c = NONE;
        double[] h = new double[5];
        for (int i = 0; i < NEAR_POINTS; i++) {
            for (int j = 0; j < NEAR_POINTS; j++) {
                double x = start.x() + NEAR * d.width() * (2.0 * i / (NEAR_POINTS - 1) - 1);
                double y = start.y() + NEAR * d.height() * (2.0 * j / (NEAR_POINTS - 1) - 1);
                c = c.with(f, x, y, h);
            }
        }
        return c;
    }

    /**
     * This and the points of a trajectory inside the domain: a run that leaves the domain is
     * already unstable, and the curvature far outside it is not the landscape's the lab shows.
     */
    Curvature along(LandscapeFunction f, Domain d, Trajectory t) {
        Curvature c = this;
        double[] h = new double[5];
        for (int k = 0; k < t.size(); k++) {
            if (d.contains(t.x(k), t.y(k))) c = c.with(f, t.x(k), t.y(k), h);
        }
        return c;
    }

    private Curvature with(LandscapeFunction f, double x, double y, double[] h) {
        f.hessian(x, y, h);
        if (!(Double.isFinite(h[2]) && Double.isFinite(h[3]) && Double.isFinite(h[4]))) return this;
        Hessian hess = Hessian.ofDerivatives(h);
        return new Curvature(Double.isNaN(max) ? hess.eigMax() : Math.max(max, hess.eigMax()),
                Double.isNaN(min) ? hess.eigMin() : Math.min(min, hess.eigMin()));
    }
}
