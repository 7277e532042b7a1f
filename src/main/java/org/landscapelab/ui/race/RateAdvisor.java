package org.landscapelab.ui.race;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Point;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.params.NumberText;
import org.landscapelab.sim.LearningRates;
import org.landscapelab.sim.RateAdvice;
import org.landscapelab.ui.fx.LatestTask;

/**
 * Learning rates that work on the landscape in view ({@link LearningRates}): on a change to another
 * landscape each optimizer keeps its lr only where it is stable there, otherwise it takes the
 * suggested rate, and its card says why; a "suggest" action applies the suggested rate to one
 * optimizer. The assessments run trial runs, so they run in the background; a result applies only
 * to an optimizer that is still in the race with the spec that was assessed (a scenario or session
 * that replaces the optimizers after the landscape keeps its own rates).
 */
final class RateAdvisor {
    private final RaceViewModel race;
    private final LatestTask<List<RateAdvice>> onChange;
    private final Executor background;
    private final Executor fxThread;

    RateAdvisor(RaceViewModel race, Executor background, Executor fxThread) {
        this.race = race;
        this.background = background;
        this.fxThread = fxThread;
        this.onChange = new LatestTask<>(background, fxThread);
    }

    /** Whether {@code now} is another landscape than {@code old}, not the same one with other slider values. */
    static boolean isAnother(Landscape old, Landscape now) {
        return old != null && now != null
                && !old.sameDefinition(now);
    }

    /** Called on the FX thread when the race's landscape changes. */
    void landscapeChanged(Landscape old, Landscape now) {
        Point start = race.startProperty().get();
        if (!isAnother(old, now) || start == null) return;
        List<OptimizerEntry> entries = List.copyOf(race.optimizers());
        List<OptimizerSpec> specs = entries.stream().map(OptimizerEntry::spec).toList();
        onChange.submit(() -> specs.stream().map(s -> assess(now, start, s)).toList(), advice -> {
            if (race.landscapeProperty().get() != now) return;
            for (int i = 0; i < entries.size(); i++) {
                OptimizerEntry e = entries.get(i);
                RateAdvice a = advice.get(i);
                if (a == null || !race.optimizers().contains(e) || !e.spec().equals(specs.get(i))) continue;
                if (a.changesLr()) e.specProperty().set(a.onLandscapeChange());
                // A stable rate needs no word; an unstable one without a suggestion is said as it is.
                e.setRateNote(a.changesLr() || !a.stable() ? a.reason() : "");
            }
        }, error -> race.messageProperty().set("Could not check the learning rates: " + error.getMessage()));
    }

    /** The "suggest" action of one optimizer's card: its suggested lr from here, and why. */
    void suggest(OptimizerEntry entry) {
        Landscape landscape = race.landscapeProperty().get();
        Point start = race.startProperty().get();
        if (landscape == null || start == null) return;
        OptimizerSpec spec = entry.spec();
        java.util.concurrent.CompletableFuture.supplyAsync(() -> assess(landscape, start, spec), background)
                .whenComplete((a, error) -> fxThread.execute(() -> {
                    if (!entry.spec().equals(spec) || race.landscapeProperty().get() != landscape) return;
                    if (error != null) {
                        race.messageProperty().set("Could not suggest a learning rate: " + error.getMessage());
                        return;
                    }
                    if (a == null) {
                        entry.setRateNote(entry.label() + " cannot run on this landscape");
                        return;
                    }
                    entry.specProperty().set(a.withSuggestedLr());
                    entry.setRateNote(suggestionNote(a));
                }));
    }

    /** What the suggest action did: the reason, which already names the change where the lr was unstable. */
    static String suggestionNote(RateAdvice a) {
        if (!a.stable() || !a.hasSuggestion()) return a.reason();
        if (a.suggestedLr() == a.spec().lr()) return a.reason() + "; it is the suggested rate";
        return "lr " + rate(a.spec().lr()) + " → " + rate(a.suggestedLr()) + ", the suggested rate (about half the limit): " + a.reason();
    }

    private static String rate(double lr) {
        return NumberText.readable(lr, 6);
    }

    /** The advice, or null for an optimizer that cannot run here at all (its run says why). */
    private static RateAdvice assess(Landscape landscape, Point start, OptimizerSpec spec) {
        try {
            return LearningRates.assess(landscape, start, spec);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The note on each optimizer's card about its run in this race: a divergence or why it cannot run, in words. */
    static void noteRuns(List<OptimizerEntry> entries, ColoredRace race) {
        List<ColoredRun> runs = race == null ? List.of() : new ArrayList<>(race.runs());
        for (OptimizerEntry e : entries) {
            ColoredRun run = null;
            for (ColoredRun r : runs) {
                if (r.color().equals(e.color()) && r.spec().optimizer().equals(e.spec())) {
                    run = r;
                    break;
                }
            }
            if (run != null) runs.remove(run);
            e.setRunNote(run == null ? "" : runNote(run));
        }
    }

    static String runNote(ColoredRun run) {
        if (!run.ok()) return "cannot run here: " + run.error();
        if (run.trajectory().diverged()) return "diverged at step " + run.trajectory().divergedAt() + ": " + run.trajectory().divergence();
        return "";
    }
}
