package org.landscapelab.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the network lab shows for one layer: the probes on its output and the Frobenius norm of
 * the loss gradient for each of its parameters, by parameter name (Wq, Wk, Wv, Wo, W1, b1, W2, b2;
 * W, gamma, beta), in the network's parameter order.
 *
 * @param layer 1 for the first layer
 */
public record LayerReport(int layer, LayerProbes probes, Map<String, Double> gradNorms) {

    public LayerReport {
        Objects.requireNonNull(probes, "probes");
        gradNorms = Collections.unmodifiableMap(new LinkedHashMap<>(gradNorms));
    }

    /** ‖∇name‖_F. */
    public double gradNorm(String name) {
        Double v = gradNorms.get(name);
        if (v == null) throw new IllegalArgumentException("layer " + layer + " has no parameter '" + name + "'");
        return v;
    }

    /** Entry-wise means of reports of the same layer of networks of the same shape (e.g. over seeds). */
    public static LayerReport mean(List<LayerReport> reports) {
        if (reports.isEmpty()) throw new IllegalArgumentException("no reports to average");
        List<LayerProbes> probes = new ArrayList<>();
        Map<String, Double> norms = new LinkedHashMap<>();
        for (LayerReport r : reports) {
            probes.add(r.probes);
            r.gradNorms.forEach((k, v) -> norms.merge(k, v, Double::sum));
        }
        norms.replaceAll((k, v) -> v / reports.size());
        return new LayerReport(reports.get(0).layer, LayerProbes.mean(probes), norms);
    }
}
