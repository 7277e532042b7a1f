package org.landscapelab.optim;

/**
 * Saddle-free Newton (Dauphin et al. 2014): x ← x − lr·|H|⁻¹∇f with |H| = V·max(|Λ|, δ)·Vᵀ.
 * Flipping the sign of negative curvature turns Newton's attraction to saddles into repulsion;
 * the floor δ keeps steps finite where the curvature vanishes.
 */
final class SaddleFreeNewton extends CurvatureStep {
    private final double damping;

    SaddleFreeNewton(OptimizerSpec spec, int dimension) {
        super(spec, dimension);
        damping = spec.real("damping");
    }

    @Override
    protected void stepInEigenbasis(double[] lambda, double[] g, double[] s) {
        for (int k = 0; k < lambda.length; k++) s[k] = -g[k] / Math.max(Math.abs(lambda[k]), damping);
    }
}
