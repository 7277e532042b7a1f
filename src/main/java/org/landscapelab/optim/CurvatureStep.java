package org.landscapelab.optim;

/**
 * The second-order methods' shared step: gradient and Hessian at x, the Hessian's eigen-
 * decomposition, a method-specific step computed in eigen-coordinates, and x ← x + lr·s.
 * Working in the eigenbasis keeps the three methods one line apart and makes singular and
 * indefinite Hessians explicit.
 */
abstract class CurvatureStep extends StepOptimizer {
    private final double[] hessian;
    private final SymmetricEigen eigen;
    private final double[] eigenvalues;
    private final double[] gradientCoordinates;
    private final double[] stepCoordinates;
    private final double[] s;

    CurvatureStep(OptimizerSpec spec, int dimension) {
        super(spec, dimension);
        hessian = new double[dimension * dimension];
        eigen = new SymmetricEigen(dimension);
        eigenvalues = new double[dimension];
        gradientCoordinates = new double[dimension];
        stepCoordinates = new double[dimension];
        s = new double[dimension];
    }

    @Override
    protected final double update(double[] x, Oracle oracle, double lr, long t) {
        if (!oracle.hasHessian()) {
            throw new IllegalArgumentException(spec.kind().id() + " needs the Hessian of the objective, which this one does not provide");
        }
        double f = oracle.gradient(x, grad);
        oracle.hessian(x, hessian);
        eigen.decompose(hessian);
        for (int k = 0; k < n; k++) eigenvalues[k] = eigen.value(k);
        eigen.project(grad, gradientCoordinates);
        stepInEigenbasis(eigenvalues, gradientCoordinates, stepCoordinates);
        eigen.combine(stepCoordinates, s);
        for (int i = 0; i < n; i++) x[i] = x[i] + lr * s[i];
        return f;
    }

    /**
     * Writes the step s in eigen-coordinates.
     *
     * @param lambda the Hessian's eigenvalues, ascending
     * @param g the gradient's coordinates in the eigenbasis
     */
    protected abstract void stepInEigenbasis(double[] lambda, double[] g, double[] s);

    @Override
    protected void clearState() {
        // stateless between steps
    }
}
