package org.landscapelab.sim;

import java.util.ArrayList;
import java.util.List;
import org.landscapelab.landscape.CriticalPoint;
import org.landscapelab.landscape.CriticalPoints;
import org.landscapelab.landscape.Landscape;

/** Runs a race of optimizers: each run as {@link Runs#run} gives it, with its path metrics. */
public final class Races {
    private Races() {}

    /** The race on a landscape, with the saddle distances measured to the landscape's critical points. */
    public static RaceResult run(Landscape landscape, RaceSpec race) {
        return run(landscape, race, CriticalPoints.of(landscape, landscape.domain()).points());
    }

    /**
     * The race with critical points found before (the app keeps them while only the start or the
     * optimizers change). An optimizer that cannot run here (Newton without a Hessian, SVRG without
     * data) is reported in its run, not thrown.
     */
    public static RaceResult run(Landscape landscape, RaceSpec race, List<CriticalPoint> critical) {
        List<RaceRun> runs = new ArrayList<>();
        for (RunSpec spec : race.runSpecs()) {
            try {
                Trajectory t = Runs.run(landscape, spec);
                runs.add(new RaceRun(spec, t, PathMetrics.of(t, landscape.surface(), critical), ""));
            } catch (IllegalArgumentException e) {
                runs.add(new RaceRun(spec, null, null, e.getMessage()));
            }
        }
        return new RaceResult(landscape, race.start(), runs);
    }
}
