package org.landscapelab.sim;

/**
 * N particles of one run spec, each from its own start in the start region with its own noise.
 *
 * @param escape when particles count as escaped, or null to record no escape times
 * @param frames how many evenly spaced snapshots of all positions to keep for animation (0: none)
 */
public record EnsembleSpec(RunSpec run, int particles, StartRegion starts, EscapeCriterion escape, int frames) {
    public static final int MAX_PARTICLES = 1_000_000;
    public static final int MAX_FRAMES = 2_000;

    public EnsembleSpec {
        if (run == null || starts == null) throw new IllegalArgumentException("an ensemble needs a run spec and a start region");
        if (particles < 1 || particles > MAX_PARTICLES) {
            throw new IllegalArgumentException("particles must be in [1, " + MAX_PARTICLES + "], got " + particles);
        }
        if (frames < 0 || frames > MAX_FRAMES) throw new IllegalArgumentException("frames must be in [0, " + MAX_FRAMES + "], got " + frames);
    }

    public EnsembleSpec withRun(RunSpec r) {
        return new EnsembleSpec(r, particles, starts, escape, frames);
    }
}
