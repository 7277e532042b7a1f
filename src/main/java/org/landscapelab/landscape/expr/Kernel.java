package org.landscapelab.landscape.expr;

/**
 * A compiled expression with its first and second derivatives. {@code vars} holds the values of
 * the named inputs other than x and y (parameters, data columns) in {@link Program#variables()}
 * order. Implementations are stateless and thread-safe.
 */
public interface Kernel {
    double value(double x, double y, double[] vars);

    /** Writes (f_x, f_y) to out and returns f. */
    double gradient(double x, double y, double[] vars, double[] out);

    /** Writes (f_x, f_y, f_xx, f_xy, f_yy) to out and returns f. */
    double hessian(double x, double y, double[] vars, double[] out);
}
