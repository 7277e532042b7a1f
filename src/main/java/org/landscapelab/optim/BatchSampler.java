package org.landscapelab.optim;

import java.util.random.RandomGenerator;

/**
 * Mini-batches of component indices: within a batch without replacement (distinct rows), batches
 * independent of each other. A partial Fisher–Yates shuffle over a kept permutation, so sampling
 * allocates nothing.
 */
final class BatchSampler {
    private final RandomGenerator random;
    private final int[] batch;
    private int[] permutation = new int[0];

    BatchSampler(RandomGenerator random, int batchSize) {
        this.random = random;
        this.batch = new int[batchSize];
    }

    /** A uniformly random set of batch-size distinct indices in [0, components). */
    int[] next(String method, int components) {
        if (batch.length > components) {
            throw new IllegalArgumentException(method + ": batch_size " + batch.length + " exceeds the "
                    + components + " data rows of the landscape");
        }
        if (permutation.length != components) {
            permutation = new int[components];
            for (int i = 0; i < components; i++) permutation[i] = i;
        }
        for (int j = 0; j < batch.length; j++) {
            int k = j + random.nextInt(components - j);
            int swap = permutation[j];
            permutation[j] = permutation[k];
            permutation[k] = swap;
            batch[j] = permutation[j];
        }
        return batch;
    }
}
