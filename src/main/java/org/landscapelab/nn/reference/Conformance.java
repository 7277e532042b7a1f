package org.landscapelab.nn.reference;

import java.util.List;
import java.util.Objects;

/**
 * How far a network's numbers are from a reference case: one relative error per compared array,
 * max |ours − reference| / max |reference| (absolute when the reference is all zeros).
 */
public record Conformance(List<Check> checks) {

    /** What a compared array is. */
    public enum Kind { OUTPUT, LOSS, GRADS, GRAD_NORMS, PROBES }

    /** One compared array, e.g. (GRADS, "layer 2 Wq", 3e-15). */
    public record Check(Kind kind, String label, double relError) {
        public Check {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(label, "label");
        }
    }

    public Conformance {
        checks = List.copyOf(checks);
    }

    /** The largest error among the arrays of this kind; 0 if there are none (e.g. no grad_norms). */
    public double maxRelError(Kind kind) {
        double max = 0;
        for (Check c : checks) {
            if (c.kind == kind) max = Double.isNaN(c.relError) ? Double.NaN : Math.max(max, c.relError);
            if (Double.isNaN(max)) return max;
        }
        return max;
    }

    /** The check with the largest error, for messages. */
    public Check worst() {
        Check worst = checks.get(0);
        for (Check c : checks) {
            if (Double.isNaN(c.relError) || c.relError > worst.relError) worst = c;
            if (Double.isNaN(worst.relError)) break;
        }
        return worst;
    }

    /** max |a − b| / max |b| over the entries; absolute when b is all zeros; NaN if any entry is NaN. */
    static double relError(double[] ours, double[] reference) {
        if (ours.length != reference.length) {
            throw new IllegalArgumentException("length " + ours.length + " vs reference " + reference.length);
        }
        double diff = 0, scale = 0;
        for (int i = 0; i < ours.length; i++) {
            double e = Math.abs(ours[i] - reference[i]);
            if (Double.isNaN(e)) return Double.NaN;
            diff = Math.max(diff, e);
            scale = Math.max(scale, Math.abs(reference[i]));
        }
        return scale > 0 ? diff / scale : diff;
    }
}
