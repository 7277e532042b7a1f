package org.landscapelab.optim;

import java.util.random.RandomGenerator;

/**
 * SARAH (Nguyen, Liu, Scheinberg &amp; Takáč 2017), each epoch continuing from the last iterate:
 * v ← ∇f(x) at the epoch start, then v ← ∇f_B(x_t) − ∇f_B(x_{t−1}) + v; always x ← x − lr·v.
 * Unlike SVRG's, the estimate v is biased but its variance vanishes along the path.
 */
final class Sarah extends VarianceReduced {
    private final double[] previous;
    private final double[] batchAtPrevious;
    private final double[] batchAtX;

    Sarah(OptimizerSpec spec, int dimension, RandomGenerator random) {
        super(spec, dimension, random);
        previous = new double[dimension];
        batchAtPrevious = new double[dimension];
        batchAtX = new double[dimension];
    }

    @Override
    protected double epochStart(double[] x, FiniteSumOracle oracle, double lr) {
        double f = oracle.gradient(x, grad); // grad holds v
        move(x, lr);
        return f;
    }

    @Override
    protected double innerStep(double[] x, FiniteSumOracle oracle, double lr) {
        int[] batch = nextBatch(oracle);
        double f = oracle.componentGradient(x, batch, batchAtX);
        oracle.componentGradient(previous, batch, batchAtPrevious);
        for (int i = 0; i < n; i++) grad[i] = batchAtX[i] - batchAtPrevious[i] + grad[i];
        move(x, lr);
        return f;
    }

    private void move(double[] x, double lr) {
        System.arraycopy(x, 0, previous, 0, n);
        for (int i = 0; i < n; i++) x[i] = x[i] - lr * grad[i];
    }

    @Override
    protected void clearState() {
        java.util.Arrays.fill(previous, 0);
    }
}
