package org.landscapelab.nn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rank measures of one layer's output X (rows are tokens or samples); see {@link Probes}.
 *
 * @param meanTokenCosine mean over ordered pairs k ≠ k' of cos(x_k, x_k'); 1 when all rows align
 * @param stableRank ‖X‖_F² / ‖X‖_2², between 1 and rank(X)
 * @param residualRatio ‖X − 1x̄ᵀ‖_F / ‖X‖_F with x̄ the mean row; 0 when all rows are equal
 * @param effectiveRank exp of the Shannon entropy of the singular values normalized to sum 1
 *     (Roy &amp; Vetterli 2007), between 1 and rank(X)
 */
public record LayerProbes(double meanTokenCosine, double stableRank, double residualRatio, double effectiveRank) {

    /** Column names, as in the reference files (effective_rank is ours). */
    public static final List<String> NAMES = List.of("mean_token_cosine", "stable_rank", "residual_ratio", "effective_rank");

    /** By name, in the order of {@link #NAMES}. */
    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(NAMES.get(0), meanTokenCosine);
        m.put(NAMES.get(1), stableRank);
        m.put(NAMES.get(2), residualRatio);
        m.put(NAMES.get(3), effectiveRank);
        return m;
    }

    /** The value of the probe called {@code name} (one of {@link #NAMES}). */
    public double get(String name) {
        Double v = asMap().get(name);
        if (v == null) throw new IllegalArgumentException("unknown probe '" + name + "', expected one of " + NAMES);
        return v;
    }

    /** The entry-wise mean of several probes (e.g. over sequences or seeds). */
    public static LayerProbes mean(List<LayerProbes> probes) {
        if (probes.isEmpty()) throw new IllegalArgumentException("no probes to average");
        double c = 0, s = 0, r = 0, e = 0;
        for (LayerProbes p : probes) {
            c += p.meanTokenCosine;
            s += p.stableRank;
            r += p.residualRatio;
            e += p.effectiveRank;
        }
        int n = probes.size();
        return new LayerProbes(c / n, s / n, r / n, e / n);
    }
}
