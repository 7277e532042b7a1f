package org.landscapelab.sim;

import java.util.random.RandomGenerator;
import org.landscapelab.optim.FiniteSumOracle;

/**
 * The oracle a first-order optimizer sees during one run: the landscape's gradient, or the mean
 * over a fresh minibatch of rows each step, plus the step's gradient noise in GRADIENT mode. Finite
 * sums stay visible to the variance-reduced methods, which sample their own batches.
 */
final class StepOracle implements FiniteSumOracle {
    private final LandscapeOracle landscape;
    private final int[] batch;
    private final RandomGenerator batchRandom;
    private double noiseX;
    private double noiseY;

    /** {@code batchSize} 0 means the full gradient. */
    StepOracle(LandscapeOracle landscape, int batchSize, RandomGenerator batchRandom) {
        this.landscape = landscape;
        this.batch = batchSize > 0 ? new int[batchSize] : null;
        this.batchRandom = batchRandom;
    }

    /** Prepares step k: draws its minibatch (rows with replacement) and sets its gradient noise. */
    void beginStep(double gradientNoiseX, double gradientNoiseY) {
        noiseX = gradientNoiseX;
        noiseY = gradientNoiseY;
        if (batch != null) {
            int m = landscape.components();
            for (int i = 0; i < batch.length; i++) batch[i] = batchRandom.nextInt(m);
        }
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double gradient(double[] x, double[] grad) {
        double f = batch == null ? landscape.gradient(x, grad) : landscape.componentGradient(x, batch, grad);
        grad[0] += noiseX;
        grad[1] += noiseY;
        return f;
    }

    @Override
    public boolean hasHessian() {
        return true;
    }

    @Override
    public void hessian(double[] x, double[] h) {
        landscape.hessian(x, h);
    }

    @Override
    public int components() {
        return landscape.components();
    }

    @Override
    public double componentGradient(double[] x, int[] rows, double[] grad) {
        return landscape.componentGradient(x, rows, grad);
    }
}
