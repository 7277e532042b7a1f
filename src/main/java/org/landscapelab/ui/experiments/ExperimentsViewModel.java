package org.landscapelab.ui.experiments;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.landscapelab.experiments.ExperimentTable;
import org.landscapelab.experiments.Shard;
import org.landscapelab.io.ExperimentSetup;
import org.landscapelab.sim.Progress;

/**
 * The Experiments tab: the experiment picked and its settings ({@link ExperimentSetup}, the same the
 * command line and scenario files use, so the same settings and seed give the command's numbers),
 * a run on the background executor with progress and cancel, and its tables. Opens on settings that
 * finish in seconds ({@link #APP_SETTINGS}); the command line's defaults are one call away.
 */
public final class ExperimentsViewModel {
    /** Settings that finish in a few seconds on two cores, over the command line's defaults: fewer runs and steps. */
    public static final Map<String, Map<String, String>> APP_SETTINGS = Map.of(
            "widening-valley", Map.of("runs", "20", "steps", "20000", "every", "500"),
            "fpgd-escape", Map.of("runs", "40", "dim", "1,10"),
            "bn-decoupling", Map.of("runs", "10", "steps", "400", "every", "10"));
    /**
     * Coordinate updates a second the estimate assumes on two cores: the widening valley's defaults
     * (4e9 updates) took 42 s on the lab's shared two-core machine, under load.
     */
    static final double UPDATES_PER_SECOND = 1e8;

    private final Executor background;
    private final Executor fxThread;
    private final ObjectProperty<ExperimentSetup> setup = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<List<ExperimentTable>> result = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty answersHidden = new SimpleBooleanProperty();
    private final int threads;
    private AtomicBoolean cancel = new AtomicBoolean();

    public ExperimentsViewModel(Executor background, Executor fxThread, int threads) {
        this.background = background;
        this.fxThread = fxThread;
        this.threads = threads;
        select("widening-valley");
    }

    /** The experiment and its settings; a new one clears the last result. */
    public ReadOnlyObjectProperty<ExperimentSetup> setupProperty() { return setup; }

    /** The last run's tables (one, or one per dimension for fpgd-escape); empty before a run. */
    public ReadOnlyObjectProperty<List<ExperimentTable>> resultProperty() { return result.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    /** Finished runs over all runs, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() { return progress; }

    /** What happened last, in words (a refused setting, "Cancelled", the time a run took). */
    public StringProperty messageProperty() { return message; }

    /** A scenario's "predict, then run": the chart and table stay blank until its Run. */
    public BooleanProperty answersHiddenProperty() { return answersHidden; }

    /** Picks an experiment with the app's quick settings. */
    public void select(String name) {
        ExperimentSetup quick = new ExperimentSetup(name, APP_SETTINGS.getOrDefault(name, Map.of()));
        show(quick);
    }

    /** The command line's defaults for the current experiment (and the same seed). */
    public void useCommandLineDefaults() {
        show(ExperimentSetup.defaults(setup.get().name()).with("seed", setup.get().settings().get("seed")));
    }

    /** Sets up a scenario's experiment; its chart stays blank until Run when it asks a question. */
    public void open(ExperimentSetup s, boolean hideAnswers) {
        cancel();
        show(s);
        result.set(List.of());
        answersHidden.set(hideAnswers);
    }

    /** Changes one setting; false (and the reason in the message) if the experiment refuses the value. */
    public boolean set(String key, String value) {
        try {
            show(setup.get().with(key, value));
            return true;
        } catch (ExperimentSetup.BadSetting e) {
            message.set(e.getMessage());
            return false;
        }
    }

    private void show(ExperimentSetup s) {
        if (s.equals(setup.get())) return;
        setup.set(s);
        result.set(List.of());
        message.set("About " + expectedTime(s) + " on two cores");
    }

    /** The time a run of these settings takes, in words ("3 s", "2 min"), from its coordinate updates. */
    public static String expectedTime(ExperimentSetup s) {
        Map<String, String> v = s.settings();
        double runs = Double.parseDouble(v.get("runs"));
        double updates = switch (s.name()) {
            case "widening-valley" -> runs * Double.parseDouble(v.get("steps")) * (Double.parseDouble(v.get("dim")) + 1) * 3;
            // fGn costs about 20 updates a step (experiments.FpgdEscape)
            case "fpgd-escape" -> 20 * runs * Double.parseDouble(v.get("max-steps")) * v.get("hurst").split(",").length
                    * java.util.Arrays.stream(v.get("dim").split(",")).mapToDouble(d -> Double.parseDouble(d.trim())).sum();
            default -> 4 * runs * Double.parseDouble(v.get("steps")) * Double.parseDouble(v.get("samples")) * Double.parseDouble(v.get("features"))
                    * v.get("problem").split(",").length;
        };
        double seconds = updates / UPDATES_PER_SECOND;
        if (seconds < 1) return "a second";
        if (seconds < 90) return String.format(Locale.ROOT, "%.0f s", seconds);
        return String.format(Locale.ROOT, "%.0f min", seconds / 60);
    }

    /** Runs the experiment off the FX thread; progress and the tables arrive on it. Ignored while a run is going. */
    public void run() {
        if (running.get()) return;
        ExperimentSetup s = setup.get();
        AtomicBoolean cancelled = new AtomicBoolean();
        cancel = cancelled;
        running.set(true);
        progress.set(0);
        answersHidden.set(false);
        message.set("Running " + s.name() + "…");
        long started = System.nanoTime();
        Progress reporter = new Progress() {
            @Override
            public void update(long done, long total) {
                fxThread.execute(() -> {
                    if (cancel == cancelled) progress.set((double) done / total);
                });
            }

            @Override
            public boolean cancelled() {
                return cancelled.get();
            }
        };
        background.execute(() -> {
            try {
                List<ExperimentTable> tables = s.run(Shard.ALL, threads, reporter);
                double seconds = (System.nanoTime() - started) / 1e9;
                fxThread.execute(() -> finish(cancelled, tables, String.format(Locale.ROOT, "%s: done in %.1f s", s.name(), seconds)));
            } catch (CancellationException e) {
                fxThread.execute(() -> finish(cancelled, null, "Cancelled"));
            } catch (RuntimeException e) {
                fxThread.execute(() -> finish(cancelled, null, s.name() + " failed: " + e.getMessage()));
            }
        });
    }

    private void finish(AtomicBoolean which, List<ExperimentTable> tables, String text) {
        if (cancel != which) return; // a newer run or setup took over
        running.set(false);
        if (tables != null && !which.get()) result.set(tables);
        message.set(which.get() ? "Cancelled" : text);
    }

    /** Stops the running experiment between runs; its partial numbers are dropped. */
    public void cancel() {
        if (!running.get()) return;
        cancel.set(true);
        running.set(false);
        progress.set(0);
        message.set("Cancelled");
    }
}
