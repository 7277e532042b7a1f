package org.landscapelab.landscape;

import org.landscapelab.landscape.expr.Kernel;

/**
 * f(x, y) with its exact gradient and Hessian, parameters bound. Immutable and thread-safe: the
 * arrays passed in are the only state written.
 */
public final class LandscapeFunction {
    private final Kernel kernel;
    private final double[] inputs;

    LandscapeFunction(Kernel kernel, double[] inputs) {
        this.kernel = kernel;
        this.inputs = inputs;
    }

    public double value(double x, double y) {
        return kernel.value(x, y, inputs);
    }

    /** Writes (f_x, f_y) into {@code grad} and returns f. */
    public double gradient(double x, double y, double[] grad) {
        return kernel.gradient(x, y, inputs, grad);
    }

    /** Writes (f_x, f_y, f_xx, f_xy, f_yy) into {@code d} and returns f. */
    public double hessian(double x, double y, double[] d) {
        return kernel.hessian(x, y, inputs, d);
    }
}
