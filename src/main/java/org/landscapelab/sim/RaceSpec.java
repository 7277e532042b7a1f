package org.landscapelab.sim;

import java.util.List;
import org.landscapelab.landscape.Point;
import org.landscapelab.noise.NoiseSpec;
import org.landscapelab.optim.OptimizerSpec;

/**
 * A race of optimizers: every optimizer from one start with one noise realization (the same seed
 * gives every optimizer the same draws), for the same number of steps.
 *
 * @param batchSize rows per minibatch on a finite-sum landscape (0: full gradient); a variance-reduced
 *     optimizer, which needs the finite sum itself, always gets the full gradient
 */
public record RaceSpec(List<OptimizerSpec> optimizers, NoiseSpec noise, NoiseMode mode, Point start, int steps, long seed,
                       int batchSize) {
    public RaceSpec {
        optimizers = List.copyOf(optimizers);
    }

    /** The run of one optimizer in this race (it need not be one of {@link #optimizers}). */
    public RunSpec runSpec(OptimizerSpec optimizer) {
        return new RunSpec(optimizer, noise, mode, start, steps, seed, optimizer.kind().needsFiniteSum() ? 0 : batchSize, Double.NaN);
    }

    /** One run per optimizer, in order. */
    public List<RunSpec> runSpecs() {
        return optimizers.stream().map(this::runSpec).toList();
    }
}
