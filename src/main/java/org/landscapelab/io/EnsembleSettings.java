package org.landscapelab.io;

import java.util.Objects;
import org.landscapelab.landscape.Point;
import org.landscapelab.noise.NoiseParameter;
import org.landscapelab.sim.EnsembleSpec;
import org.landscapelab.sim.EscapeCriterion;
import org.landscapelab.sim.RunSpec;
import org.landscapelab.sim.StartRegion;

/**
 * The ensemble panel's settings: particles, the start shape and its spread (half-width of a box or
 * standard deviation of a Gaussian), the escape radius (0: none), and the escape-time sweep.
 */
public record EnsembleSettings(int particles, StartRegion.Shape startShape, double spread, double escapeRadius, Sweep sweep) {
    /** A sweep of the escape time over a noise parameter from {@code from} to {@code to} in {@code points} values. */
    public record Sweep(NoiseParameter parameter, double from, double to, int points) {
        public Sweep {
            Objects.requireNonNull(parameter, "parameter");
            if (!parameter.sweepable()) throw new IllegalArgumentException("escape times cannot be swept over " + parameter.name());
            if (!Double.isFinite(from) || !Double.isFinite(to)) throw new IllegalArgumentException("sweep range must be finite numbers");
            if (points < 2) throw new IllegalArgumentException("a sweep needs at least 2 points, got " + points);
        }

        /** The swept values: from, to and evenly spaced between them. */
        public double[] values() {
            double[] v = new double[points];
            for (int i = 0; i < points; i++) v[i] = from + (to - from) * i / (points - 1);
            return v;
        }
    }

    public EnsembleSettings {
        if (particles < 1 || particles > EnsembleSpec.MAX_PARTICLES) {
            throw new IllegalArgumentException("particles must be in [1, " + EnsembleSpec.MAX_PARTICLES + "], got " + particles);
        }
        Objects.requireNonNull(startShape, "startShape");
        if (!(spread >= 0 && Double.isFinite(spread))) throw new IllegalArgumentException("spread must be a finite number >= 0, got " + spread);
        if (!(escapeRadius >= 0 && Double.isFinite(escapeRadius))) {
            throw new IllegalArgumentException("escape radius must be a finite number >= 0 (0: none), got " + escapeRadius);
        }
        Objects.requireNonNull(sweep, "sweep");
    }

    /** The ensemble of a run: its start is the centre of the start region and of the escape radius. */
    public EnsembleSpec spec(RunSpec run, int frames) {
        Point c = run.start();
        StartRegion starts = switch (startShape) {
            case POINT -> StartRegion.point(c);
            case BOX -> StartRegion.box(c.x() - spread, c.x() + spread, c.y() - spread, c.y() + spread);
            case GAUSSIAN -> StartRegion.gaussian(c, spread);
        };
        return new EnsembleSpec(run, particles, starts, escapeRadius > 0 ? EscapeCriterion.radius(c, escapeRadius) : null, frames);
    }
}
