package org.landscapelab.nn.training;

import java.util.Objects;
import org.landscapelab.optim.OptimizerSpec;

/**
 * How to train: the optimizer, the number of steps, the batch size in examples (0: the whole data
 * set every step), how often to publish a snapshot with probes, and the seed of the batches and of
 * the optimizer's own random numbers.
 */
public record TrainerConfig(OptimizerSpec optimizer, long steps, int batchSize, int reportEvery, long seed) {

    public TrainerConfig {
        Objects.requireNonNull(optimizer, "optimizer");
        if (steps < 1) throw new IllegalArgumentException("steps must be >= 1, got " + steps);
        if (batchSize < 0) throw new IllegalArgumentException("batch size must be >= 0 (0: all examples), got " + batchSize);
        if (reportEvery < 1) throw new IllegalArgumentException("report interval must be >= 1, got " + reportEvery);
    }

    /** Full batches, a snapshot every 10 steps, seed 0. */
    public static TrainerConfig of(OptimizerSpec optimizer, long steps) {
        return new TrainerConfig(optimizer, steps, 0, 10, 0);
    }

    public TrainerConfig withBatchSize(int examples) {
        return new TrainerConfig(optimizer, steps, examples, reportEvery, seed);
    }

    public TrainerConfig withReportEvery(int k) {
        return new TrainerConfig(optimizer, steps, batchSize, k, seed);
    }

    public TrainerConfig withSeed(long newSeed) {
        return new TrainerConfig(optimizer, steps, batchSize, reportEvery, newSeed);
    }
}
