package org.landscapelab.optim;

import java.util.Arrays;
import java.util.Optional;

/**
 * SGD with momentum, dampening, Nesterov and L2 weight decay, in the operation order of
 * {@code torch.optim.SGD} 1.13 ({@code _single_tensor_sgd}).
 */
final class Sgd extends StepOptimizer {
    private final double momentum;
    private final double dampening;
    private final boolean nesterov;
    private final double weightDecay;
    private final boolean maximize;
    private final double[] buf;
    /** PyTorch creates the buffer as a clone of the first d_p rather than zeros. */
    private boolean bufEmpty = true;

    Sgd(OptimizerSpec spec, int dimension) {
        super(spec, dimension);
        momentum = spec.real("momentum");
        dampening = spec.real("dampening");
        nesterov = spec.flag("nesterov");
        weightDecay = spec.real("weight_decay");
        maximize = spec.flag("maximize");
        buf = new double[dimension];
    }

    @Override
    protected double update(double[] x, Oracle oracle, double lr, long t) {
        double f = oracle.gradient(x, grad);
        double keep = 1 - dampening;
        for (int i = 0; i < n; i++) {
            double d = maximize ? -grad[i] : grad[i];
            if (weightDecay != 0) d = Math.fma(weightDecay, x[i], d);
            if (momentum != 0) {
                buf[i] = bufEmpty ? d : Math.fma(keep, d, buf[i] * momentum);
                d = nesterov ? Math.fma(momentum, buf[i], d) : buf[i];
            }
            x[i] = Math.fma(-lr, d, x[i]);
        }
        if (momentum != 0) bufEmpty = false;
        return f;
    }

    @Override
    protected void clearState() {
        Arrays.fill(buf, 0);
        bufEmpty = true;
    }

    @Override
    public Optional<double[]> momentum() {
        return momentum != 0 ? Optional.of(buf.clone()) : Optional.empty();
    }
}
