package org.landscapelab.optim;

import java.util.Arrays;

/**
 * Gradient descent on the weight-normalized parameters w = g·u/‖u‖ (Salimans &amp; Kingma 2016), the
 * length–direction split that Kohler et al. (2019) show batch norm performs: the iterate x is w, the
 * optimizer keeps g and u (from g = ‖x‖, u = x at the first step, or whenever x was moved from
 * outside) and steps them apart: g ← g − lr_g·û·∇f(w), u ← u − lr·(g/‖u‖)(∇f(w) − (û·∇f(w))û), then
 * x ← g·u/‖u‖. The u-gradient is orthogonal to u, so ‖u‖ only grows and the direction's effective
 * step lr·g²/‖u‖² shrinks by itself. PyTorch has no such optimizer (torch.nn.utils.weight_norm
 * reparametrizes a layer; SGD on that layer is this method). lr_g = g_lr_ratio·lr, a ratio rather than a
 * second rate so that the lab's learning-rate advice, which scales lr, keeps the length's step stable too.
 */
final class WeightNormGd extends StepOptimizer {
    private final double ratioG;
    private final double[] u;
    private final double[] written;
    private double g;
    private boolean started;

    WeightNormGd(OptimizerSpec spec, int dimension) {
        super(spec, dimension);
        ratioG = spec.real("g_lr_ratio");
        u = new double[dimension];
        written = new double[dimension];
    }

    @Override
    protected double update(double[] x, Oracle oracle, double lr, long t) {
        if (!started || !Arrays.equals(x, written)) {
            System.arraycopy(x, 0, u, 0, n);
            g = Vectors.norm(u);
            if (g == 0) u[0] = 1; // no direction at w = 0: take the first axis, with length 0
            started = true;
        }
        double f = oracle.gradient(x, grad);
        double length = Vectors.norm(u);
        double along = 0;
        for (int i = 0; i < n; i++) along += u[i] * grad[i];
        along /= length;
        double scale = g / length;
        for (int i = 0; i < n; i++) u[i] -= lr * (scale * (grad[i] - along * u[i] / length));
        g -= ratioG * lr * along;
        double w = g / Vectors.norm(u);
        for (int i = 0; i < n; i++) x[i] = w * u[i];
        System.arraycopy(x, 0, written, 0, n);
        return f;
    }

    /** The length g the optimizer keeps (w = g·u/‖u‖). */
    double length() {
        return g;
    }

    @Override
    protected void clearState() {
        started = false;
        Arrays.fill(u, 0);
        g = 0;
    }
}
