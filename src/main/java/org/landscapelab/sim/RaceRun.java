package org.landscapelab.sim;

/**
 * One optimizer's run in a race, with the spec that reproduces it; {@code error} says why it could
 * not run (then no trajectory and no metrics).
 */
public record RaceRun(RunSpec spec, Trajectory trajectory, PathMetrics metrics, String error) {
    public boolean ok() {
        return trajectory != null;
    }

    /** Legend text: the optimizer's name and the hyper-parameters that differ from its defaults. */
    public String label() {
        return spec.optimizer().label();
    }
}
