package org.landscapelab.ui.lab;

import java.awt.Color;
import org.landscapelab.sim.PathMetrics;
import org.landscapelab.sim.RunSpec;
import org.landscapelab.sim.Trajectory;

/**
 * One optimizer's computed run in a race, with the spec that reproduces it; {@code error} says why
 * it could not run (then no trajectory).
 */
public record RaceRun(String label, Color color, RunSpec spec, Trajectory trajectory, PathMetrics metrics, String error) {
    public boolean ok() {
        return trajectory != null;
    }
}
