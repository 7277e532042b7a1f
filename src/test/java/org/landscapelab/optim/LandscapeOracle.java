package org.landscapelab.optim;

import org.landscapelab.landscape.Expression;
import org.landscapelab.landscape.LandscapeFunction;

/** A 2-D landscape expression as an oracle, with its exact symbolic gradient and Hessian (tests only). */
final class LandscapeOracle implements Oracle {
    private final LandscapeFunction f;
    private final double[] d = new double[5];

    LandscapeOracle(String expression) {
        this.f = Expression.parse(expression).bind();
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

    double value(double[] x) {
        return f.value(x[0], x[1]);
    }
}
