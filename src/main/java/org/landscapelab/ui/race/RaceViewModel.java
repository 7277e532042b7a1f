package org.landscapelab.ui.race;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.landscapelab.landscape.CriticalPoint;
import org.landscapelab.landscape.CriticalPoints;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Point;
import org.landscapelab.noise.NoiseSpec;
import org.landscapelab.optim.OptimizerKind;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.render.Palette;
import org.landscapelab.sim.NoiseMode;
import org.landscapelab.sim.RaceSpec;
import org.landscapelab.sim.Races;
import org.landscapelab.sim.RunSpec;
import org.landscapelab.ui.fx.LatestTask;

/**
 * The optimizer race: several optimizers from one start with one noise realization (the same seed
 * gives every optimizer the same draws). Any change reruns the race in the background; {@link
 * #raceProperty} always holds the newest complete snapshot, computed by {@link Races}. On a change to
 * another landscape a learning rate that is unstable there is replaced by a stable one, and each
 * optimizer's card says so and how its run ended ({@link RateAdvisor}).
 */
public final class RaceViewModel {
    public static final int MAX_OPTIMIZERS = 8;
    public static final int MAX_STEPS = 100_000;

    private final ObservableList<OptimizerEntry> optimizers =
            FXCollections.observableArrayList(e -> new Observable[] {e.specProperty(), e.colorProperty(), e.enabledProperty()});
    private final ObjectProperty<Landscape> landscape = new SimpleObjectProperty<>();
    private final ObjectProperty<NoiseSpec> noise = new SimpleObjectProperty<>(NoiseSpec.NONE);
    private final ObjectProperty<NoiseMode> mode = new SimpleObjectProperty<>(NoiseMode.ITERATE);
    private final ObjectProperty<Point> start = new SimpleObjectProperty<>();
    private final IntegerProperty steps = new SimpleIntegerProperty(300);
    private final LongProperty seed = new SimpleLongProperty(1);
    private final IntegerProperty batchSize = new SimpleIntegerProperty(0);
    private final ReadOnlyObjectWrapper<ColoredRace> race = new ReadOnlyObjectWrapper<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final LatestTask<ColoredRace> running;
    private final RateAdvisor rates;
    private int colorsUsed;
    /** The landscape of the last race submitted; FX thread. */
    private Landscape submittedOn;
    /** Critical points of the last landscape raced on: a new start or optimizer does not change them. */
    private volatile CriticalCache critical = new CriticalCache(null, List.of());

    private record CriticalCache(Landscape landscape, List<CriticalPoint> points) {}

    /** {@code fxThread} runs the publication of results: {@code Platform::runLater} in the app. */
    public RaceViewModel(Executor background, Executor fxThread) {
        this.running = LatestTask.keepingUp(background, fxThread);
        optimizers.addListener((Observable o) -> rerun());
        for (Observable o : List.<Observable>of(landscape, noise, mode, start, steps, seed, batchSize)) o.addListener(x -> rerun());
        this.rates = new RateAdvisor(this, background, fxThread);
        landscape.addListener((obs, old, l) -> rates.landscapeChanged(old, l));
        race.addListener((obs, old, r) -> RateAdvisor.noteRuns(optimizers, r));
    }

    public ObservableList<OptimizerEntry> optimizers() { return optimizers; }

    public ObjectProperty<Landscape> landscapeProperty() { return landscape; }

    public ObjectProperty<NoiseSpec> noiseProperty() { return noise; }

    public ObjectProperty<NoiseMode> modeProperty() { return mode; }

    public ObjectProperty<Point> startProperty() { return start; }

    public IntegerProperty stepsProperty() { return steps; }

    public LongProperty seedProperty() { return seed; }

    public IntegerProperty batchSizeProperty() { return batchSize; }

    public ReadOnlyObjectProperty<ColoredRace> raceProperty() { return race.getReadOnlyProperty(); }

    /**
     * Whether {@link #raceProperty} answers the newest settings: false while a drag's newer race is
     * still being computed (views too slow to redraw at every step wait for this).
     */
    public boolean upToDate() {
        return running.idle();
    }

    /** Problems with the last race (an optimizer that cannot run here, a divergence), for the status bar. */
    public StringProperty messageProperty() { return message; }

    /** Adds an optimizer with its defaults and the next colour; none past {@link #MAX_OPTIMIZERS}. */
    public OptimizerEntry add(OptimizerKind kind) {
        return add(OptimizerSpec.defaults(kind));
    }

    public OptimizerEntry add(OptimizerSpec spec) {
        if (optimizers.size() >= MAX_OPTIMIZERS) throw new IllegalStateException("at most " + MAX_OPTIMIZERS + " optimizers race at once");
        OptimizerEntry e = new OptimizerEntry(spec, nextColor());
        optimizers.add(e);
        return e;
    }

    /**
     * The "suggest" action of an optimizer's card: gives it the suggested learning rate for this
     * landscape and start, computed in the background, and says why on its card.
     */
    public void suggestRate(OptimizerEntry entry) {
        rates.suggest(entry);
    }

    /** A fresh seed, as the "new seed" button gives: the next realization of the noise. */
    public void newSeed() {
        seed.set(seed.get() + 1);
    }

    private java.awt.Color nextColor() {
        for (int k = 0; k < MAX_OPTIMIZERS; k++) {
            java.awt.Color c = Palette.color(colorsUsed + k);
            if (optimizers.stream().noneMatch(e -> e.color().equals(c))) {
                colorsUsed += k + 1;
                return c;
            }
        }
        return Palette.color(colorsUsed++);
    }

    /** The race of the enabled optimizers with the current settings. */
    public RaceSpec raceSpec() {
        List<OptimizerSpec> enabled = optimizers.stream().filter(OptimizerEntry::enabled).map(OptimizerEntry::spec).toList();
        return new RaceSpec(enabled, noise.get(), mode.get(), start.get(), steps.get(), seed.get(), batchSize.get());
    }

    /** The run spec every optimizer shares, but for the optimizer itself. */
    public RunSpec runSpec(OptimizerSpec optimizer) {
        return raceSpec().runSpec(optimizer);
    }

    private void rerun() {
        Landscape l = landscape.get();
        if (l == null || start.get() == null) return;
        RaceSpec spec = raceSpec();
        List<java.awt.Color> colors = optimizers.stream().filter(OptimizerEntry::enabled).map(OptimizerEntry::color).toList();
        // While a drag goes on the newest race computed so far shows; never one of the landscape before.
        if (l != submittedOn) running.cancel();
        submittedOn = l;
        running.submit(() -> ColoredRace.of(Races.run(l, spec, criticalPoints(l)), colors), r -> {
            race.set(r);
            message.set(summary(r));
        }, error -> message.set("Could not run the race: " + error.getMessage()));
    }

    /** Called on a background thread. */
    private List<CriticalPoint> criticalPoints(Landscape l) {
        CriticalCache c = critical;
        if (c.landscape() != l) {
            c = new CriticalCache(l, CriticalPoints.of(l, l.domain()).points());
            critical = c;
        }
        return c.points();
    }

    private static String summary(ColoredRace r) {
        List<String> notes = new ArrayList<>();
        for (ColoredRun run : r.runs()) {
            if (!run.ok()) notes.add(run.label() + " cannot run: " + run.error());
            else if (run.trajectory().diverged()) {
                notes.add(run.label() + " diverged at step " + run.trajectory().divergedAt() + " (" + run.trajectory().divergence() + ")");
            }
        }
        return String.join("; ", notes);
    }
}
