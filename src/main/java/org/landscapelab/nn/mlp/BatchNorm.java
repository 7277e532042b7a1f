package org.landscapelab.nn.mlp;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.landscapelab.nn.ParameterTensor;

/**
 * Batch norm in training mode: each column x (one feature over the batch) becomes
 * γ·(x − mean) / √(var + eps) + β, with the batch's own mean and biased variance.
 */
final class BatchNorm {
    final ParameterTensor gamma, beta;
    private final double eps;
    private final DMatrixRMaj xHat = new DMatrixRMaj(1, 1);     // the normalized input, for backward
    private final DMatrixRMaj out = new DMatrixRMaj(1, 1), gradIn = new DMatrixRMaj(1, 1);
    private double[] invStd = new double[0];

    BatchNorm(int width, double eps) {
        this.eps = eps;
        gamma = new ParameterTensor("gamma", ParameterTensor.Role.SCALE, 1, width);
        beta = new ParameterTensor("beta", ParameterTensor.Role.SHIFT, 1, width);
    }

    List<ParameterTensor> parameters() {
        return List.of(gamma, beta);
    }

    DMatrixRMaj forward(DMatrixRMaj x) {
        int rows = x.numRows, cols = x.numCols;
        xHat.reshape(rows, cols);
        out.reshape(rows, cols);
        if (invStd.length < cols) invStd = new double[cols];
        double[] xs = x.data, xh = xHat.data, ys = out.data, g = gamma.value().data, b = beta.value().data;
        for (int c = 0; c < cols; c++) {
            double mean = 0;
            for (int r = 0; r < rows; r++) mean += xs[r * cols + c];
            mean /= rows;
            double var = 0;
            for (int r = 0; r < rows; r++) {
                double t = xs[r * cols + c] - mean;
                var += t * t;
            }
            var /= rows;
            double s = 1.0 / Math.sqrt(var + eps);
            invStd[c] = s;
            for (int r = 0; r < rows; r++) {
                int i = r * cols + c;
                xh[i] = (xs[i] - mean) * s;                         // x̂ = (x − mean) / √(var + eps)
                ys[i] = g[c] * xh[i] + b[c];                        // y = γ x̂ + β
            }
        }
        return out;
    }

    /**
     * dγ = Σ dy ⊙ x̂, dβ = Σ dy, and with dx̂ = γ dy:
     * dx = s · (dx̂ − mean(dx̂) − x̂ · mean(dx̂ ⊙ x̂)), column by column.
     */
    DMatrixRMaj backward(DMatrixRMaj gradOut) {
        int rows = xHat.numRows, cols = xHat.numCols;
        gradIn.reshape(rows, cols);
        double[] gy = gradOut.data, xh = xHat.data, gx = gradIn.data, g = gamma.value().data;
        double[] gGamma = gamma.grad().data, gBeta = beta.grad().data;
        for (int c = 0; c < cols; c++) {
            double sumG = 0, sumGx = 0;
            for (int r = 0; r < rows; r++) {
                int i = r * cols + c;
                sumG += gy[i];
                sumGx += gy[i] * xh[i];
            }
            gGamma[c] += sumGx;
            gBeta[c] += sumG;
            double meanGHat = g[c] * sumG / rows, meanGHatX = g[c] * sumGx / rows;
            double s = invStd[c];
            for (int r = 0; r < rows; r++) {
                int i = r * cols + c;
                gx[i] = s * (g[c] * gy[i] - meanGHat - xh[i] * meanGHatX);
            }
        }
        return gradIn;
    }
}
