package org.landscapelab.sim;

import org.landscapelab.landscape.LandscapeFunction;
import org.landscapelab.optim.FiniteSumOracle;

/** A landscape as optimizers see it: f, its exact gradient and Hessian at x = (x, y). */
final class LandscapeOracle implements FiniteSumOracle {
    private final LandscapeFunction f;
    private final double[] d = new double[5];

    LandscapeOracle(LandscapeFunction f) {
        this.f = f;
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double gradient(double[] x, double[] grad) {
        return f.gradient(x[0], x[1], grad);
    }

    @Override
    public boolean hasHessian() {
        return true;
    }

    @Override
    public void hessian(double[] x, double[] h) {
        f.hessian(x[0], x[1], d);
        h[0] = d[2];
        h[1] = d[3];
        h[2] = d[3];
        h[3] = d[4];
    }

    @Override
    public int components() {
        return f.terms();
    }

    @Override
    public double componentGradient(double[] x, int[] batch, double[] grad) {
        return f.batchGradient(x[0], x[1], batch, grad);
    }
}
