package org.landscapelab.sim;

import java.util.ArrayList;
import java.util.List;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.noise.NoiseCatalog;
import org.landscapelab.noise.NoiseParameter;

/**
 * Escape time as a function of one noise parameter (one of {@link NoiseCatalog#sweepable()}: the
 * Hurst index, σ, θ, α): one ensemble per value, all with the same seed, so the curve compares like
 * with like (common random numbers).
 */
public final class EscapeSweep {
    /** One point of the curve: the parameter value and the ensemble's escape statistics there. */
    public record SweepPoint(double value, EscapeSummary summary) {}

    private EscapeSweep() {}

    /** The curve over the values; each value must be valid for the parameter (IllegalArgumentException otherwise). */
    public static List<SweepPoint> run(Landscape landscape, EnsembleSpec spec, NoiseParameter parameter, double[] values,
                                       int threads, Progress progress) {
        if (spec.escape() == null) throw new IllegalArgumentException("a sweep of escape times needs an escape criterion");
        if (!parameter.sweepable()) throw new IllegalArgumentException("escape times cannot be swept over " + parameter.name());
        List<SweepPoint> curve = new ArrayList<>();
        long total = (long) values.length * spec.particles();
        for (int i = 0; i < values.length; i++) {
            RunSpec run = spec.run().withNoise(spec.run().noise().with(parameter, values[i]), spec.run().mode());
            long offset = (long) i * spec.particles();
            Progress scaled = new Progress() {
                @Override
                public void update(long done, long ignored) {
                    progress.update(offset + done, total);
                }

                @Override
                public boolean cancelled() {
                    return progress.cancelled();
                }
            };
            EnsembleResult r = Ensembles.run(landscape, new EnsembleSpec(run, spec.particles(), spec.starts(), spec.escape(), 0),
                    threads, scaled);
            curve.add(new SweepPoint(values[i], r.escapeSummary()));
        }
        return curve;
    }
}
