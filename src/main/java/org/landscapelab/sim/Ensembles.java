package org.landscapelab.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntUnaryOperator;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.LandscapeFunction;
import org.landscapelab.landscape.Point;
import org.landscapelab.noise.IncrementSampler;

/**
 * Runs N particles in parallel. Each particle draws from its own streams, so the numbers are the
 * same whatever the thread count, and particle k is exactly the trace of {@link Runs#run} from
 * its start with particle index k.
 */
public final class Ensembles {
    /** Particles per task: small enough to balance two cores, large enough to amortize scheduling. */
    private static final int CHUNK = 64;

    private Ensembles() {}

    public static EnsembleResult run(Landscape landscape, EnsembleSpec spec, int threads, Progress progress) {
        return run(landscape, spec, IntUnaryOperator.identity(), threads, progress);
    }

    /**
     * A slice of a larger ensemble: slot i of the result holds particle {@code particle(i)} with its own
     * numbers, exactly as in the whole ensemble (for --shard K/N: particle(i) = K + i·N).
     */
    public static EnsembleResult run(Landscape landscape, EnsembleSpec spec, IntUnaryOperator particle, int threads, Progress progress) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        new Particle(landscape, spec.run(), 0, spec.run().start(), null); // fail fast on an impossible spec
        IncrementSampler sampler = Particle.sampler(spec.run());
        MemoryBudget.require("an ensemble of " + spec.particles() + " particles on " + threads + " threads",
                MemoryBudget.ensemble(spec, sampler, threads, CHUNK), MemoryBudget.available());
        EnsembleResult.Builder result = new EnsembleResult.Builder(spec);
        AtomicLong done = new AtomicLong();
        long total = spec.particles();
        List<Runnable> chunks = new ArrayList<>();
        for (int from = 0; from < spec.particles(); from += CHUNK) {
            int lo = from;
            int hi = Math.min(spec.particles(), from + CHUNK);
            chunks.add(() -> {
                for (int i = lo; i < hi; i++) {
                    if (progress.cancelled()) throw new CancellationException();
                    runParticle(landscape, spec, i, particle.applyAsInt(i), sampler, result);
                    progress.update(done.incrementAndGet(), total);
                }
            });
        }
        WorkerPool.runAll("ensemble", threads, chunks);
        return result.build();
    }

    /** One particle from its start to the last step, recording escape, frames and the final point in its slot. */
    private static void runParticle(Landscape landscape, EnsembleSpec spec, int slot, int index, IncrementSampler sampler,
                                    EnsembleResult.Builder out) {
        RunSpec run = spec.run();
        Point start = spec.starts().sample(Particle.startStream(run, index));
        Particle p = new Particle(landscape, run, index, start, sampler);
        LandscapeFunction f = landscape.function();
        Domain d = landscape.domain();
        double bound = Runs.bound(run, d);
        EscapeCriterion escape = spec.escape();
        double centerValue = escape == null ? 0 : f.value(escape.center().x(), escape.center().y());
        boolean exact = p.reportsExactValue(run);
        boolean needValue = escape != null && escape.usesValue();
        int n = run.steps();
        int escapedAt = -1;
        int divergedAt = -1;
        int frame = 0;
        int[] frameSteps = out.frameSteps();
        out.start(slot, start);
        double[] x = p.x;
        for (int k = 0; k <= n; k++) {
            while (frame < frameSteps.length && frameSteps[frame] == k) out.frame(frame++, slot, x[0], x[1]);
            double px = x[0];
            double py = x[1];
            if (!Double.isFinite(px) || !Double.isFinite(py) || Math.hypot(px - d.centerX(), py - d.centerY()) > bound) {
                divergedAt = k;
                break;
            }
            if (k == n) break;
            double value = p.advance();
            if (escapedAt < 0 && escape != null) {
                double v = needValue && !exact ? f.value(px, py) : value;
                if (escape.escaped(px, py, v, centerValue)) escapedAt = k;
            }
        }
        if (escapedAt < 0 && escape != null && divergedAt < 0) {
            // The last point has no step after it; check it too.
            double v = f.value(x[0], x[1]);
            if (escape.escaped(x[0], x[1], v, centerValue)) escapedAt = n;
        }
        out.finish(slot, escapedAt, divergedAt, x[0], x[1], f.value(x[0], x[1]));
    }
}
