package org.landscapelab.optim;

import java.util.Arrays;
import java.util.Optional;

/** RMSprop, optionally centered and with momentum, in the operation order of {@code torch.optim.RMSprop} 1.13. */
final class RmsProp extends StepOptimizer {
    private final double alpha;
    private final double eps;
    private final double weightDecay;
    private final double momentum;
    private final boolean centered;
    private final boolean maximize;
    private final double[] squareAvg;
    private final double[] gradAvg;
    private final double[] buf;

    RmsProp(OptimizerSpec spec, int dimension) {
        super(spec, dimension);
        alpha = spec.real("alpha");
        eps = spec.real("eps");
        weightDecay = spec.real("weight_decay");
        momentum = spec.real("momentum");
        centered = spec.flag("centered");
        maximize = spec.flag("maximize");
        squareAvg = new double[dimension];
        gradAvg = new double[centered ? dimension : 0];
        buf = new double[momentum > 0 ? dimension : 0];
    }

    @Override
    protected double update(double[] x, Oracle oracle, double lr, long t) {
        double f = oracle.gradient(x, grad);
        double keep = 1 - alpha;
        for (int i = 0; i < n; i++) {
            double g = maximize ? -grad[i] : grad[i];
            if (weightDecay != 0) g = Math.fma(weightDecay, x[i], g);
            squareAvg[i] = Math.fma(keep * g, g, squareAvg[i] * alpha);
            double avg;
            if (centered) {
                gradAvg[i] = Math.fma(keep, g, gradAvg[i] * alpha);
                avg = Math.sqrt(Math.fma(-gradAvg[i], gradAvg[i], squareAvg[i]));
            } else {
                avg = Math.sqrt(squareAvg[i]);
            }
            avg = avg + eps;
            if (momentum > 0) {
                buf[i] = buf[i] * momentum + 1 * g / avg;
                x[i] = Math.fma(-lr, buf[i], x[i]);
            } else {
                x[i] = x[i] + -lr * g / avg;
            }
        }
        return f;
    }

    @Override
    protected void clearState() {
        Arrays.fill(squareAvg, 0);
        Arrays.fill(gradAvg, 0);
        Arrays.fill(buf, 0);
    }

    @Override
    public Optional<double[]> momentum() {
        return momentum > 0 ? Optional.of(buf.clone()) : Optional.empty();
    }
}
