package org.landscapelab.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.noise.NoiseSpec;

/**
 * Escape time as a function of one noise parameter (the Hurst index, σ, θ or α): one ensemble per
 * value, all with the same seed, so the curve compares like with like (common random numbers).
 */
public final class EscapeSweep {
    public enum Parameter {
        HURST, SIGMA, THETA, ALPHA;

        public String cliName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The noise with this parameter set to {@code value}; throws IllegalArgumentException outside the parameter's range. */
        public NoiseSpec apply(NoiseSpec noise, double value) {
            return switch (this) {
                case HURST -> noise.withHurst(value);
                case SIGMA -> noise.withSigma(value);
                case THETA -> noise.withTheta(value);
                case ALPHA -> noise.withAlpha(value);
            };
        }
    }

    /** One point of the curve: the parameter value and the ensemble's escape statistics there. */
    public record Point(double value, EscapeSummary summary) {}

    private EscapeSweep() {}

    public static List<Point> run(Landscape landscape, EnsembleSpec spec, Parameter parameter, double[] values,
                                  int threads, Progress progress) {
        if (spec.escape() == null) throw new IllegalArgumentException("a sweep of escape times needs an escape criterion");
        List<Point> curve = new ArrayList<>();
        long total = (long) values.length * spec.particles();
        for (int i = 0; i < values.length; i++) {
            RunSpec run = spec.run().withNoise(parameter.apply(spec.run().noise(), values[i]), spec.run().mode());
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
            curve.add(new Point(values[i], r.escapeSummary()));
        }
        return curve;
    }
}
