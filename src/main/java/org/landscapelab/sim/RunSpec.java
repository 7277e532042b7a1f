package org.landscapelab.sim;

import org.landscapelab.landscape.Point;
import org.landscapelab.noise.NoiseSpec;
import org.landscapelab.optim.OptimizerSpec;

/**
 * Everything that determines a run besides the landscape: with the same landscape, the same spec
 * gives the same numbers to the bit, in the app, on the command line and in tests.
 *
 * @param batchSize rows per minibatch on a finite-sum landscape; 0 for the full gradient
 * @param bound the run counts as diverged once it is farther than this from the domain's centre
 *     (NaN: 100 domain diagonals)
 */
public record RunSpec(OptimizerSpec optimizer, NoiseSpec noise, NoiseMode mode, Point start, int steps, long seed,
                      int batchSize, double bound) {
    /** More steps than this would not fit in memory as a recorded trajectory. */
    public static final int MAX_STEPS = 5_000_000;

    public RunSpec {
        if (optimizer == null) throw new IllegalArgumentException("an optimizer is required");
        if (noise == null) noise = NoiseSpec.NONE;
        if (mode == null) mode = NoiseMode.ITERATE;
        if (start == null || !Double.isFinite(start.x()) || !Double.isFinite(start.y())) {
            throw new IllegalArgumentException("start must be a finite point, got " + start);
        }
        if (steps < 0 || steps > MAX_STEPS) throw new IllegalArgumentException("steps must be in [0, " + MAX_STEPS + "], got " + steps);
        if (batchSize < 0) throw new IllegalArgumentException("batch size must be >= 0 (0: full gradient), got " + batchSize);
        if (!(Double.isNaN(bound) || bound > 0)) throw new IllegalArgumentException("bound must be > 0, got " + bound);
    }

    /** A noise-free, full-gradient run. */
    public static RunSpec of(OptimizerSpec optimizer, Point start, int steps) {
        return new RunSpec(optimizer, NoiseSpec.NONE, NoiseMode.ITERATE, start, steps, 0, 0, Double.NaN);
    }

    public RunSpec withNoise(NoiseSpec n, NoiseMode m) {
        return new RunSpec(optimizer, n, m, start, steps, seed, batchSize, bound);
    }

    public RunSpec withOptimizer(OptimizerSpec o) {
        return new RunSpec(o, noise, mode, start, steps, seed, batchSize, bound);
    }

    public RunSpec withStart(Point p) {
        return new RunSpec(optimizer, noise, mode, p, steps, seed, batchSize, bound);
    }

    public RunSpec withSteps(int n) {
        return new RunSpec(optimizer, noise, mode, start, n, seed, batchSize, bound);
    }

    public RunSpec withSeed(long s) {
        return new RunSpec(optimizer, noise, mode, start, steps, s, batchSize, bound);
    }

    public RunSpec withBatchSize(int b) {
        return new RunSpec(optimizer, noise, mode, start, steps, seed, b, bound);
    }

    public RunSpec withBound(double b) {
        return new RunSpec(optimizer, noise, mode, start, steps, seed, batchSize, b);
    }

    /** The time step of the noise process: the optimizer's learning rate. */
    public double dt() {
        return optimizer.lr();
    }
}
