package org.landscapelab.nn;

import java.util.List;
import java.util.random.RandomGenerator;

/** Draws initial parameter values; see {@link Init} for the scales. */
public final class Initializer {
    private Initializer() {}

    /** Weights i.i.d. N(0, std²) in list order and row-major order, shifts 0, scales 1. */
    public static void initialize(List<ParameterTensor> parameters, Init init, RandomGenerator random) {
        for (ParameterTensor p : parameters) {
            double[] a = p.value().data;
            int n = p.size();
            switch (p.role()) {
                case WEIGHT -> {
                    double std = init.std(p.value().numRows, p.value().numCols);
                    for (int i = 0; i < n; i++) a[i] = std * random.nextGaussian();
                }
                case SHIFT -> java.util.Arrays.fill(a, 0, n, 0.0);
                case SCALE -> java.util.Arrays.fill(a, 0, n, 1.0);
            }
        }
    }
}
