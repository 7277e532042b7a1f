package org.landscapelab.ui.race;

import java.awt.Color;
import org.landscapelab.sim.PathMetrics;
import org.landscapelab.sim.RaceRun;
import org.landscapelab.sim.RunSpec;
import org.landscapelab.sim.Trajectory;

/** One run of a race with the colour of its optimizer's card, which paths, charts and legends share. */
public record ColoredRun(RaceRun run, Color color) {
    public String label() { return run.label(); }

    public RunSpec spec() { return run.spec(); }

    public Trajectory trajectory() { return run.trajectory(); }

    public PathMetrics metrics() { return run.metrics(); }

    /** Why the optimizer could not run here; empty if it ran. */
    public String error() { return run.error(); }

    public boolean ok() { return run.ok(); }
}
