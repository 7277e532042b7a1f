package org.landscapelab.nn.transformer;

/**
 * The small products of one attention head, read and written in place: an operand is a block of a
 * row-major array, entry (i, p) at {@code data[offset + i·rowStride + p·colStride]}, so a head's
 * columns of Q, K, V (stride d) and a transposed operand (strides swapped) need no copy.
 *
 * <p>Four by four entries of the result at a time, each a sum over p in increasing order kept in
 * a register: 8 loads for 16 multiply-adds, whatever the strides. Each entry is the plain
 * sequential sum, as EJML's products compute it, so the tiling does not change any number.
 */
final class HeadProduct {
    private HeadProduct() {}

    /**
     * c(i, j) = alpha · Σ_p a(i, p) b(p, j) for i < m, j < n, p < k; c has column stride 1.
     * a(i, p) = a[aOff + i·aRow + p·aCol], b(p, j) = b[bOff + p·bRow + j·bCol], c(i, j) = c[cOff + i·cRow + j].
     */
    static void multiply(double alpha, double[] a, int aOff, int aRow, int aCol,
                         double[] b, int bOff, int bRow, int bCol,
                         double[] c, int cOff, int cRow, int m, int k, int n) {
        int i = 0;
        for (; i + 3 < m; i += 4) {
            int a0 = aOff + i * aRow, a1 = a0 + aRow, a2 = a1 + aRow, a3 = a2 + aRow;
            int c0 = cOff + i * cRow, c1 = c0 + cRow, c2 = c1 + cRow, c3 = c2 + cRow;
            int j = 0;
            for (; j + 3 < n; j += 4) {
                int b0 = bOff + j * bCol, b1 = b0 + bCol, b2 = b1 + bCol, b3 = b2 + bCol;
                double s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
                double s20 = 0, s21 = 0, s22 = 0, s23 = 0, s30 = 0, s31 = 0, s32 = 0, s33 = 0;
                for (int p = 0; p < k; p++) {
                    int ap = p * aCol, bp = p * bRow;
                    double x0 = a[a0 + ap], x1 = a[a1 + ap], x2 = a[a2 + ap], x3 = a[a3 + ap];
                    double y0 = b[b0 + bp], y1 = b[b1 + bp], y2 = b[b2 + bp], y3 = b[b3 + bp];
                    s00 += x0 * y0; s01 += x0 * y1; s02 += x0 * y2; s03 += x0 * y3;
                    s10 += x1 * y0; s11 += x1 * y1; s12 += x1 * y2; s13 += x1 * y3;
                    s20 += x2 * y0; s21 += x2 * y1; s22 += x2 * y2; s23 += x2 * y3;
                    s30 += x3 * y0; s31 += x3 * y1; s32 += x3 * y2; s33 += x3 * y3;
                }
                c[c0 + j] = alpha * s00; c[c0 + j + 1] = alpha * s01; c[c0 + j + 2] = alpha * s02; c[c0 + j + 3] = alpha * s03;
                c[c1 + j] = alpha * s10; c[c1 + j + 1] = alpha * s11; c[c1 + j + 2] = alpha * s12; c[c1 + j + 3] = alpha * s13;
                c[c2 + j] = alpha * s20; c[c2 + j + 1] = alpha * s21; c[c2 + j + 2] = alpha * s22; c[c2 + j + 3] = alpha * s23;
                c[c3 + j] = alpha * s30; c[c3 + j + 1] = alpha * s31; c[c3 + j + 2] = alpha * s32; c[c3 + j + 3] = alpha * s33;
            }
            for (; j < n; j++) {                                 // the columns left over
                for (int r = 0; r < 4; r++) c[c0 + r * cRow + j] = alpha * dot(a, a0 + r * aRow, aCol, b, bOff + j * bCol, bRow, k);
            }
        }
        for (; i < m; i++) {                                     // the rows left over
            for (int j = 0; j < n; j++) c[cOff + i * cRow + j] = alpha * dot(a, aOff + i * aRow, aCol, b, bOff + j * bCol, bRow, k);
        }
    }

    private static double dot(double[] a, int aStart, int aStep, double[] b, int bStart, int bStep, int k) {
        double s = 0;
        for (int p = 0; p < k; p++) s += a[aStart + p * aStep] * b[bStart + p * bStep];
        return s;
    }
}
