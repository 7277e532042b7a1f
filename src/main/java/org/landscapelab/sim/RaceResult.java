package org.landscapelab.sim;

import java.util.List;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Point;

/** Every optimizer of a race run on one landscape from one start: the runs in the race's order. */
public record RaceResult(Landscape landscape, Point start, List<RaceRun> runs) {
    public RaceResult {
        runs = List.copyOf(runs);
    }

    /** The last step index any run reached. */
    public int lastStep() {
        return runs.stream().filter(RaceRun::ok).mapToInt(r -> r.trajectory().steps()).max().orElse(0);
    }
}
