package org.landscapelab.nn;

import org.ejml.data.DMatrixRMaj;

/** The squared-error loss 0.5·‖Y − T‖²_F / rows and its gradient (Y − T) / rows. */
final class Loss {
    private Loss() {}

    static double squaredError(DMatrixRMaj y, DMatrixRMaj target, DMatrixRMaj gradY) {
        if (target.numRows != y.numRows || target.numCols != y.numCols) {
            throw new IllegalArgumentException("target must be " + y.numRows + " x " + y.numCols
                    + ", got " + target.numRows + " x " + target.numCols);
        }
        gradY.reshape(y.numRows, y.numCols);
        double rows = y.numRows, sum = 0;
        double[] ya = y.data, ta = target.data, g = gradY.data;
        for (int i = 0; i < y.getNumElements(); i++) {
            double e = ya[i] - ta[i];
            sum += e * e;
            g[i] = e / rows;
        }
        return 0.5 * sum / rows;
    }
}
