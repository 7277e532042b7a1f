package org.landscapelab.optim;

/** f(x) = c·x + ½ xᵀHx for a symmetric H (row-major), any dimension, with its Hessian. */
final class Quadratic implements Oracle {
    private final int n;
    private final double[] c;
    private final double[] h;

    Quadratic(double[] c, double[] h) {
        this.n = c.length;
        if (h.length != n * n) throw new IllegalArgumentException("H must be n x n");
        this.c = c.clone();
        this.h = h.clone();
    }

    /** ½ Σ λ_i x_i². */
    static Quadratic diagonal(double... lambda) {
        int n = lambda.length;
        double[] h = new double[n * n];
        for (int i = 0; i < n; i++) h[i * n + i] = lambda[i];
        return new Quadratic(new double[n], h);
    }

    @Override
    public int dimension() {
        return n;
    }

    @Override
    public double gradient(double[] x, double[] grad) {
        double f = 0;
        for (int i = 0; i < n; i++) {
            double hx = 0;
            for (int j = 0; j < n; j++) hx += h[i * n + j] * x[j];
            grad[i] = c[i] + hx;
            f += c[i] * x[i] + 0.5 * x[i] * hx;
        }
        return f;
    }

    @Override
    public boolean hasHessian() {
        return true;
    }

    @Override
    public void hessian(double[] x, double[] out) {
        System.arraycopy(h, 0, out, 0, n * n);
    }
}
