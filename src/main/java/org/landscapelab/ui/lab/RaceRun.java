package org.landscapelab.ui.lab;

import java.awt.Color;
import org.landscapelab.sim.PathMetrics;
import org.landscapelab.sim.Trajectory;

/** One optimizer's computed run in a race; {@code error} says why it could not run (then no trajectory). */
public record RaceRun(String label, Color color, Trajectory trajectory, PathMetrics metrics, String error) {
    public boolean ok() {
        return trajectory != null;
    }
}
