package org.landscapelab.nn;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The three dense products of a layer's forward and backward pass, on row-major matrices:
 * c = a·b, c += aᵀ·b (weight gradients) and c = a·bᵀ (input gradients).
 *
 * <p>All three come down to one kernel, {@link #accumulate}: rows of c gain multiples of rows of b,
 * c_r += Σ_q s(r, q) · b_q. Its inner loop over a row is what the JIT turns into SIMD
 * multiply-adds; doing four rows of c and four rows of b per pass loads each row of b once for
 * four rows of c and loads and stores c a quarter as often as a plain row update (EJML's reorder
 * kernels). The order of additions is fixed, so results do not depend on timing.
 */
public final class MatMul {
    private MatMul() {}

    /** c = a·b (a m × k, b k × n); c is reshaped to m × n. */
    public static void mult(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        requireInner(a.numCols, b.numRows);
        c.reshape(a.numRows, b.numCols);
        c.zero();
        // c_i += Σ_p a[i, p] b_p
        accumulate(a.data, a.numCols, 1, a.numRows, a.numCols, b.data, c.data, b.numCols);
    }

    /** c += aᵀ·b (a m × k, b m × n, c k × n). */
    public static void multAddTransA(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        requireInner(a.numRows, b.numRows);
        if (c.numRows != a.numCols || c.numCols != b.numCols) {
            throw new IllegalArgumentException("c must be " + a.numCols + " x " + b.numCols);
        }
        // c_p += Σ_i a[i, p] b_i
        accumulate(a.data, 1, a.numCols, a.numCols, a.numRows, b.data, c.data, b.numCols);
    }

    /** c = a·bᵀ (a m × k, b n × k), by way of bT = bᵀ, a scratch matrix of the caller's. */
    public static void multTransB(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c, DMatrixRMaj bT) {
        CommonOps_DDRM.transpose(b, bT);
        mult(a, bT, c);
    }

    /**
     * c_r += Σ_q s[r·rowStride + q·innerStride] · b_q for r < rows, q < inner, where b_q and c_r are
     * rows of length n. Rows of c go four at a time, then one at a time; for each entry of c the
     * additions are the same whatever the blocking: groups of four products, then single products
     * for the inner remainder (and, for the last row when rows is odd, single products throughout).
     */
    private static void accumulate(double[] s, int rowStride, int innerStride, int rows, int inner,
                                   double[] b, double[] c, int n) {
        int r = 0;
        for (; r + 3 < rows; r += 4) accumulateFourRows(s, r, rowStride, innerStride, inner, b, c, n);
        for (; r < (rows & ~1); r++) accumulateRow(s, r, rowStride, innerStride, inner, b, c, n);
        if (r < rows) {                                          // the last row when rows is odd
            int cr = r * n, sr = r * rowStride;
            for (int q = 0; q < inner; q++) {
                double x = s[sr + q * innerStride];
                int bq = q * n;
                for (int j = 0; j < n; j++) c[cr + j] += x * b[bq + j];
            }
        }
    }

    /**
     * Rows r…r+3 of c, four rows of b per pass: each b row is loaded once for four rows of c, and
     * the inner loop is what the JIT turns into SIMD multiply-adds.
     */
    private static void accumulateFourRows(double[] s, int r, int rowStride, int innerStride, int inner,
                                           double[] b, double[] c, int n) {
        int c0 = r * n, c1 = c0 + n, c2 = c1 + n, c3 = c2 + n;
        int s0 = r * rowStride, s1 = s0 + rowStride, s2 = s1 + rowStride, s3 = s2 + rowStride;
        int q = 0;
        for (; q + 3 < inner; q += 4) {
            int t0 = q * innerStride, t1 = t0 + innerStride, t2 = t1 + innerStride, t3 = t2 + innerStride;
            double x00 = s[s0 + t0], x01 = s[s0 + t1], x02 = s[s0 + t2], x03 = s[s0 + t3];
            double x10 = s[s1 + t0], x11 = s[s1 + t1], x12 = s[s1 + t2], x13 = s[s1 + t3];
            double x20 = s[s2 + t0], x21 = s[s2 + t1], x22 = s[s2 + t2], x23 = s[s2 + t3];
            double x30 = s[s3 + t0], x31 = s[s3 + t1], x32 = s[s3 + t2], x33 = s[s3 + t3];
            int b0 = q * n, b1 = b0 + n, b2 = b1 + n, b3 = b2 + n;
            for (int j = 0; j < n; j++) {
                double u0 = b[b0 + j], u1 = b[b1 + j], u2 = b[b2 + j], u3 = b[b3 + j];
                c[c0 + j] += x00 * u0 + x01 * u1 + x02 * u2 + x03 * u3;
                c[c1 + j] += x10 * u0 + x11 * u1 + x12 * u2 + x13 * u3;
                c[c2 + j] += x20 * u0 + x21 * u1 + x22 * u2 + x23 * u3;
                c[c3 + j] += x30 * u0 + x31 * u1 + x32 * u2 + x33 * u3;
            }
        }
        for (; q < inner; q++) {
            int t = q * innerStride, bq = q * n;
            double x0 = s[s0 + t], x1 = s[s1 + t], x2 = s[s2 + t], x3 = s[s3 + t];
            for (int j = 0; j < n; j++) {
                double u = b[bq + j];
                c[c0 + j] += x0 * u;
                c[c1 + j] += x1 * u;
                c[c2 + j] += x2 * u;
                c[c3 + j] += x3 * u;
            }
        }
    }

    /** Row r of c with the additions of {@link #accumulateFourRows}. */
    private static void accumulateRow(double[] s, int r, int rowStride, int innerStride, int inner,
                                      double[] b, double[] c, int n) {
        int c0 = r * n, s0 = r * rowStride;
        int q = 0;
        for (; q + 3 < inner; q += 4) {
            int t0 = q * innerStride;
            double x0 = s[s0 + t0], x1 = s[s0 + t0 + innerStride], x2 = s[s0 + t0 + 2 * innerStride], x3 = s[s0 + t0 + 3 * innerStride];
            int b0 = q * n, b1 = b0 + n, b2 = b1 + n, b3 = b2 + n;
            for (int j = 0; j < n; j++) c[c0 + j] += x0 * b[b0 + j] + x1 * b[b1 + j] + x2 * b[b2 + j] + x3 * b[b3 + j];
        }
        for (; q < inner; q++) {
            double x = s[s0 + q * innerStride];
            int bq = q * n;
            for (int j = 0; j < n; j++) c[c0 + j] += x * b[bq + j];
        }
    }

    private static void requireInner(int k, int rows) {
        if (k != rows) throw new IllegalArgumentException("inner dimensions differ: " + k + " vs " + rows);
    }
}
