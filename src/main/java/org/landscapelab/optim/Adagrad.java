package org.landscapelab.optim;

import java.util.Arrays;

/** Adagrad with learning-rate decay, in the operation order of {@code torch.optim.Adagrad} 1.13. */
final class Adagrad extends StepOptimizer {
    private final double lrDecay;
    private final double weightDecay;
    private final double initialAccumulator;
    private final double eps;
    private final boolean maximize;
    private final double[] stateSum;

    Adagrad(OptimizerSpec spec, int dimension) {
        super(spec, dimension);
        lrDecay = spec.real("lr_decay");
        weightDecay = spec.real("weight_decay");
        initialAccumulator = spec.real("initial_accumulator_value");
        eps = spec.real("eps");
        maximize = spec.flag("maximize");
        stateSum = new double[dimension];
        clearState();
    }

    @Override
    protected double update(double[] x, Oracle oracle, double lr, long t) {
        double f = oracle.gradient(x, grad);
        double step = t + 1;
        double clr = lr / (1 + (step - 1) * lrDecay);
        for (int i = 0; i < n; i++) {
            double g = maximize ? -grad[i] : grad[i];
            if (weightDecay != 0) g = Math.fma(weightDecay, x[i], g);
            stateSum[i] = Math.fma(g, g, stateSum[i]);
            double std = Math.sqrt(stateSum[i]) + eps;
            x[i] = x[i] + -clr * g / std;
        }
        return f;
    }

    @Override
    protected void clearState() {
        Arrays.fill(stateSum, initialAccumulator);
    }
}
