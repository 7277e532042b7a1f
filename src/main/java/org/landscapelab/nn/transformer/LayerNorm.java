package org.landscapelab.nn.transformer;

import org.ejml.data.DMatrixRMaj;

/**
 * Layer norm without affine parameters: each row x becomes (x − mean) / √(var + eps), with the
 * biased variance (divide by d), as torch.nn.functional.layer_norm without weight and bias.
 * Owns its output and input-gradient buffers; the output is also what backward needs.
 */
final class LayerNorm {
    private final double eps;
    private final DMatrixRMaj y = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj gradIn = new DMatrixRMaj(1, 1);
    private double[] invStd = new double[0];

    LayerNorm(double eps) {
        this.eps = eps;
    }

    /** y = (x − mean_row) / √(var_row + eps). */
    DMatrixRMaj forward(DMatrixRMaj x) {
        int rows = x.numRows, d = x.numCols;
        y.reshape(rows, d);
        if (invStd.length < rows) invStd = new double[rows];
        double[] xs = x.data, ys = y.data;
        for (int r = 0; r < rows; r++) {
            int o = r * d;
            double mean = 0;
            for (int c = 0; c < d; c++) mean += xs[o + c];
            mean /= d;
            double var = 0;
            for (int c = 0; c < d; c++) {
                double t = xs[o + c] - mean;
                var += t * t;
            }
            var /= d;
            double s = 1.0 / Math.sqrt(var + eps);
            invStd[r] = s;
            for (int c = 0; c < d; c++) ys[o + c] = (xs[o + c] - mean) * s;
        }
        return y;
    }

    /** dx = s · (dy − mean(dy) − y · mean(dy ⊙ y)), row by row (s = 1/√(var + eps)). */
    DMatrixRMaj backward(DMatrixRMaj gradOut) {
        int rows = y.numRows, d = y.numCols;
        gradIn.reshape(rows, d);
        double[] g = gradOut.data, ys = y.data, gx = gradIn.data;
        for (int r = 0; r < rows; r++) {
            int o = r * d;
            double meanG = 0, meanGy = 0;
            for (int c = 0; c < d; c++) {
                meanG += g[o + c];
                meanGy += g[o + c] * ys[o + c];
            }
            meanG /= d;
            meanGy /= d;
            double s = invStd[r];
            for (int c = 0; c < d; c++) gx[o + c] = s * (g[o + c] - meanG - ys[o + c] * meanGy);
        }
        return gradIn;
    }
}
