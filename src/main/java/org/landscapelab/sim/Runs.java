package org.landscapelab.sim;

import java.util.Optional;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.LandscapeFunction;
import org.landscapelab.noise.IncrementSampler;
import org.landscapelab.params.NumberText;

/** Runs one optimizer on one landscape and records every step. */
public final class Runs {
    private Runs() {}

    /** The run of particle 0 of {@code spec}: the same numbers as particle 0 of an ensemble from that start. */
    public static Trajectory run(Landscape landscape, RunSpec spec) {
        return run(landscape, spec, 0);
    }

    /**
     * The run of one particle of {@code spec} from {@code spec.start()}. Where it diverges because
     * its learning rate is unstable here, {@link Trajectory#divergence()} says so and names a stable
     * rate ({@link LearningRates}).
     */
    public static Trajectory run(Landscape landscape, RunSpec spec, int particle) {
        Trajectory t = record(landscape, spec, particle);
        if (!t.diverged() || !wentAway(t, spec, landscape.domain())) return t;
        RateAdvice advice = LearningRates.assess(landscape, spec.start(), spec.optimizer());
        if (advice.stable() || !advice.hasSuggestion()) return t;
        return t.withDivergence(t.divergence() + ": lr " + LearningRates.rate(spec.optimizer().lr()) + " is too large here"
                + (Double.isNaN(advice.lambdaMax()) ? "" : " (λmax ≈ " + NumberText.readable(advice.lambdaMax(), 2) + ")")
                + "; try lr ≤ " + LearningRates.rate(advice.suggestedLr()));
    }

    /**
     * Whether the run stopped because the iterate left the bound or overflowed, what an unstable rate
     * does; not a NaN (0/0) or a point where f is undefined, whose causes are named on their own.
     */
    private static boolean wentAway(Trajectory t, RunSpec spec, Domain d) {
        double x = t.x(t.size() - 1);
        double y = t.y(t.size() - 1);
        if (Double.isNaN(x) || Double.isNaN(y)) return false;
        return Double.isInfinite(x) || Double.isInfinite(y) || Math.hypot(x - d.centerX(), y - d.centerY()) > bound(spec, d);
    }

    /** The run as recorded, its divergence without advice (what the trial runs of {@link LearningRates} use). */
    static Trajectory record(Landscape landscape, RunSpec spec, int particle) {
        LandscapeFunction f = landscape.function();
        IncrementSampler sampler = Particle.sampler(spec);
        int n = spec.steps();
        MemoryBudget.require("a trajectory of " + n + " steps", MemoryBudget.trajectory(n, sampler), MemoryBudget.available());
        Particle p = new Particle(landscape, spec, particle, spec.start(), sampler);
        double[] xs = new double[n + 1];
        double[] ys = new double[n + 1];
        double[] values = new double[n + 1];
        double[] gx = new double[n + 1];
        double[] gy = new double[n + 1];
        double[] mx = null;
        double[] my = null;
        double[] g = new double[2];
        double bound = bound(spec, landscape.domain());
        Domain d = landscape.domain();
        int last = n;
        String divergence = "";
        for (int k = 0; k <= n; k++) {
            double v = f.gradient(p.x[0], p.x[1], g);
            xs[k] = p.x[0];
            ys[k] = p.x[1];
            values[k] = v;
            gx[k] = g[0];
            gy[k] = g[1];
            divergence = divergence(p.x, v, g, d, bound);
            if (!divergence.isEmpty() || k == n) {
                last = k;
                break;
            }
            p.advance();
            Optional<double[]> m = p.optimizer().momentum();
            if (m.isPresent()) {
                if (mx == null) {
                    mx = new double[n + 1];
                    my = new double[n + 1];
                }
                mx[k] = m.get()[0];
                my[k] = m.get()[1];
            }
        }
        int size = last + 1;
        return new Trajectory(trim(xs, size), trim(ys, size), trim(values, size), trim(gx, size), trim(gy, size),
                mx == null ? null : trim(mx, size), my == null ? null : trim(my, size),
                divergence.isEmpty() ? -1 : last, divergence);
    }

    /** The distance from the domain's centre beyond which a run counts as diverged. */
    static double bound(RunSpec spec, Domain d) {
        return Double.isNaN(spec.bound()) ? 100 * Math.hypot(d.width(), d.height()) : spec.bound();
    }

    /** Why the run cannot go on from this point, or "" if it can. */
    static String divergence(double[] x, double value, double[] g, Domain d, double bound) {
        if (Double.isNaN(x[0]) || Double.isNaN(x[1])) return "the iterate is not a number (NaN: 0/0 or infinity minus infinity in the step)";
        if (!Double.isFinite(x[0]) || !Double.isFinite(x[1])) return "the iterate is not a finite number";
        double distance = Math.hypot(x[0] - d.centerX(), x[1] - d.centerY());
        if (distance > bound) {
            return "the iterate left the bound, " + NumberText.readable(distance / Math.hypot(d.width(), d.height()), 2)
                    + "× the domain's size from its centre";
        }
        if (!Double.isFinite(value)) return "f is not finite here";
        if (!Double.isFinite(g[0]) || !Double.isFinite(g[1])) return "the gradient is not finite here";
        return "";
    }

    private static double[] trim(double[] a, int size) {
        return a.length == size ? a : java.util.Arrays.copyOf(a, size);
    }
}
