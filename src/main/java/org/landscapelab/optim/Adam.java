package org.landscapelab.optim;

import java.util.Arrays;
import java.util.Optional;

/**
 * Adam and AdamW in the operation order of {@code torch.optim} 1.13 ({@code _single_tensor_adam},
 * {@code _single_tensor_adamw}). They differ only in weight decay: Adam adds weight_decay·x to the
 * gradient (L2); AdamW first shrinks x by the factor 1 − lr·weight_decay (decoupled).
 */
final class Adam extends StepOptimizer {
    private final boolean decoupled;
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    private final boolean amsgrad;
    private final boolean maximize;
    private final double[] expAvg;
    private final double[] expAvgSq;
    private final double[] maxExpAvgSq;

    Adam(OptimizerSpec spec, int dimension, boolean decoupled) {
        super(spec, dimension);
        this.decoupled = decoupled;
        HyperValue.Pair betas = spec.pair("betas");
        beta1 = betas.first();
        beta2 = betas.second();
        eps = spec.real("eps");
        weightDecay = spec.real("weight_decay");
        amsgrad = spec.flag("amsgrad");
        maximize = spec.flag("maximize");
        expAvg = new double[dimension];
        expAvgSq = new double[dimension];
        maxExpAvgSq = new double[amsgrad ? dimension : 0];
    }

    @Override
    protected double update(double[] x, Oracle oracle, double lr, long t) {
        double f = oracle.gradient(x, grad);
        double step = t + 1;
        double biasCorrection1 = 1 - Math.pow(beta1, step);
        double biasCorrection2 = 1 - Math.pow(beta2, step);
        double stepSize = lr / biasCorrection1;
        double biasCorrection2Sqrt = Math.sqrt(biasCorrection2);
        double decay = 1 - lr * weightDecay;
        double keep1 = 1 - beta1;
        double keep2 = 1 - beta2;
        for (int i = 0; i < n; i++) {
            double g = maximize ? -grad[i] : grad[i];
            if (decoupled) {
                x[i] = x[i] * decay;
            } else if (weightDecay != 0) {
                g = Math.fma(weightDecay, x[i], g);
            }
            expAvg[i] = Math.fma(keep1, g, expAvg[i] * beta1);
            expAvgSq[i] = Math.fma(keep2 * g, g, expAvgSq[i] * beta2);
            double v = expAvgSq[i];
            if (amsgrad) {
                maxExpAvgSq[i] = Math.max(maxExpAvgSq[i], v);
                v = maxExpAvgSq[i];
            }
            double denom = Math.sqrt(v) / biasCorrection2Sqrt + eps;
            x[i] = x[i] + -stepSize * expAvg[i] / denom;
        }
        return f;
    }

    @Override
    protected void clearState() {
        Arrays.fill(expAvg, 0);
        Arrays.fill(expAvgSq, 0);
        Arrays.fill(maxExpAvgSq, 0);
    }

    /** The first moment m (Adam's momentum). */
    @Override
    public Optional<double[]> momentum() {
        return Optional.of(expAvg.clone());
    }
}
