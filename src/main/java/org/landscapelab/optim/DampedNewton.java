package org.landscapelab.optim;

/**
 * Damped Newton: x ← x − lr·(H + ρI)⁻¹∇f. It jumps to the critical point of the local quadratic
 * model whatever its type, so it is attracted to saddles and maxima: kept so the lab can show
 * exactly that. Where H + ρI is singular to working precision the pseudo-inverse is used (no move
 * along those directions) rather than an infinite step.
 */
final class DampedNewton extends CurvatureStep {
    private final double regularization;

    DampedNewton(OptimizerSpec spec, int dimension) {
        super(spec, dimension);
        regularization = spec.real("regularization");
    }

    @Override
    protected void stepInEigenbasis(double[] lambda, double[] g, double[] s) {
        double largest = 0;
        for (double l : lambda) largest = Math.max(largest, Math.abs(l + regularization));
        double singular = 1e-13 * largest;
        for (int k = 0; k < lambda.length; k++) {
            double curvature = lambda[k] + regularization;
            s[k] = Math.abs(curvature) > singular ? -g[k] / curvature : 0;
        }
    }
}
