package org.landscapelab.optim;

/** f(x) = ½ Σ λ_i x_i², O(n) per gradient so that n = 1000 stays fast; no Hessian. */
final class DiagonalQuadratic implements Oracle {
    private final double[] lambda;

    DiagonalQuadratic(double[] lambda) {
        this.lambda = lambda.clone();
    }

    @Override
    public int dimension() {
        return lambda.length;
    }

    @Override
    public double gradient(double[] x, double[] grad) {
        double f = 0;
        for (int i = 0; i < lambda.length; i++) {
            grad[i] = lambda[i] * x[i];
            f += 0.5 * lambda[i] * x[i] * x[i];
        }
        return f;
    }
}
