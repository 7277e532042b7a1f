package org.landscapelab.ui.network;

import java.awt.Color;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.landscapelab.nn.LayerReport;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.landscapelab.nn.training.NetworkRace;
import org.landscapelab.nn.training.NetworkSettings;
import org.landscapelab.nn.training.RaceConfig;
import org.landscapelab.nn.training.RaceSnapshot;
import org.landscapelab.nn.training.RacerRun;
import org.landscapelab.nn.training.TrainingSnapshot;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.render.Palette;
import org.landscapelab.ui.race.OptimizerEntry;

/**
 * What the transformer and batch-norm panels share: up to {@link RaceConfig#MAX_RACERS} optimizers
 * with their hyper-parameters (the first always there), a seed, the number of steps, and a race of
 * them on one network ({@link NetworkRace}: the same initialization and batches; a race of one is
 * the single training run) on a background thread with start, pause and reset. The
 * panel's timer calls {@link #poll()} while {@link #pollingProperty()} is set (ten times a second);
 * the trainer never waits for the UI. Results reach the model's properties through {@code fxThread}
 * (Platform::runLater in the app, a direct executor in tests), so the model runs without a window.
 */
public abstract class NetworkLabModel {
    private final Executor background;
    private final Executor fxThread;
    private final OptimizerEntry optimizer;
    private final ObservableList<OptimizerEntry> racers = FXCollections.observableArrayList();
    /** One view, kept: an unmodifiable list listens to its source weakly, so a view made per call loses its listeners. */
    private final ObservableList<OptimizerEntry> racersView = FXCollections.unmodifiableObservableList(racers);
    private final ReadOnlyObjectWrapper<RaceSnapshot> race = new ReadOnlyObjectWrapper<>();
    private final LongProperty seed = new SimpleLongProperty(1);
    private final IntegerProperty steps = new SimpleIntegerProperty(2_000);
    private final ReadOnlyObjectWrapper<TrainingRun> run = new ReadOnlyObjectWrapper<>(TrainingRun.EMPTY);
    private final ReadOnlyObjectWrapper<TrainingSnapshot.Status> status = new ReadOnlyObjectWrapper<>(TrainingSnapshot.Status.READY);
    private final ReadOnlyBooleanWrapper sweeping = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper sweepProgress = new ReadOnlyDoubleWrapper();
    private final StringProperty message = new SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty settingsLocked = new javafx.beans.property.SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper polling = new ReadOnlyBooleanWrapper();
    private final javafx.beans.property.BooleanProperty answersHidden = new javafx.beans.property.SimpleBooleanProperty();
    private NetworkRace trainer;
    /** The settings and seed {@link #trainer} was made with (the panel's may have changed since). */
    private TrainedNetwork trainedOn;
    private List<Color> raceColors = List.of();
    private List<LayerReport> atInit = List.of();
    private AtomicBoolean sweepCancel = new AtomicBoolean();
    private final org.landscapelab.ui.fx.LatestTask<List<LayerReport>> preview;

    protected NetworkLabModel(Executor background, Executor fxThread, OptimizerSpec defaultOptimizer) {
        this.background = background;
        this.fxThread = fxThread;
        this.optimizer = new OptimizerEntry(defaultOptimizer, new Color(0x00, 0x72, 0xB2));
        racers.add(optimizer);
        this.preview = new org.landscapelab.ui.fx.LatestTask<>(background, fxThread);
        answersHidden.addListener((obs, was, hidden) -> {
            if (hidden) {
                preview.cancel();
                if (trainer == null || status.get().isFinal()) {
                    trainer = null;
                    status.set(TrainingSnapshot.Status.READY);
                    run.set(TrainingRun.EMPTY);
                    race.set(null);
                }
                clearSweep();
            } else {
                settingsChanged();
            }
        });
    }

    /**
     * Shows the probes of the untrained network for the current settings (the panel calls it a
     * moment after a setting changes), so the rank plots answer "what does this shape do at
     * initialization?" before any training. Ignored while a run is going on.
     */
    public void settingsChanged() {
        if (trainer != null && !status.get().isFinal() || answersHidden.get()) return;
        preview.submit(networkSettings()::probesAtInit, init -> {
            if ((trainer == null || status.get().isFinal()) && !answersHidden.get()) {
                trainer = null;
                status.set(TrainingSnapshot.Status.READY);
                run.set(new TrainingRun(init, List.of()));
            }
        }, error -> message.set(error.getMessage()));
    }

    /** The first racer, always present: the single optimizer of a race of one. */
    public OptimizerEntry optimizer() { return optimizer; }

    /** The racers in order, the first being {@link #optimizer()}; change them through {@link #addRacer} and {@link #removeRacer}. */
    public ObservableList<OptimizerEntry> racers() { return racersView; }

    /**
     * Adds a racer (a copy of the last one's optimizer in the palette's first colour no racer has), unless
     * there are {@link RaceConfig#MAX_RACERS} already; returns it, or null.
     */
    public OptimizerEntry addRacer() {
        if (racers.size() >= RaceConfig.MAX_RACERS) return null;
        OptimizerEntry e = new OptimizerEntry(racers.get(racers.size() - 1).spec(), unusedColor());
        racers.add(e);
        return e;
    }

    private Color unusedColor() {
        for (int k = 0; ; k++) {
            Color c = Palette.color(k);
            if (racers.stream().noneMatch(r -> r.color().equals(c))) return c;
        }
    }

    /** Removes a racer other than the first. */
    public void removeRacer(OptimizerEntry e) {
        if (e != optimizer) racers.remove(e);
    }

    /** The colours of the racers of the current race, in race order (a racer unticked on its card sits out). */
    public List<Color> raceColors() { return raceColors; }

    /** The race so far: every racer's loss, gradient norms and relative updates per parameter group, and probes; null before a run. */
    public ReadOnlyObjectProperty<RaceSnapshot> raceProperty() { return race.getReadOnlyProperty(); }

    public LongProperty seedProperty() { return seed; }

    public IntegerProperty stepsProperty() { return steps; }

    public ReadOnlyObjectProperty<TrainingRun> runProperty() { return run.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<TrainingSnapshot.Status> statusProperty() { return status.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty sweepingProperty() { return sweeping.getReadOnlyProperty(); }

    public ReadOnlyDoubleProperty sweepProgressProperty() { return sweepProgress.getReadOnlyProperty(); }

    public StringProperty messageProperty() { return message; }

    /** Whether a scenario keeps the network's settings and optimizer as they are. */
    public javafx.beans.property.BooleanProperty settingsLockedProperty() { return settingsLocked; }

    /**
     * Whether the plots that would answer an open scenario's question stay blank until its Run: the
     * preview at initialization (the probes per layer are the depth and rank sweeps' answer) and
     * the last sweep's curves. Setting it blanks them; clearing it brings the preview back.
     */
    public javafx.beans.property.BooleanProperty answersHiddenProperty() { return answersHidden; }

    /** Forgets the last sweep's curves (they would answer a question asked again). */
    protected abstract void clearSweep();

    /** Whether a run is going on whose snapshots the panel's timer should {@link #poll()}. */
    public ReadOnlyBooleanProperty pollingProperty() { return polling.getReadOnlyProperty(); }

    /** The network's settings as the panel holds them (unchecked: building the network checks them). */
    public abstract NetworkSettings networkSettings();

    /** Shows these network settings in the panel. */
    protected abstract void showNetworkSettings(NetworkSettings settings);

    /**
     * The panel's settings as text, for session and scenario files: the network's, then the first
     * optimizer, the others that race it ({@link RaceConfig#racersText}), seed and steps.
     */
    public final java.util.Map<String, String> settings() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>(networkSettings().asText());
        m.put("optimizer", optimizer().spec().toString());
        m.put("racers", RaceConfig.racersText(racers.subList(1, racers.size()).stream().map(OptimizerEntry::spec).toList()));
        m.put("seed", Long.toString(seed.get()));
        m.put("steps", Integer.toString(steps.get()));
        return m;
    }

    /** Applies settings read back from text; unreadable ones keep their values and are reported, one line each. */
    public final List<String> restore(java.util.Map<String, String> settings) {
        List<String> problems = new java.util.ArrayList<>();
        NetworkSettings restored = networkSettings();
        for (String key : restored.asText().keySet()) {
            String v = settings.get(key);
            if (v == null) continue;
            try {
                restored = restored.with(key, v);
            } catch (IllegalArgumentException e) {
                problems.add(key + ": " + e.getMessage());
            }
        }
        showNetworkSettings(restored);
        Settings.integer(settings, "steps", steps, problems);
        Settings.apply(settings, "optimizer", v -> optimizer().specProperty().set(OptimizerSpec.parse(v)), problems);
        Settings.apply(settings, "racers", v -> {
            List<OptimizerSpec> others = RaceConfig.parseRacers(v);
            racers.subList(1, racers.size()).clear();
            for (OptimizerSpec o : others) addRacer().specProperty().set(o);
        }, problems);
        Settings.apply(settings, "seed", v -> seed.set(Long.parseLong(v)), problems);
        return problems;
    }

    protected Executor background() {
        return background;
    }

    /** Starts training, or resumes a paused run. Bad settings are reported, never thrown. */
    public void start() {
        if (trainer != null && status.get() == TrainingSnapshot.Status.PAUSED) {
            trainer.resume();
            status.set(TrainingSnapshot.Status.RUNNING);
            polling.set(true);
            return;
        }
        if (trainer != null && !status.get().isFinal()) return;
        NetworkSettings settings = networkSettings();
        List<OptimizerEntry> racing = racers.stream().filter(OptimizerEntry::enabled).toList();
        NetworkRace t;
        try {
            t = settings.race(racing.stream().map(OptimizerEntry::spec).toList(), seed.get(), steps.get(), recordEvery(steps.get()),
                    reportEvery());
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        // Training is the run the question waited for.
        answersHidden.set(false);
        trainer = t;
        trainedOn = new TrainedNetwork(settings, seed.get());
        raceColors = racing.stream().map(OptimizerEntry::color).toList();
        atInit = List.of();
        run.set(TrainingRun.EMPTY);
        race.set(null);
        status.set(TrainingSnapshot.Status.RUNNING);
        message.set("Training on " + t.data().description());
        CompletableFuture.supplyAsync(settings::probesAtInit, background).thenAccept(init -> fxThread.execute(() -> {
            if (trainer == t) atInit = init;
        }));
        CompletableFuture.runAsync(() -> t.run(), background).whenComplete((ok, error) -> fxThread.execute(() -> {
            if (trainer == t) poll();
            if (error != null) message.set("Training failed: " + error.getMessage());
        }));
        polling.set(true);
    }

    public void pause() {
        if (trainer != null && status.get() == TrainingSnapshot.Status.RUNNING) {
            trainer.pause();
            status.set(TrainingSnapshot.Status.PAUSED);
        }
    }

    /** Stops the run and clears the plots. */
    public void reset() {
        if (trainer != null) trainer.stop();
        trainer = null;
        polling.set(false);
        run.set(TrainingRun.EMPTY);
        race.set(null);
        status.set(TrainingSnapshot.Status.READY);
        message.set("");
    }

    /** Points a race plot's curve holds at most: enough for a smooth curve, few enough to redraw ten times a second. */
    static final int POINTS_PER_CURVE = 5_000;

    /** Every step for runs of up to {@link #POINTS_PER_CURVE} steps, else evenly fewer. */
    static int recordEvery(int steps) {
        return Math.max(1, (steps + POINTS_PER_CURVE - 1) / POINTS_PER_CURVE);
    }

    /** Snapshots per second of training: every few steps, enough for smooth plots. */
    protected int reportEvery() {
        return 5;
    }

    /**
     * Reads the race's newest snapshot into {@link #raceProperty()}, the first racer's probes into
     * {@link #runProperty()}, the status and the message (on the FX thread). A race of one reads as
     * the single run: its status (a divergence included) and its message.
     */
    public void poll() {
        NetworkRace t = trainer;
        if (t == null) return;
        RaceSnapshot latest = t.latest();
        race.set(latest);
        RacerRun first = latest.racers().get(0);
        run.set(new TrainingRun(atInit, first.probes()));
        TrainingSnapshot.Status now = latest.status().isFinal() && latest.racers().size() == 1 ? first.status() : latest.status();
        if (now != TrainingSnapshot.Status.READY && now != status.get()
                && !(status.get() == TrainingSnapshot.Status.PAUSED && now == TrainingSnapshot.Status.RUNNING)) {
            status.set(now);
        }
        if (latest.status().isFinal()) {
            polling.set(false);
            message.set(RaceMessages.ended(latest));
        } else {
            String progress = RaceMessages.progress(latest);
            if (!progress.isEmpty()) message.set(progress);
        }
    }

    /** The network a run trained: the panel's settings and seed when it started. */
    public record TrainedNetwork(NetworkSettings settings, long seed) {}

    /** The settings and seed of the current or last run; empty before a run, after a reset or a settings change. */
    public java.util.Optional<TrainedNetwork> trainedNetwork() {
        return trainer == null ? java.util.Optional.empty() : java.util.Optional.of(trainedOn);
    }

    /**
     * The first racer's parameters along the current or last run ({@link NetworkRace#trajectory()}:
     * θ0, every k-th step, the latest θ last); empty before a run.
     */
    public List<double[]> trainingTrajectory() {
        NetworkRace t = trainer;
        return t == null ? List.of() : t.trajectory();
    }

    /** θ at the current step of the current or last run (the first racer's); empty before a run: the network at initialization. */
    public java.util.Optional<double[]> currentParameters() {
        NetworkRace t = trainer;
        return t == null ? java.util.Optional.empty() : java.util.Optional.of(t.current());
    }

    /** The number of updates {@link #currentParameters()} is after; 0 before a run. */
    public long currentStep() {
        NetworkRace t = trainer;
        return t == null ? 0 : t.currentStep();
    }

    /** Runs a long computation off the FX thread with progress and cancel; the result is delivered on the FX thread. */
    protected <T> void sweep(Function<SweepProgress, T> work, java.util.function.Consumer<T> done) {
        if (sweeping.get()) return;
        answersHidden.set(false);
        AtomicBoolean mine = new AtomicBoolean();
        sweepCancel = mine;
        sweeping.set(true);
        sweepProgress.set(0);
        SweepProgress progress = new SweepProgress() {
            @Override
            public void done(double fraction) {
                if (mine.get()) throw new CancellationException();
                fxThread.execute(() -> sweepProgress.set(fraction));
            }
        };
        CompletableFuture.supplyAsync(() -> work.apply(progress), background).whenComplete((r, error) -> fxThread.execute(() -> {
            Throwable cause = error != null && error.getCause() != null ? error.getCause() : error;
            if (cause == null) done.accept(r);
            else if (cause instanceof CancellationException) message.set("Sweep cancelled");
            else message.set("The sweep could not run: " + cause.getMessage());
            sweeping.set(false); // last: whoever sees the sweep end sees its result and message
        }));
    }

    public void cancelSweep() {
        sweepCancel.set(true);
    }

    /** Reports progress of a sweep; throws CancellationException once cancelled. */
    protected interface SweepProgress {
        void done(double fraction);
    }
}
