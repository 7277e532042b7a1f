package org.landscapelab.optim;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * H = V Λ Vᵀ for a symmetric n × n matrix, eigenvalues ascending. Closed form (one Jacobi
 * rotation) for n ≤ 2, which is every landscape step; EJML's symmetric QR algorithm above. Reused
 * across steps: buffers are allocated once.
 */
final class SymmetricEigen {
    private final int n;
    private final double[] values;
    /** Row-major: eigenvector k is column k, component i at [i * n + k]. */
    private final double[] vectors;
    private final DMatrixRMaj matrix;
    private final EigenDecomposition_F64<DMatrixRMaj> decomposition;
    private final int[] order;

    SymmetricEigen(int n) {
        this.n = n;
        this.values = new double[n];
        this.vectors = new double[n * n];
        if (n > 2) {
            matrix = new DMatrixRMaj(n, n);
            decomposition = DecompositionFactory_DDRM.eig(n, true, true);
            order = new int[n];
        } else {
            matrix = null;
            decomposition = null;
            order = null;
        }
    }

    /** Decomposes h (row-major; its symmetric part is used). */
    void decompose(double[] h) {
        if (n == 1) {
            values[0] = h[0];
            vectors[0] = 1;
        } else if (n == 2) {
            decompose2(h[0], 0.5 * (h[1] + h[2]), h[3]);
        } else {
            decomposeLarge(h);
        }
    }

    /** Golub & Van Loan's sym.schur2: the rotation [c s; −s c] diagonalizes [a b; b d]. */
    private void decompose2(double a, double b, double d) {
        double c = 1;
        double s = 0;
        if (b != 0) {
            double tau = (d - a) / (2 * b);
            double t = tau >= 0 ? 1 / (tau + Math.hypot(1, tau)) : -1 / (-tau + Math.hypot(1, tau));
            c = 1 / Math.sqrt(1 + t * t);
            s = t * c;
            a = a - t * b;
            d = d + t * b;
        }
        // Columns (c, −s) for a and (s, c) for d; ascending order.
        if (a <= d) {
            set2(a, c, -s, d, s, c);
        } else {
            set2(d, s, c, a, c, -s);
        }
    }

    private void set2(double l0, double v00, double v10, double l1, double v01, double v11) {
        values[0] = l0;
        values[1] = l1;
        vectors[0] = v00;
        vectors[2] = v10;
        vectors[1] = v01;
        vectors[3] = v11;
    }

    private void decomposeLarge(double[] h) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) matrix.data[i * n + j] = 0.5 * (h[i * n + j] + h[j * n + i]);
        }
        if (!decomposition.decompose(matrix)) {
            throw new ArithmeticException("eigen-decomposition of the Hessian failed (non-finite entries?)");
        }
        // Ascending order of the eigenvalues, by insertion sort on indices (no boxing).
        for (int k = 0; k < n; k++) {
            int index = k;
            double value = decomposition.getEigenvalue(k).real;
            int j = k;
            while (j > 0 && decomposition.getEigenvalue(order[j - 1]).real > value) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = index;
        }
        for (int k = 0; k < n; k++) {
            int src = order[k];
            values[k] = decomposition.getEigenvalue(src).real;
            DMatrixRMaj v = decomposition.getEigenVector(src);
            double norm = 0;
            for (int i = 0; i < n; i++) norm += v.data[i] * v.data[i];
            norm = Math.sqrt(norm);
            for (int i = 0; i < n; i++) vectors[i * n + k] = v.data[i] / norm;
        }
    }

    int dimension() { return n; }

    /** Eigenvalue k, ascending. */
    double value(int k) { return values[k]; }

    /** Component i of the unit eigenvector of eigenvalue k. */
    double vector(int i, int k) { return vectors[i * n + k]; }

    /** Writes Vᵀg: the coordinates of g in the eigenbasis. */
    void project(double[] g, double[] out) {
        for (int k = 0; k < n; k++) {
            double sum = 0;
            for (int i = 0; i < n; i++) sum += vectors[i * n + k] * g[i];
            out[k] = sum;
        }
    }

    /** Writes V c: the vector with eigen-coordinates c. */
    void combine(double[] c, double[] out) {
        for (int i = 0; i < n; i++) {
            double sum = 0;
            int row = i * n;
            for (int k = 0; k < n; k++) sum += vectors[row + k] * c[k];
            out[i] = sum;
        }
    }
}
