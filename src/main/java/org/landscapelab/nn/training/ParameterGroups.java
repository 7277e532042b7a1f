package org.landscapelab.nn.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.landscapelab.nn.Network;
import org.landscapelab.nn.ParameterTensor;

/**
 * The parameter groups a race reports on, as ranges of the flat parameter vector
 * ({@link org.landscapelab.nn.ParameterVector}): first each parameter name over all layers
 * ("Wq" = every layer's Wq, as one concatenated tensor), then each parameter of each layer
 * ("Wq_1" = layer 1's Wq), names from the layers' {@link ParameterTensor#name()}.
 */
public final class ParameterGroups {
    private final List<String> names;
    private final int[][] ranges;      // per group: offset, length, offset, length, ...

    public ParameterGroups(Network network) {
        Map<String, List<int[]>> summed = new LinkedHashMap<>();
        Map<String, int[]> perLayer = new LinkedHashMap<>();
        int offset = 0;
        for (int l = 0; l < network.depth(); l++) {
            for (ParameterTensor p : network.layerParameters(l)) {
                int[] range = {offset, p.size()};
                summed.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(range);
                perLayer.put(p.name() + "_" + (l + 1), range);
                offset += p.size();
            }
        }
        List<String> n = new ArrayList<>();
        List<int[]> r = new ArrayList<>();
        summed.forEach((name, parts) -> {
            n.add(name);
            int[] flat = new int[2 * parts.size()];
            for (int i = 0; i < parts.size(); i++) {
                flat[2 * i] = parts.get(i)[0];
                flat[2 * i + 1] = parts.get(i)[1];
            }
            r.add(flat);
        });
        perLayer.forEach((name, range) -> {
            n.add(name);
            r.add(range);
        });
        this.names = List.copyOf(n);
        this.ranges = r.toArray(int[][]::new);
    }

    /** Group names, summed groups first, then layer by layer. */
    public List<String> names() {
        return names;
    }

    public int size() {
        return names.size();
    }

    /** The Euclidean norm of each group's entries of {@code v}. */
    public double[] norms(double[] v) {
        double[] out = new double[ranges.length];
        for (int g = 0; g < ranges.length; g++) {
            double sum = 0;
            int[] r = ranges[g];
            for (int k = 0; k < r.length; k += 2) {
                for (int i = r[k], end = r[k] + r[k + 1]; i < end; i++) sum += v[i] * v[i];
            }
            out[g] = Math.sqrt(sum);
        }
        return out;
    }
}
