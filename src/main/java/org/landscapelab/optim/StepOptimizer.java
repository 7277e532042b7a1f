package org.landscapelab.optim;

import java.util.Arrays;

/**
 * What every optimizer here shares: dimension checks, the step counter, the schedule, and the
 * buffers the UI reads (last gradient, last update). Subclasses implement one update with the
 * scheduled learning rate. All buffers are allocated once, so a step allocates nothing.
 */
abstract class StepOptimizer implements Optimizer {
    protected final OptimizerSpec spec;
    protected final int n;
    /** The gradient (or gradient estimate) at x before the step; subclasses write it. */
    protected final double[] grad;
    private final LrSchedule schedule;
    private final double baseLr;
    private final double[] before;
    private final double[] update;
    private long steps;

    StepOptimizer(OptimizerSpec spec, int dimension) {
        if (dimension < 1) throw new IllegalArgumentException("dimension must be >= 1, got " + dimension);
        this.spec = spec;
        this.n = dimension;
        this.schedule = spec.schedule();
        this.baseLr = spec.lr();
        this.grad = new double[dimension];
        this.before = new double[dimension];
        this.update = new double[dimension];
    }

    @Override
    public final double step(double[] x, Oracle oracle) {
        if (x.length != n) {
            throw new IllegalArgumentException(spec.kind().id() + " was created for dimension " + n
                    + ", got a vector of length " + x.length);
        }
        if (oracle.dimension() != n) {
            throw new IllegalArgumentException(spec.kind().id() + " was created for dimension " + n
                    + ", got an objective of dimension " + oracle.dimension());
        }
        System.arraycopy(x, 0, before, 0, n);
        double f = update(x, oracle, schedule.lr(baseLr, steps), steps);
        for (int i = 0; i < n; i++) update[i] = x[i] - before[i];
        steps++;
        return f;
    }

    /**
     * Updates x in place and returns f before the update.
     *
     * @param lr the scheduled learning rate of this step
     * @param t the 0-based index of this step
     */
    protected abstract double update(double[] x, Oracle oracle, double lr, long t);

    /** Clears the method's own state (moments, buffers, counters). */
    protected abstract void clearState();

    @Override
    public final void reset() {
        steps = 0;
        Arrays.fill(grad, 0);
        Arrays.fill(update, 0);
        clearState();
    }

    @Override
    public final OptimizerSpec spec() { return spec; }

    @Override
    public final int dimension() { return n; }

    @Override
    public final long steps() { return steps; }

    @Override
    public final double currentLr() { return schedule.lr(baseLr, steps); }

    @Override
    public final double[] lastUpdate() { return update.clone(); }

    @Override
    public final double[] lastGradient() { return grad.clone(); }
}
