package org.landscapelab.ui.ensemble;

import java.util.Locale;
import org.landscapelab.sim.EnsembleResult;
import org.landscapelab.sim.EscapeSummary;
import org.landscapelab.ui.fx.Numbers;

/** Ensemble results in words for the status line and the ensemble panel. */
final class EnsembleText {
    private EnsembleText() {}

    static String summary(EnsembleResult r) {
        EscapeSummary s = r.escapeSummary();
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%d particles", s.particles()));
        if (s.diverged() > 0) b.append(", ").append(s.diverged()).append(" diverged");
        if (r.spec().escape() == null) return b.toString();
        b.append(String.format(Locale.ROOT, "; %d escaped (%.1f%%)", s.escaped(), 100 * s.escapedFraction()));
        if (s.escaped() > 0) {
            b.append("; escape step ").append(Numbers.withError(s.mean(), s.standardError()))
                    .append(" (median ").append(Numbers.format(s.median())).append(")");
        }
        return b.toString();
    }
}
