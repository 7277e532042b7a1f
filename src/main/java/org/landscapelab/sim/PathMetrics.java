package org.landscapelab.sim;

import java.util.List;
import org.landscapelab.landscape.CriticalPoint;
import org.landscapelab.landscape.Hessian;
import org.landscapelab.landscape.LandscapeFunction;

/**
 * Per-step quantities along a trajectory that the lab plots next to the landscape: f, |grad f|, the
 * distance to the nearest saddle, the smallest Hessian eigenvalue (negative: the run is in a saddle
 * region) and the effective step size |x_{k+1} - x_k| / |grad f(x_k)| (lr for plain GD; what the
 * adaptive methods make of it otherwise).
 */
public record PathMetrics(double[] value, double[] gradientNorm, double[] saddleDistance, double[] minEigenvalue,
                          double[] effectiveStep) {

    /** NaN distances when there is no saddle (strict or degenerate) among {@code critical}. */
    public static PathMetrics of(Trajectory t, LandscapeFunction f, List<CriticalPoint> critical) {
        int n = t.size();
        double[] value = new double[n];
        double[] grad = new double[n];
        double[] dist = new double[n];
        double[] eig = new double[n];
        double[] step = new double[n];
        List<CriticalPoint> saddles = critical.stream()
                .filter(c -> c.type() == CriticalPoint.Type.SADDLE || c.type() == CriticalPoint.Type.DEGENERATE).toList();
        double[] d = new double[5];
        for (int k = 0; k < n; k++) {
            double x = t.x(k);
            double y = t.y(k);
            value[k] = t.value(k);
            grad[k] = t.gradientNorm(k);
            double best = Double.NaN;
            for (CriticalPoint s : saddles) {
                double r = Math.hypot(x - s.x(), y - s.y());
                if (!(r >= best)) best = r;
            }
            dist[k] = best;
            f.hessian(x, y, d);
            eig[k] = Hessian.ofDerivatives(d).eigMin();
            step[k] = k + 1 < n && grad[k] > 0 ? Math.hypot(t.x(k + 1) - x, t.y(k + 1) - y) / grad[k] : Double.NaN;
        }
        return new PathMetrics(value, grad, dist, eig, step);
    }
}
