package org.landscapelab.optim;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import java.util.SplittableRandom;

/**
 * f(w) = (1/N) Σ ½(a_i·w − b_i)², rows a_i uniform on the unit sphere (so each f_i is 1-smooth),
 * b_i = a_i·w_true + noise: strongly convex, and not interpolating, so plain SGD stalls.
 */
final class LeastSquares implements FiniteSumOracle {
    final int rows;
    final int dim;
    private final double[] a;
    private final double[] b;
    /** The minimizer, from the normal equations. */
    final double[] optimum;
    /** λ_min of AᵀA/N: the strong convexity of f. */
    final double mu;
    /** Every f_i is L-smooth with L = |a_i|² = 1. */
    final double smoothness = 1;

    LeastSquares(int rows, int dim, double noise, long seed) {
        this.rows = rows;
        this.dim = dim;
        SplittableRandom random = new SplittableRandom(seed);
        a = new double[rows * dim];
        b = new double[rows];
        double[] wTrue = new double[dim];
        for (int j = 0; j < dim; j++) wTrue[j] = random.nextDouble(-1, 1);
        for (int i = 0; i < rows; i++) {
            double norm = 0;
            for (int j = 0; j < dim; j++) {
                a[i * dim + j] = gaussian(random);
                norm += a[i * dim + j] * a[i * dim + j];
            }
            norm = Math.sqrt(norm);
            double dot = 0;
            for (int j = 0; j < dim; j++) {
                a[i * dim + j] /= norm;
                dot += a[i * dim + j] * wTrue[j];
            }
            b[i] = dot + noise * gaussian(random);
        }
        DMatrixRMaj matA = new DMatrixRMaj(rows, dim, true, a);
        DMatrixRMaj ata = new DMatrixRMaj(dim, dim);
        CommonOps_DDRM.multTransA(matA, matA, ata);
        CommonOps_DDRM.scale(1.0 / rows, ata);
        DMatrixRMaj atb = new DMatrixRMaj(dim, 1);
        CommonOps_DDRM.multTransA(matA, new DMatrixRMaj(rows, 1, true, b), atb);
        CommonOps_DDRM.scale(1.0 / rows, atb);
        DMatrixRMaj w = new DMatrixRMaj(dim, 1);
        if (!CommonOps_DDRM.solve(ata, atb, w)) throw new IllegalStateException("singular");
        optimum = w.data.clone();
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(dim, false, true);
        eig.decompose(ata.copy());
        double min = Double.POSITIVE_INFINITY;
        for (int k = 0; k < dim; k++) min = Math.min(min, eig.getEigenvalue(k).real);
        mu = min;
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    @Override
    public int dimension() {
        return dim;
    }

    @Override
    public int components() {
        return rows;
    }

    @Override
    public double gradient(double[] w, double[] grad) {
        java.util.Arrays.fill(grad, 0);
        double f = 0;
        for (int i = 0; i < rows; i++) f += accumulate(w, i, grad);
        for (int j = 0; j < dim; j++) grad[j] /= rows;
        return f / rows;
    }

    @Override
    public double componentGradient(double[] w, int[] batch, double[] grad) {
        java.util.Arrays.fill(grad, 0);
        double f = 0;
        for (int i : batch) f += accumulate(w, i, grad);
        for (int j = 0; j < dim; j++) grad[j] /= batch.length;
        return f / batch.length;
    }

    private double accumulate(double[] w, int i, double[] grad) {
        double r = -b[i];
        for (int j = 0; j < dim; j++) r += a[i * dim + j] * w[j];
        for (int j = 0; j < dim; j++) grad[j] += r * a[i * dim + j];
        return 0.5 * r * r;
    }

    double value(double[] w) {
        return gradient(w, new double[dim]);
    }

    /** f(w) − f(w*) = |A(w − w*)|²/(2N), computed without the cancellation of f(w) − f*. */
    double gap(double[] w) {
        double sum = 0;
        for (int i = 0; i < rows; i++) {
            double r = 0;
            for (int j = 0; j < dim; j++) r += a[i * dim + j] * (w[j] - optimum[j]);
            sum += r * r;
        }
        return sum / (2 * rows);
    }

    double gradientNormSquared(double[] w) {
        double[] g = new double[dim];
        gradient(w, g);
        double sum = 0;
        for (double e : g) sum += e * e;
        return sum;
    }
}
