package org.landscapelab.landscape;

import org.landscapelab.landscape.expr.Kernel;

/**
 * f(x, y) with its exact gradient and Hessian, parameters bound. For a finite-sum landscape f is
 * the mean of its terms f_i over the data rows, and single terms or minibatches can be asked for.
 * Immutable and thread-safe: the arrays passed in are the only state written.
 */
public final class LandscapeFunction {
    private final Kernel kernel;
    /** One input vector per term: parameter values followed by the term's data row. */
    private final double[][] terms;
    /** Work of one term's evaluation with all derivatives (see {@link Expression#cost}). */
    private final long termCost;

    LandscapeFunction(Kernel kernel, long termCost, double[][] terms) {
        this.kernel = kernel;
        this.termCost = termCost;
        this.terms = terms;
    }

    /**
     * Work of one evaluation of f with its gradient and Hessian, every term of a finite sum: what
     * searches and rasters multiply by their number of points to bound their work.
     */
    public long cost() {
        return termCost * terms.length;
    }

    public double value(double x, double y) {
        if (terms.length == 1) return kernel.value(x, y, terms[0]);
        double sum = 0;
        for (double[] t : terms) sum += kernel.value(x, y, t);
        return sum / terms.length;
    }

    /** Writes (f_x, f_y) into {@code grad} and returns f. */
    public double gradient(double x, double y, double[] grad) {
        if (terms.length == 1) return kernel.gradient(x, y, terms[0], grad);
        return meanGradient(x, y, null, grad);
    }

    /** Writes (f_x, f_y, f_xx, f_xy, f_yy) into {@code d} and returns f. */
    public double hessian(double x, double y, double[] d) {
        if (terms.length == 1) return kernel.hessian(x, y, terms[0], d);
        double[] t = new double[5];
        double sum = 0;
        d[0] = d[1] = d[2] = d[3] = d[4] = 0;
        for (double[] term : terms) {
            sum += kernel.hessian(x, y, term, t);
            for (int k = 0; k < 5; k++) d[k] += t[k];
        }
        for (int k = 0; k < 5; k++) d[k] /= terms.length;
        return sum / terms.length;
    }

    /** Number of terms f_i: the data rows of a finite sum, 1 otherwise. */
    public int terms() {
        return terms.length;
    }

    /** Mean value and (into {@code grad}) mean gradient of the terms listed in {@code batch}. */
    public double batchGradient(double x, double y, int[] batch, double[] grad) {
        return meanGradient(x, y, batch, grad);
    }

    private double meanGradient(double x, double y, int[] batch, double[] grad) {
        double[] t = new double[2];
        double sum = 0;
        double gx = 0;
        double gy = 0;
        int n = batch == null ? terms.length : batch.length;
        for (int k = 0; k < n; k++) {
            sum += kernel.gradient(x, y, terms[batch == null ? k : batch[k]], t);
            gx += t[0];
            gy += t[1];
        }
        grad[0] = gx / n;
        grad[1] = gy / n;
        return sum / n;
    }

    /**
     * A function that is not an expression (a network's loss slice, {@code nn.slice.SliceKernel}):
     * {@code kernel} must be thread-safe and is called with no vars; {@code cost} is one evaluation
     * with all derivatives, in the units of {@link Expression#cost}.
     */
    public static LandscapeFunction of(Kernel kernel, long cost) {
        return new LandscapeFunction(kernel, cost, new double[][] {new double[0]});
    }
}
