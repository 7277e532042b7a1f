package org.landscapelab.nn.slice;

import java.util.Arrays;
import java.util.Comparator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/** The largest eigenvalues of a small symmetric matrix and their unit eigenvectors (EJML's symmetric QR algorithm). */
final class TopEigen {
    final double[] values;
    /** vectors[k] belongs to values[k]. */
    final double[][] vectors;

    private TopEigen(double[] values, double[][] vectors) {
        this.values = values;
        this.vectors = vectors;
    }

    /** The {@code count} largest (algebraically) eigenpairs of the symmetric {@code m}, largest first. */
    static TopEigen of(DMatrixRMaj m, int count) {
        int n = m.numRows;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        if (!eig.decompose(m.copy())) throw new IllegalStateException("the eigen decomposition did not converge");
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -eig.getEigenvalue(i).getReal()));
        int k = Math.min(count, n);
        double[] values = new double[k];
        double[][] vectors = new double[k][];
        for (int i = 0; i < k; i++) {
            values[i] = eig.getEigenvalue(order[i]).getReal();
            vectors[i] = Arrays.copyOf(eig.getEigenVector(order[i]).data, n);
        }
        return new TopEigen(values, vectors);
    }
}
