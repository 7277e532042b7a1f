package org.landscapelab.optim;

/**
 * Cubic-regularized Newton (Nesterov & Polyak 2006): x ← x + lr·s with s the global minimizer of
 * g·s + ½sᵀHs + (M/6)|s|³, found exactly by {@link CubicSubproblem}. Unlike Newton it moves away
 * from a saddle even where the gradient vanishes.
 */
final class CubicNewton extends CurvatureStep {
    private final double m;
    private final double[] offsets;

    CubicNewton(OptimizerSpec spec, int dimension) {
        super(spec, dimension);
        m = spec.real("M");
        offsets = new double[dimension];
    }

    @Override
    protected void stepInEigenbasis(double[] lambda, double[] g, double[] s) {
        CubicSubproblem.solve(lambda, g, m, offsets, s);
    }
}
