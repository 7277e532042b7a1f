package org.landscapelab.optim;

import java.util.random.RandomGenerator;

/**
 * What SVRG and SARAH share: a finite-sum objective, epochs of epoch_length steps that begin with
 * a full gradient, and mini-batches from a seeded generator. Between full-gradient steps {@link #step}
 * returns the mini-batch mean of f_i at x, an unbiased estimate of f(x), since computing f(x)
 * exactly would cost a full pass.
 */
abstract class VarianceReduced extends StepOptimizer {
    protected final int epochLength;
    private final BatchSampler sampler;

    VarianceReduced(OptimizerSpec spec, int dimension, RandomGenerator random) {
        super(spec, dimension);
        epochLength = spec.integer("epoch_length");
        sampler = new BatchSampler(random, spec.integer("batch_size"));
    }

    @Override
    protected final double update(double[] x, Oracle oracle, double lr, long t) {
        if (!(oracle instanceof FiniteSumOracle)) {
            throw new IllegalArgumentException(spec.kind().id()
                    + " needs a finite-sum landscape (a landscape file with data rows)");
        }
        FiniteSumOracle sum = (FiniteSumOracle) oracle;
        return t % epochLength == 0 ? epochStart(x, sum, lr) : innerStep(x, sum, lr);
    }

    /** The first step of an epoch, from the full gradient; writes {@link #grad}. */
    protected abstract double epochStart(double[] x, FiniteSumOracle oracle, double lr);

    /** A later step, from mini-batch gradients; writes {@link #grad}. */
    protected abstract double innerStep(double[] x, FiniteSumOracle oracle, double lr);

    protected final int[] nextBatch(FiniteSumOracle oracle) {
        return sampler.next(spec.kind().id(), oracle.components());
    }
}
