package org.landscapelab.sim;

import java.util.Locale;

/**
 * N particles of one run spec, each from its own start in the start region with its own noise.
 *
 * @param escape when particles count as escaped, or null to record no escape times
 * @param frames how many evenly spaced snapshots of all positions to keep for animation (0: none)
 */
public record EnsembleSpec(RunSpec run, int particles, StartRegion starts, EscapeCriterion escape, int frames) {
    public static final int MAX_PARTICLES = 1_000_000;
    public static final int MAX_FRAMES = 2_000;
    /**
     * The most particle steps (particles × steps) one ensemble may take: the app's largest ensemble,
     * 10,000 particles × 100,000 steps (the shipped scenarios take at most 800,000, the README's
     * example 4,000,000). At the benchmark's 2e7 particle steps per second on two cores that is about a
     * minute; 100,000 × 100,000 would be over an hour.
     */
    public static final long MAX_PARTICLE_STEPS = 1_000_000_000L;
    /**
     * The most recorded positions (frames × particles), 400 MB of floats; the app records 400
     * frames of at most 10,000 particles (4,000,000).
     */
    public static final long MAX_FRAME_POSITIONS = 50_000_000L;

    public EnsembleSpec {
        if (run == null || starts == null) throw new IllegalArgumentException("an ensemble needs a run spec and a start region");
        if (particles < 1 || particles > MAX_PARTICLES) {
            throw new IllegalArgumentException("particles must be in [1, " + MAX_PARTICLES + "], got " + particles);
        }
        if (frames < 0 || frames > MAX_FRAMES) throw new IllegalArgumentException("frames must be in [0, " + MAX_FRAMES + "], got " + frames);
        long work = particleSteps(run, particles);
        if (work > MAX_PARTICLE_STEPS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%,d particles × %,d steps = %,d particle steps is more than the limit of %,d",
                    particles, run.steps(), work, MAX_PARTICLE_STEPS));
        }
        long positions = framePositions(run, particles, frames);
        if (positions > MAX_FRAME_POSITIONS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "frames × particles: %,d recorded positions is more than the limit of %,d", positions, MAX_FRAME_POSITIONS));
        }
    }

    /** particles × steps: the work of the ensemble. */
    public long particleSteps() {
        return particleSteps(run, particles);
    }

    /** Positions recorded for animation: one per particle in each of at most steps + 1 frames. */
    public long framePositions() {
        return framePositions(run, particles, frames);
    }

    private static long particleSteps(RunSpec run, int particles) {
        return (long) particles * run.steps();
    }

    private static long framePositions(RunSpec run, int particles, int frames) {
        return Math.min(frames, run.steps() + 1L) * particles;
    }

    public EnsembleSpec withRun(RunSpec r) {
        return new EnsembleSpec(r, particles, starts, escape, frames);
    }
}
