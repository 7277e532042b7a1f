package org.landscapelab.nn.training;

import java.util.SplittableRandom;

/**
 * The minibatches of a run: {@code batchSize} distinct examples per step, drawn from their own
 * random stream, so the batch sequence depends on the seed only (never on the optimizer). Size 0
 * means the whole data set every step.
 */
final class BatchSampler {
    private final SplittableRandom random;
    private final int[] order, batch;

    BatchSampler(int examples, int batchSize, SplittableRandom random) {
        if (batchSize > examples) {
            throw new IllegalArgumentException("batch size " + batchSize + " exceeds the " + examples + " examples");
        }
        this.random = random;
        this.order = new int[examples];
        for (int i = 0; i < order.length; i++) order[i] = i;
        this.batch = new int[batchSize];
    }

    /** Whether every step uses all examples. */
    boolean fullBatch() {
        return batch.length == 0;
    }

    /** The next batch: a partial Fisher–Yates shuffle of the examples; the same array each call, overwritten. */
    int[] next() {
        for (int i = 0; i < batch.length; i++) {
            int j = i + random.nextInt(order.length - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
            batch[i] = order[i];
        }
        return batch;
    }
}
