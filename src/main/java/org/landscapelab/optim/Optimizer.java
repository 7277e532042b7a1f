package org.landscapelab.optim;

import java.util.Optional;

/**
 * An optimizer with its state (moments, step counter, …) for one parameter vector of fixed
 * dimension. Not thread-safe: one instance per run. Each step reads only the oracle and its own
 * state, so the per-step path allocates nothing.
 */
public interface Optimizer {

    /**
     * One update of {@code x} in place. Returns f(x) at the point before the step (for
     * variance-reduced methods between full-gradient steps, the mini-batch estimate of it).
     *
     * @throws IllegalArgumentException if x or the oracle has the wrong dimension, or the oracle
     *     lacks what this method needs (a Hessian, a finite sum)
     */
    double step(double[] x, Oracle oracle);

    /** Forgets all state, as if freshly created (a random generator is not rewound). */
    void reset();

    /** The specification this optimizer was created from. */
    OptimizerSpec spec();

    /** Length of the parameter vectors this optimizer updates. */
    int dimension();

    /** Steps taken since creation or the last reset. */
    long steps();

    /** The learning rate the next step will use, after the schedule. */
    double currentLr();

    /** x after the last step minus x before it (zeros before the first step); a copy. */
    double[] lastUpdate();

    /**
     * The gradient the last step used at the point before it, as the oracle returned it (before
     * weight decay and maximize); for SVRG and SARAH the variance-reduced estimate. Zeros before the
     * first step; a copy.
     */
    double[] lastGradient();

    /**
     * The momentum this method carries between steps, if any: SGD's and RMSprop's momentum buffer
     * (when momentum &gt; 0), Adam's and AdamW's first moment. A copy.
     */
    default Optional<double[]> momentum() {
        return Optional.empty();
    }
}
