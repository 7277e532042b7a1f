package org.landscapelab.noise;

/**
 * The increments of one path, handed out one at a time in order: step k's increment is the k-th
 * value. At most {@link IncrementSampler#length()} values may be asked for.
 */
@FunctionalInterface
public interface IncrementStream {
    double next();
}
