package org.landscapelab.ui.ensemble;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.landscapelab.io.EnsembleSettings;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.sim.EnsembleResult;
import org.landscapelab.sim.EnsembleSpec;
import org.landscapelab.sim.Ensembles;
import org.landscapelab.io.EnsembleSettings;
import org.landscapelab.noise.NoiseCatalog;
import org.landscapelab.noise.NoiseParameter;
import org.landscapelab.sim.EscapeSweep;
import org.landscapelab.sim.Progress;
import org.landscapelab.sim.RunSpec;
import org.landscapelab.sim.StartRegion;

/**
 * Ensembles in the lab: N particles of the race's first optimizer with the race's noise, from a
 * box or a spread around the start, with escape times from a radius around the start; and sweeps of
 * the escape time over a noise parameter. Long work runs in the background with progress and
 * cancel; results replace the previous ones when complete.
 */
public final class EnsembleViewModel {
    public static final int MAX_PARTICLES = 10_000;
    /** Ensembles in one sweep: each is a whole ensemble run. */
    public static final int MAX_SWEEP_POINTS = 50;
    /** Animation snapshots kept: enough for smooth scrubbing, small enough for 10,000 particles. */
    static final int FRAMES = 400;
    /** Workers for ensembles in the app: one core stays free for the animation. */
    static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    /**
     * A sweep animates nothing while it runs, so it takes every core, as the {@code scenario} command
     * does (with one core fewer it took twice as long on two cores); the results do not depend on it.
     */
    static final int SWEEP_THREADS = Runtime.getRuntime().availableProcessors();

    private final Executor background;
    private final Executor fxThread;
    private final IntegerProperty particles = new SimpleIntegerProperty(1000);
    private final ObjectProperty<StartRegion.Shape> shape = new SimpleObjectProperty<>(StartRegion.Shape.GAUSSIAN);
    private final DoubleProperty spread = new SimpleDoubleProperty(0.05);
    private final DoubleProperty escapeRadius = new SimpleDoubleProperty(0.5);
    private final BooleanProperty density = new SimpleBooleanProperty(false);
    private final BooleanProperty shown = new SimpleBooleanProperty(true);
    private final ObjectProperty<NoiseParameter> sweepParameter = new SimpleObjectProperty<>(NoiseCatalog.HURST);
    private final DoubleProperty sweepFrom = new SimpleDoubleProperty(0.1);
    private final DoubleProperty sweepTo = new SimpleDoubleProperty(0.9);
    private final IntegerProperty sweepPoints = new SimpleIntegerProperty(9);
    private final ReadOnlyObjectWrapper<EnsembleResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<EscapeSweep.SweepPoint>> sweep = new ReadOnlyObjectWrapper<>(List.of());
    /** The parameter the shown sweep curve is over: the picker may show another by now. */
    private final ReadOnlyObjectWrapper<NoiseParameter> swept = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final StringProperty message = new SimpleStringProperty("");
    private AtomicBoolean cancel = new AtomicBoolean();

    /** Work runs on {@code background}; progress and results are published through {@code fxThread} ({@code Platform::runLater} in the app). */
    public EnsembleViewModel(Executor background, Executor fxThread) {
        this.background = background;
        this.fxThread = fxThread;
        // A range for one parameter means nothing for another (σ's 0.02–0.2 as Hurst indices).
        sweepParameter.addListener((obs, old, p) -> {
            if (p == null || old == null || p == old) return;
            SweepRange r = SweepRange.of(p);
            sweepFrom.set(r.from());
            sweepTo.set(r.to());
        });
    }

    public IntegerProperty particlesProperty() { return particles; }

    public ObjectProperty<StartRegion.Shape> shapeProperty() { return shape; }

    /** Half-width of the start box, or the standard deviation of the Gaussian start. */
    public DoubleProperty spreadProperty() { return spread; }

    public DoubleProperty escapeRadiusProperty() { return escapeRadius; }

    public BooleanProperty densityProperty() { return density; }

    /** Whether the particles are drawn on the landscape. */
    public BooleanProperty shownProperty() { return shown; }

    public ObjectProperty<NoiseParameter> sweepParameterProperty() { return sweepParameter; }

    public DoubleProperty sweepFromProperty() { return sweepFrom; }

    public DoubleProperty sweepToProperty() { return sweepTo; }

    public IntegerProperty sweepPointsProperty() { return sweepPoints; }

    /** The parameter of the sweep curve on show, or null when there is none. */
    public ReadOnlyObjectProperty<NoiseParameter> sweptParameterProperty() { return swept.getReadOnlyProperty(); }

    /** The name of the sweep chart's horizontal axis: the parameter the curve is over, e.g. "Hurst index H". */
    public String sweepAxisLabel() {
        NoiseParameter p = swept.get();
        return p == null ? "parameter" : axisLabel(p);
    }

    /** A parameter as an axis names it: its title and symbol, "noise scale σ". */
    public static String axisLabel(NoiseParameter p) {
        return p.title() + " " + p.symbol();
    }

    public ReadOnlyObjectProperty<EnsembleResult> resultProperty() { return result.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<List<EscapeSweep.SweepPoint>> sweepProperty() { return sweep.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    /** Fraction done of the running ensemble or sweep. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }

    public StringProperty messageProperty() { return message; }

    /** The panel's settings, within the ranges the panel allows. */
    public EnsembleSettings settings() {
        return new EnsembleSettings(Math.max(1, Math.min(MAX_PARTICLES, particles.get())), shape.get(), Math.max(0, spread.get()),
                Math.max(0, escapeRadius.get()), new EnsembleSettings.Sweep(sweepParameter.get(), sweepFrom.get(), sweepTo.get(),
                        Math.max(2, Math.min(MAX_SWEEP_POINTS, sweepPoints.get()))));
    }

    /** Shows the given settings (from a session or a scenario); more particles than the panel allows are capped. */
    public void apply(EnsembleSettings s) {
        particles.set(Math.min(MAX_PARTICLES, s.particles()));
        shape.set(s.startShape());
        spread.set(s.spread());
        escapeRadius.set(s.escapeRadius());
        sweepParameter.set(s.sweep().parameter());
        sweepFrom.set(s.sweep().from());
        sweepTo.set(s.sweep().to());
        sweepPoints.set(Math.min(MAX_SWEEP_POINTS, s.sweep().points()));
    }

    /** The ensemble for a run spec: its start becomes the centre of the start region and of the escape radius. */
    public EnsembleSpec spec(RunSpec run, int frames) {
        return settings().spec(run, frames);
    }

    /** Runs an ensemble; replaces the result when done. */
    public void run(Landscape landscape, RunSpec run) {
        EnsembleSpec spec = spec(run, FRAMES);
        start(p -> {
            org.landscapelab.landscape.EvaluationBudget.checkEnsemble(landscape, spec.particles(), run.steps(), 1);   // a network slice
            return Ensembles.run(landscape, spec, THREADS, p);
        }, r -> {
            result.set(r);
            message.set(EnsembleText.summary(r));
        });
    }

    /** Runs one ensemble per parameter value (without animation frames); replaces the curve when done. */
    public void sweep(Landscape landscape, RunSpec run) {
        EnsembleSettings settings = settings();
        int count = settings.sweep().points();
        double[] values = settings.sweep().values();
        EnsembleSpec spec = settings.spec(run, 0);
        NoiseParameter parameter = settings.sweep().parameter();
        start(p -> {
            org.landscapelab.landscape.EvaluationBudget.checkEnsemble(landscape, spec.particles(), run.steps(), values.length);   // a network slice
            return EscapeSweep.run(landscape, spec, parameter, values, SWEEP_THREADS, p);
        }, curve -> {
            // The parameter first: whoever draws the new curve reads its axis name.
            swept.set(parameter);
            sweep.set(curve);
            message.set("Sweep over the " + parameter.title() + " " + parameter.symbol() + " done: " + count + " ensembles of " + spec.particles() + " particles");
        });
    }

    /** Forgets the last ensemble and sweep, so that a new question starts from a clean panel. */
    public void clear() {
        cancel();
        result.set(null);
        swept.set(null);
        sweep.set(List.of());
        message.set("");
    }

    public void cancel() {
        cancel.set(true);
    }

    private <T> void start(Function<Progress, T> work, java.util.function.Consumer<T> done) {
        if (running.get()) return;
        AtomicBoolean mine = new AtomicBoolean();
        cancel = mine;
        running.set(true);
        progress.set(0);
        message.set("");
        Progress p = new Progress() {
            private volatile double lastShown;

            @Override
            public void update(long doneUnits, long total) {
                double f = (double) doneUnits / total;
                if (f - lastShown >= 0.01 || doneUnits == total) {
                    lastShown = f;
                    fxThread.execute(() -> progress.set(f));
                }
            }

            @Override
            public boolean cancelled() {
                return mine.get();
            }
        };
        CompletableFuture.supplyAsync(() -> work.apply(p), background).whenComplete((r, error) -> fxThread.execute(() -> {
            Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null ? error.getCause() : error;
            if (cause == null) {
                progress.set(1);
                done.accept(r);
            } else if (cause instanceof CancellationException) {
                message.set(result.get() == null && sweep.get().isEmpty() ? "Cancelled" : "Cancelled; the previous result is kept");
            } else {
                message.set("The ensemble could not run: " + cause.getMessage());
            }
            // Last: whoever sees the run end sees its result.
            running.set(false);
        }));
    }
}
