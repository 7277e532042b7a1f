package org.landscapelab.optim;

/**
 * What an optimizer may ask of the objective: f and its gradient at a parameter vector of fixed
 * dimension, and optionally the Hessian. Optimizers never see the landscape itself, so the same
 * code runs on a 2-D landscape and on a network's flattened weights.
 */
public interface Oracle {

    /** Length of the parameter vectors this oracle takes. */
    int dimension();

    /** Writes ∇f(x) into {@code grad} (length {@link #dimension()}) and returns f(x). */
    double gradient(double[] x, double[] grad);

    /** Whether {@link #hessian} is available; second-order optimizers refuse oracles without it. */
    default boolean hasHessian() {
        return false;
    }

    /** Writes the Hessian of f at x into {@code h}, row-major n × n. */
    default void hessian(double[] x, double[] h) {
        throw new UnsupportedOperationException("this objective has no Hessian");
    }
}
