package org.landscapelab.nn;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The three dense products of a layer's forward and backward pass, on row-major matrices:
 * c = a·b, c += aᵀ·b (weight gradients) and c = a·bᵀ (input gradients).
 *
 * <p>All three come down to one kernel, {@link #accumulate}: rows of c gain multiples of rows of b,
 * c_r += Σ_q s(r, q) · b_q, four rows of b per pass. Its inner loop over a row is what the JIT
 * turns into SIMD multiply-adds, but only when every array in it is indexed from 0 (JDK 17 leaves
 * a loop over offsets into one array scalar): so the rows of b and the row of c being summed are
 * copied into arrays of their own, reused across calls, which costs 1/rows and 1/inner of the
 * work. On this machine about twice as fast as the same loop on offsets. The order of additions
 * is fixed, so results do not depend on timing.
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
     * rows of length n. For each entry of c the additions are: groups of four products, then single
     * products for the inner remainder; for the last row when rows is odd, single products
     * throughout (the order of the kernel this one replaced, so every number stays the same).
     * The rows of b go in panels of at most {@link #PANEL_NUMBERS} numbers.
     */
    private static void accumulate(double[] s, int rowStride, int innerStride, int rows, int inner,
                                   double[] b, double[] c, int n) {
        Scratch scratch = SCRATCH.get();
        double[] row = scratch.row(n);
        int panel = Math.max(4, PANEL_NUMBERS / Math.max(1, n)) & ~3;
        for (int from = 0; from < inner; from += panel) {
            int to = Math.min(inner, from + panel);
            double[][] bRows = scratch.rows(b, from, to, n);
            for (int r = 0; r < rows; r++) {
                int sr = r * rowStride + from * innerStride;
                System.arraycopy(c, r * n, row, 0, n);
                boolean lastOddRow = r == rows - 1 && rows % 2 == 1;
                addRows(s, sr, innerStride, lastOddRow ? 0 : to - from, to - from, bRows, row, n);
                System.arraycopy(row, 0, c, r * n, n);
            }
        }
    }

    /**
     * row += Σ_q s[sr + q·innerStride] · bRows[q] for q < count: four rows of b per pass below
     * {@code grouped} (rounded down to four), single rows after. The arrays are indexed by j alone,
     * the form in which the JIT turns the loop into SIMD multiply-adds (with offsets into one
     * array it keeps it scalar, about half as fast).
     */
    private static void addRows(double[] s, int sr, int innerStride, int grouped, int count,
                                double[][] bRows, double[] row, int n) {
        int q = 0;
        for (; q + 3 < grouped; q += 4) {
            int t = sr + q * innerStride;
            double x0 = s[t], x1 = s[t + innerStride], x2 = s[t + 2 * innerStride], x3 = s[t + 3 * innerStride];
            double[] u0 = bRows[q], u1 = bRows[q + 1], u2 = bRows[q + 2], u3 = bRows[q + 3];
            for (int j = 0; j < n; j++) row[j] += x0 * u0[j] + x1 * u1[j] + x2 * u2[j] + x3 * u3[j];
        }
        for (; q < count; q++) {
            double x = s[sr + q * innerStride];
            double[] u = bRows[q];
            for (int j = 0; j < n; j++) row[j] += x * u[j];
        }
    }

    /**
     * The most numbers of b copied into row arrays at once (256 KiB): a whole operand for the
     * network shapes the lab trains, bounded for wide layers so the copy never rivals b in size.
     * A multiple of four rows, so the groups of four start at the same rows in every panel.
     */
    static final int PANEL_NUMBERS = 32_768;

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** A thread's buffers for {@link #accumulate}, grown as needed and kept, so a step allocates nothing. */
    private static final class Scratch {
        private double[] row = new double[0];
        private double[][] rows = new double[0][];

        double[] row(int n) {
            if (row.length < n) row = new double[n];
            return row;
        }

        /** Rows from…to−1 of b (rows of length n), each copied to an array of its own starting at 0. */
        double[][] rows(double[] b, int from, int to, int n) {
            if (rows.length < to - from) rows = java.util.Arrays.copyOf(rows, to - from);
            for (int q = from; q < to; q++) {
                double[] r = rows[q - from];
                if (r == null || r.length < n) rows[q - from] = r = new double[n];
                System.arraycopy(b, q * n, r, 0, n);
            }
            return rows;
        }
    }

    private static void requireInner(int k, int rows) {
        if (k != rows) throw new IllegalArgumentException("inner dimensions differ: " + k + " vs " + rows);
    }
}
