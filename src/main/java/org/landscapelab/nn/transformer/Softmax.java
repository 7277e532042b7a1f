package org.landscapelab.nn.transformer;

import org.ejml.data.DMatrixRMaj;

/** Row-wise softmax and its backward pass. */
final class Softmax {
    private Softmax() {}

    /** Replaces each row s by exp(s − max s) / Σ exp(s − max s); subtracting the max avoids overflow. */
    static void rowsInPlace(DMatrixRMaj m) {
        int cols = m.numCols;
        double[] a = m.data;
        for (int r = 0; r < m.numRows; r++) {
            int o = r * cols;
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < cols; c++) max = Math.max(max, a[o + c]);
            double sum = 0;
            for (int c = 0; c < cols; c++) {
                double e = Math.exp(a[o + c] - max);
                a[o + c] = e;
                sum += e;
            }
            double inv = 1.0 / sum;
            for (int c = 0; c < cols; c++) a[o + c] *= inv;
        }
    }

    /** dS = P ⊙ (dP − rowsum(P ⊙ dP)): the Jacobian of softmax applied row by row. */
    static void rowsBackward(DMatrixRMaj p, DMatrixRMaj gradP, DMatrixRMaj gradS) {
        int cols = p.numCols;
        gradS.reshape(p.numRows, cols);
        double[] pa = p.data, gp = gradP.data, gs = gradS.data;
        for (int r = 0; r < p.numRows; r++) {
            int o = r * cols;
            double dot = 0;
            for (int c = 0; c < cols; c++) dot += pa[o + c] * gp[o + c];
            for (int c = 0; c < cols; c++) gs[o + c] = pa[o + c] * (gp[o + c] - dot);
        }
    }
}
