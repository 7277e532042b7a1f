package org.landscapelab.nn;

import org.ejml.data.DMatrixRMaj;

/** Element-wise and row-broadcast kernels that EJML does not name. */
public final class Rows {
    private Rows() {}

    /** m[r, c] += row[c] for every row r (a bias). */
    public static void addRowVector(DMatrixRMaj m, DMatrixRMaj row) {
        int cols = m.numCols;
        double[] a = m.data, b = row.data;
        for (int r = 0; r < m.numRows; r++) {
            int o = r * cols;
            for (int c = 0; c < cols; c++) a[o + c] += b[c];
        }
    }

    /** sums[c] += Σ_r m[r, c] (the gradient of a bias). */
    public static void addColumnSums(DMatrixRMaj m, DMatrixRMaj sums) {
        int cols = m.numCols;
        double[] a = m.data, s = sums.data;
        for (int r = 0; r < m.numRows; r++) {
            int o = r * cols;
            for (int c = 0; c < cols; c++) s[c] += a[o + c];
        }
    }

    /** m = max(m, 0); without a branch, which on random signs mispredicts half the time, and SIMD. */
    public static void reluInPlace(DMatrixRMaj m) {
        double[] a = m.data;
        int n = m.getNumElements();
        for (int i = 0; i < n; i++) a[i] = Math.max(a[i], 0.0);
    }

    /** g[i] = 0 where out[i] <= 0: relu passes gradient only where its output is positive. */
    public static void zeroWhereNotPositive(DMatrixRMaj g, DMatrixRMaj out) {
        double[] ga = g.data, oa = out.data;
        int n = g.getNumElements();
        for (int i = 0; i < n; i++) if (oa[i] <= 0) ga[i] = 0;
    }

    /** c = a + alpha·b, reshaping c. */
    public static void addScaled(DMatrixRMaj a, double alpha, DMatrixRMaj b, DMatrixRMaj c) {
        c.reshape(a.numRows, a.numCols);
        double[] x = a.data, y = b.data, z = c.data;
        int n = a.getNumElements();
        for (int i = 0; i < n; i++) z[i] = x[i] + alpha * y[i];
    }
}
