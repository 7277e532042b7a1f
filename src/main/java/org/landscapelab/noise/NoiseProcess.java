package org.landscapelab.noise;

import java.util.random.RandomGenerator;

/**
 * A unit-scale noise process Z sampled on the grid t_k = k·dt. A run uses its increments
 * xi_k = Z((k+1)dt) - Z(k dt): x_{k+1} = x_k - eta·grad f(x_k) + sigma·xi_k (perturbed iterates, with
 * dt = eta), or grad f(x_k) + sigma·xi_k / incrementScale(dt) (gradient noise).
 *
 * <p>Paths have a length n known in advance: correlated processes (fractional Gaussian noise) are
 * drawn whole and cannot be extended step by step cheaply; the others can be read step by step
 * ({@link IncrementSampler#stream}) without holding the path.
 *
 * <p>The processes the lab offers are those of {@link NoiseCatalog}, which makes each from a spec.
 */
public interface NoiseProcess {

    NoiseKind kind();

    /** A sampler of paths of n increments over time step dt, reusable across particles and threads. */
    IncrementSampler sampler(int n, double dt);

    /**
     * The scale of one increment over dt, so that increments / incrementScale(dt) have a law that no
     * longer depends on dt's size (for the Gaussian processes other than anti: unit variance).
     */
    double incrementScale(double dt);

    /** The n increments of one path over time step dt. */
    default double[] increments(int n, double dt, RandomGenerator random) {
        return sampler(n, dt).sample(random);
    }

    /**
     * The path Z(t_0), ..., Z(t_n) (n + 1 values) from the same draws as {@link #increments}: the
     * cumulative sums of the increments, starting at Z(0) = 0 unless the process says otherwise.
     */
    default double[] path(int n, double dt, RandomGenerator random) {
        return cumulativeSum(increments(n, dt, random));
    }

    /** 0, d_0, d_0 + d_1, ...: n + 1 partial sums of n increments. */
    static double[] cumulativeSum(double[] increments) {
        double[] path = new double[increments.length + 1];
        for (int k = 0; k < increments.length; k++) path[k + 1] = path[k] + increments[k];
        return path;
    }
}
