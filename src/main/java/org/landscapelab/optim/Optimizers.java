package org.landscapelab.optim;

import java.util.Objects;
import java.util.random.RandomGenerator;

/** Creates optimizers from their specifications. */
public final class Optimizers {
    private Optimizers() {}

    /**
     * A fresh optimizer for parameter vectors of the given dimension.
     *
     * @param random the generator for perturbations (pgd) and mini-batches (svrg, sarah); seed it
     *     for reproducible runs. Unused by the deterministic methods.
     */
    public static Optimizer create(OptimizerSpec spec, int dimension, RandomGenerator random) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(random, "random");
        return switch (spec.kind()) {
            case SGD -> new Sgd(spec, dimension);
            case ADAM -> new Adam(spec, dimension, false);
            case ADAMW -> new Adam(spec, dimension, true);
            case RMSPROP -> new RmsProp(spec, dimension);
            case ADAGRAD -> new Adagrad(spec, dimension);
            case NEWTON -> new DampedNewton(spec, dimension);
            case CUBIC_NEWTON -> new CubicNewton(spec, dimension);
            case SADDLE_FREE_NEWTON -> new SaddleFreeNewton(spec, dimension);
            case PGD -> new PerturbedGradientDescent(spec, dimension, random);
            case SVRG -> new Svrg(spec, dimension, random);
            case SARAH -> new Sarah(spec, dimension, random);
            case WEIGHT_NORM_GD -> new WeightNormGd(spec, dimension);
        };
    }

    /** A deterministic optimizer; the ones that draw random numbers need {@link #create(OptimizerSpec, int, RandomGenerator)}. */
    public static Optimizer create(OptimizerSpec spec, int dimension) {
        if (spec.kind().usesRandom()) {
            throw new IllegalArgumentException(spec.kind().id() + " draws random numbers: pass a seeded random generator");
        }
        return create(spec, dimension, NO_RANDOM);
    }

    /** Stands in for the generator of deterministic methods, which never draw. Stateless. */
    private static final RandomGenerator NO_RANDOM = () -> {
        throw new IllegalStateException("a deterministic optimizer drew a random number");
    };
}
