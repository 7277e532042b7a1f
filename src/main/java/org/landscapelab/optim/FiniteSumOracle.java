package org.landscapelab.optim;

/**
 * f(x) = (1/N) Σ_i f_i(x), as for a landscape with data rows. {@link #gradient} is the full
 * gradient; variance-reduced methods also sample components.
 */
public interface FiniteSumOracle extends Oracle {

    /** N, the number of components f_i. */
    int components();

    /**
     * Writes the mean over {@code batch} of ∇f_i(x) into {@code grad} and returns the mean of f_i(x).
     * Indices are in [0, N) and may repeat.
     */
    double componentGradient(double[] x, int[] batch, double[] grad);
}
