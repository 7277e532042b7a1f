package org.landscapelab.ui.lab;

import java.util.List;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Point;

/** Every enabled optimizer run from the same start with the same noise realization: a snapshot. */
public record Race(Landscape landscape, Point start, List<RaceRun> runs) {
    public Race {
        runs = List.copyOf(runs);
    }

    /** The last step index any run reached. */
    public int lastStep() {
        return runs.stream().filter(RaceRun::ok).mapToInt(r -> r.trajectory().steps()).max().orElse(0);
    }
}
