package org.landscapelab.optim;

import java.util.random.RandomGenerator;

/**
 * SVRG (Johnson &amp; Zhang 2013), option I (each epoch continues from the last iterate): at each
 * epoch start the snapshot w̃ ← x and μ ← ∇f(w̃); every step x ← x − lr·g with
 * g = ∇f_B(x) − ∇f_B(w̃) + μ. At the epoch's first step x = w̃, so g = μ exactly and no batch is drawn.
 */
final class Svrg extends VarianceReduced {
    private final double[] snapshot;
    private final double[] mu;
    private final double[] batchAtSnapshot;

    Svrg(OptimizerSpec spec, int dimension, RandomGenerator random) {
        super(spec, dimension, random);
        snapshot = new double[dimension];
        mu = new double[dimension];
        batchAtSnapshot = new double[dimension];
    }

    @Override
    protected double epochStart(double[] x, FiniteSumOracle oracle, double lr) {
        double f = oracle.gradient(x, mu);
        System.arraycopy(x, 0, snapshot, 0, n);
        for (int i = 0; i < n; i++) {
            grad[i] = mu[i];
            x[i] = x[i] - lr * mu[i];
        }
        return f;
    }

    @Override
    protected double innerStep(double[] x, FiniteSumOracle oracle, double lr) {
        int[] batch = nextBatch(oracle);
        double f = oracle.componentGradient(x, batch, grad);
        oracle.componentGradient(snapshot, batch, batchAtSnapshot);
        for (int i = 0; i < n; i++) {
            grad[i] = grad[i] - batchAtSnapshot[i] + mu[i];
            x[i] = x[i] - lr * grad[i];
        }
        return f;
    }

    @Override
    protected void clearState() {
        java.util.Arrays.fill(snapshot, 0);
        java.util.Arrays.fill(mu, 0);
    }
}
