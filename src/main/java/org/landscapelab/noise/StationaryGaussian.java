package org.landscapelab.noise;

import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Exact samplers of a zero-mean stationary Gaussian sequence X_0, ..., X_{n-1} with a given
 * autocovariance, scaled by a constant. Davies–Harte circulant embedding is tried first (O(n log n)
 * per path); if the embedding has a negative eigenvalue beyond round-off, the exact Hosking
 * (Durbin–Levinson) recursion is used instead (O(n^2) per path, but correct for any positive
 * definite autocovariance).
 */
final class StationaryGaussian {
    private StationaryGaussian() {}

    /**
     * @param autocovariances gives gamma(0), ..., gamma(count - 1) for a requested count
     * @param scale           every sample is multiplied by it
     */
    static IncrementSampler sampler(int n, double scale, IntFunction<double[]> autocovariances) {
        int m = CirculantEmbedding.halfSize(n);
        double[] gamma = autocovariances.apply(m + 1);
        Optional<CirculantEmbedding> embedding = CirculantEmbedding.of(n, scale, gamma);
        return embedding.isPresent() ? embedding.get() : new DurbinLevinson(n, scale, gamma);
    }
}
