package org.landscapelab.nn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;

/**
 * Rank-collapse probes on a matrix X whose rows are tokens (or a batch's samples). A zero row
 * counts as orthogonal to every other row; a zero matrix has stable rank, residual ratio and
 * effective rank 0.
 */
public final class Probes {
    private Probes() {}

    /** Throws {@link NetworkOverflowException} if x holds NaN or infinity: its probes are undefined. */
    public static LayerProbes of(DMatrixRMaj x) {
        requireFinite(x, "the matrix");
        x = inSafeRange(x);
        double[] sv = singularValues(x);
        return new LayerProbes(meanTokenCosine(x), stableRank(x, sv), residualRatio(x), effectiveRank(sv));
    }

    /**
     * Every probe is scale-invariant, but squares of entries beyond ~1e154 overflow (and the SVD
     * fails): such a matrix is scaled by a power of two, which is exact. Others are left as they are.
     */
    private static DMatrixRMaj inSafeRange(DMatrixRMaj x) {
        double max = 0;
        for (int i = 0; i < x.getNumElements(); i++) max = Math.max(max, Math.abs(x.data[i]));
        if (max == 0 || (max > 0x1p-400 && max < 0x1p400)) return x;
        DMatrixRMaj scaled = x.copy();
        int shift = -Math.getExponent(max);
        for (int i = 0; i < scaled.getNumElements(); i++) scaled.data[i] = Math.scalb(scaled.data[i], shift);
        return scaled;
    }

    private static void requireFinite(DMatrixRMaj x, String what) {
        for (int i = 0; i < x.getNumElements(); i++) {
            if (!Double.isFinite(x.data[i])) {
                throw new NetworkOverflowException(what + " holds " + x.data[i] + " (row " + (i / x.numCols + 1) + ", column "
                        + (i % x.numCols + 1) + "): its numbers overflowed float64, so it has no probes");
            }
        }
    }

    /** Mean over ordered pairs k ≠ k' of cos(x_k, x_k'); NaN for a single row (no pairs). */
    public static double meanTokenCosine(DMatrixRMaj x) {
        int n = x.numRows, d = x.numCols;
        double[] a = x.data;
        double[] unit = new double[n * d];
        for (int r = 0; r < n; r++) {
            double norm = 0;
            for (int c = 0; c < d; c++) norm += a[r * d + c] * a[r * d + c];
            double inv = norm > 0 ? 1.0 / Math.sqrt(norm) : 0;
            for (int c = 0; c < d; c++) unit[r * d + c] = a[r * d + c] * inv;
        }
        double sum = 0;
        for (int k = 0; k < n; k++) {
            for (int l = k + 1; l < n; l++) {
                double dot = 0;
                for (int c = 0; c < d; c++) dot += unit[k * d + c] * unit[l * d + c];
                sum += 2 * dot;
            }
        }
        return sum / ((double) n * (n - 1));
    }

    /** ‖X‖_F² / ‖X‖_2². */
    public static double stableRank(DMatrixRMaj x) {
        return stableRank(x, singularValues(x));
    }

    /** ‖X − 1x̄ᵀ‖_F / ‖X‖_F with x̄ the mean row. */
    public static double residualRatio(DMatrixRMaj x) {
        int n = x.numRows, d = x.numCols;
        double[] a = x.data;
        double total = 0, residual = 0;
        for (int c = 0; c < d; c++) {
            double mean = 0;
            for (int r = 0; r < n; r++) mean += a[r * d + c];
            mean /= n;
            for (int r = 0; r < n; r++) {
                double v = a[r * d + c];
                total += v * v;
                residual += (v - mean) * (v - mean);
            }
        }
        return total > 0 ? Math.sqrt(residual / total) : 0;
    }

    /** exp(−Σ p_i log p_i) with p_i = σ_i / Σ_j σ_j (Roy &amp; Vetterli 2007). */
    public static double effectiveRank(DMatrixRMaj x) {
        return effectiveRank(singularValues(x));
    }

    /**
     * The probes of each layer's output in the network's last forward pass (averaged over its
     * sequences for a transformer) and the gradient norms of its last backward pass.
     */
    public static List<LayerReport> report(Network net) {
        // The forward pass first: where it overflowed, the backward pass is NaN everywhere.
        for (int l = 0; l < net.depth(); l++) requireFinite(net.layerOutput(l), "the output of layer " + (l + 1) + " of " + net.depth());
        List<LayerReport> reports = new ArrayList<>();
        for (int l = 0; l < net.depth(); l++) {
            Map<String, Double> norms = new LinkedHashMap<>();
            for (ParameterTensor p : net.layerParameters(l)) {
                double norm = p.gradNorm();
                if (!Double.isFinite(norm)) {
                    throw new NetworkOverflowException("the gradient norm of " + p.name() + " in layer " + (l + 1) + " of " + net.depth()
                            + " is " + norm + ": the backward pass overflowed float64");
                }
                norms.put(p.name(), norm);
            }
            reports.add(new LayerReport(l + 1, perGroup(net.layerOutput(l), net.probeGroupRows()), norms));
        }
        return List.copyOf(reports);
    }

    /** Probes of each block of {@code groupRows} rows (0: all rows as one group), averaged. */
    static LayerProbes perGroup(DMatrixRMaj x, int groupRows) {
        if (groupRows <= 0 || groupRows == x.numRows) return of(x);
        List<LayerProbes> groups = new ArrayList<>();
        DMatrixRMaj block = new DMatrixRMaj(groupRows, x.numCols);
        for (int r = 0; r + groupRows <= x.numRows; r += groupRows) {
            CommonOps_DDRM.extract(x, r, r + groupRows, 0, x.numCols, block);
            groups.add(of(block));
        }
        return LayerProbes.mean(groups);
    }

    private static double stableRank(DMatrixRMaj x, double[] sv) {
        double max = 0, frob2 = 0;
        for (double s : sv) max = Math.max(max, s);
        for (int i = 0; i < x.getNumElements(); i++) frob2 += x.data[i] * x.data[i];
        return max > 0 ? frob2 / (max * max) : 0;
    }

    private static double effectiveRank(double[] sv) {
        double sum = 0;
        for (double s : sv) sum += s;
        if (!(sum > 0)) return 0;
        double entropy = 0;
        for (double s : sv) {
            double p = s / sum;
            if (p > 0) entropy -= p * Math.log(p);
        }
        return Math.exp(entropy);
    }

    private static double[] singularValues(DMatrixRMaj x) {
        return SingularOps_DDRM.singularValues(x.copy());
    }
}
