package org.landscapelab.nn.slice;

import org.landscapelab.landscape.LandscapeFunction;
import org.landscapelab.landscape.expr.Kernel;

/**
 * A network slice as the lab's landscapes compute: f(x, y) = loss(θ + x·d1 + y·d2), its gradient
 * exact by backpropagation (never interpolated from a grid, so optimizers racing on the slice see
 * the network's true gradient) and its Hessian by finite differences of gradients
 * ({@link NetworkSlice#hessian}). Thread-safe: each thread evaluates on its own copy of the
 * network, made on its first call, so races and ensembles can run on it in parallel.
 */
public final class SliceKernel implements Kernel {
    private final NetworkSlice prototype;
    private final ThreadLocal<NetworkSlice> slices;

    /** {@code slice} is copied for each thread and not used itself. */
    public SliceKernel(NetworkSlice slice) {
        this.prototype = slice.copy();
        this.slices = ThreadLocal.withInitial(this::copy);
    }

    private synchronized NetworkSlice copy() {   // copy() reads the prototype: one thread at a time
        return prototype.copy();
    }

    /**
     * The slice as a {@link LandscapeFunction}. Its cost, in the landscape's units of about a
     * nanosecond, is a guess of one Hessian (five backpropagations of ~6 multiply-adds per
     * parameter and row, at a few per nanosecond): it bounds rasters and critical-point searches.
     */
    public LandscapeFunction function() {
        return LandscapeFunction.of(this, 6L * prototype.dimension() * prototype.rows());
    }

    @Override
    public double value(double x, double y, double[] vars) {
        return slices.get().gradient(x, y, new double[2]);
    }

    @Override
    public double gradient(double x, double y, double[] vars, double[] out) {
        return slices.get().gradient(x, y, out);
    }

    @Override
    public double hessian(double x, double y, double[] vars, double[] out) {
        return slices.get().hessian(x, y, out);
    }
}
