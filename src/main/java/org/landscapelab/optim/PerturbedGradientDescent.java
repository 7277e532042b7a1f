package org.landscapelab.optim;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Perturbed gradient descent, Algorithm 2 of Jin, Ge, Netrapalli, Kakade &amp; Jordan, "How to Escape
 * Saddle Points Efficiently" (ICML 2017), without its stopping rule: at step t, if |∇f(x_t)| ≤
 * g_thres and t − t_noise &gt; t_thres, then x_t ← x_t + ξ with ξ uniform in the ball of radius r and
 * t_noise ← t; then x_{t+1} = x_t − lr·∇f(x_t). t_noise starts at −t_thres − 1, so a start on a
 * saddle is perturbed at once. The steps where perturbations happened are recorded; the class is
 * public so a UI can mark them ({@code optimizer instanceof PerturbedGradientDescent}).
 */
public final class PerturbedGradientDescent extends StepOptimizer {
    private final double gThres;
    private final double radius;
    private final int tThres;
    private final RandomGenerator random;
    private final double[] xi;
    private final double[] perturbedGrad;
    private long tNoise;
    private long[] perturbations = new long[8];
    private int perturbationCount;

    PerturbedGradientDescent(OptimizerSpec spec, int dimension, RandomGenerator random) {
        super(spec, dimension);
        gThres = spec.real("g_thres");
        radius = spec.real("r");
        tThres = spec.integer("t_thres");
        this.random = random;
        xi = new double[dimension];
        perturbedGrad = new double[dimension];
        clearState();
    }

    @Override
    protected double update(double[] x, Oracle oracle, double lr, long t) {
        double f = oracle.gradient(x, grad);
        double[] g = grad;
        if (Vectors.norm(grad) <= gThres && t - tNoise > tThres) {
            uniformInBall(xi);
            for (int i = 0; i < n; i++) x[i] += xi[i];
            tNoise = t;
            record(t);
            // The gradient step is taken at the perturbed point; grad keeps the one that triggered it.
            oracle.gradient(x, perturbedGrad);
            g = perturbedGrad;
        }
        for (int i = 0; i < n; i++) x[i] = x[i] - lr * g[i];
        return f;
    }

    /** ξ uniform in the ball: a uniform direction (normalized Gaussian) times r·U^(1/n). */
    private void uniformInBall(double[] out) {
        double norm;
        do {
            for (int i = 0; i < n; i++) out[i] = random.nextGaussian();
            norm = Vectors.norm(out);
        } while (norm == 0);
        double length = radius * Math.pow(random.nextDouble(), 1.0 / n);
        for (int i = 0; i < n; i++) out[i] = out[i] / norm * length;
    }

    private void record(long t) {
        if (perturbationCount == perturbations.length) perturbations = Arrays.copyOf(perturbations, 2 * perturbationCount);
        perturbations[perturbationCount++] = t;
    }

    /** The 0-based indices of the steps that began with a perturbation, ascending. */
    public long[] perturbationSteps() {
        return Arrays.copyOf(perturbations, perturbationCount);
    }

    @Override
    protected void clearState() {
        tNoise = -(long) tThres - 1;
        perturbationCount = 0;
    }
}
