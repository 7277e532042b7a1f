package org.landscapelab.ui.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.landscapelab.nn.training.RacePoint;
import org.landscapelab.nn.training.RaceSnapshot;
import org.landscapelab.nn.training.RacerRun;
import org.landscapelab.nn.training.TrainingSnapshot;

/** The network panels' status line for a race: progress while it runs, how it ended after. */
final class RaceMessages {
    private RaceMessages() {}

    /** "Step 120, loss 0.312, 85 steps/s" (a race: one loss per racer); "" before the first step. */
    static String progress(RaceSnapshot race) {
        long steps = 0;
        List<String> losses = new ArrayList<>();
        for (RacerRun r : race.racers()) {
            if (r.points().isEmpty()) continue;
            RacePoint last = r.points().get(r.points().size() - 1);
            steps = Math.max(steps, last.step() + 1);
            losses.add(String.format(Locale.ROOT, "%.4g", last.loss()));
        }
        if (steps == 0) return "";
        return String.format(Locale.ROOT, "Step %d, loss %s, %.0f steps/s", steps, String.join(" / ", losses),
                race.seconds() > 0 ? steps / race.seconds() : 0);
    }

    /** How the race ended: for one racer as the single run always said it; for several, each racer's end in a clause. */
    static String ended(RaceSnapshot race) {
        if (race.racers().size() == 1) return ended(race.racers().get(0), race.seconds());
        List<String> parts = new ArrayList<>();
        for (RacerRun r : race.racers()) parts.add(r.optimizer().label() + ": " + ended(r, race.seconds()));
        return String.join("; ", parts);
    }

    private static String ended(RacerRun r, double seconds) {
        if (r.status() != TrainingSnapshot.Status.FINISHED) return r.message();
        TrainingSnapshot last = r.probes().get(r.probes().size() - 1);
        return String.format(Locale.ROOT, "Done: %d steps in %.1f s, loss %.3g", last.step(), seconds, last.loss());
    }
}
