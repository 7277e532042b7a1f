package org.landscapelab.ui.slice;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.landscapelab.landscape.Point;
import org.landscapelab.ui.lab.LabViewModel;
import org.landscapelab.ui.landscape.LandscapeLibrary;

/**
 * "Landscape from the network": computes a slice off the FX thread with progress and Cancel, then
 * hands the landscape to {@code open} (the lab opens it in the Landscapes tab). One slice at a time.
 * The projected training trajectory of the last slice is kept for drawing.
 */
public final class SliceViewModel {
    private final Executor background;
    private final Executor fxThread;
    private final int threads;
    private final Consumer<NetworkSliceBuilder.Result> open;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<List<Point>> trajectory = new ReadOnlyObjectWrapper<>(List.of());
    /** The computation running now; its flag is what Cancel sets. */
    private volatile Run current;

    /**
     * {@code background} runs the computation (a thread of its own: it takes seconds to minutes and
     * must not hold up the figures), with {@code threads} threads for the grid; results come back
     * through {@code fxThread}.
     */
    public SliceViewModel(Executor background, Executor fxThread, int threads, Consumer<NetworkSliceBuilder.Result> open) {
        this.background = background;
        this.fxThread = fxThread;
        this.threads = threads;
        this.open = open;
    }

    /**
     * Steps of a race on a slice at most: each step of each optimizer is a backpropagation through the
     * network (milliseconds, not the microseconds of an expression), so a race of the usual 2,000
     * steps would keep the lab busy for minutes.
     */
    static final int RACE_STEPS = 200;

    /** Opens a computed slice in the lab's Landscapes tab, as a new entry of its picker, with the projected training path on it. */
    public static Consumer<NetworkSliceBuilder.Result> openingIn(LabViewModel lab) {
        return r -> {
            if (lab.race().stepsProperty().get() > RACE_STEPS) lab.race().stepsProperty().set(RACE_STEPS);
            lab.landscape().open(new LandscapeLibrary.Entry(r.landscape(), LandscapeLibrary.Source.FILE));
            lab.showTrainingPath(r.landscape(), r.trajectory());
        };
    }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    /** From 0 to 1 while running. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }

    /** What is being computed, or how it ended. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** The training trajectory projected on the last slice's plane, (α, β) per recorded step; empty without one. */
    public ReadOnlyObjectProperty<List<Point>> trajectoryProperty() { return trajectory.getReadOnlyProperty(); }

    /** Starts computing the slice (ignored while one is running). */
    public void compute(SliceRequest request) {
        if (running.get()) return;
        Run run = new Run();
        current = run;
        running.set(true);
        progress.set(0);
        message.set("Computing the " + request.title() + "…");
        background.execute(() -> {
            try {
                NetworkSliceBuilder.Result result = NetworkSliceBuilder.build(request, threads, run);
                fxThread.execute(() -> finish(run, () -> {
                    trajectory.set(result.trajectory());
                    open.accept(result);
                    message.set("Opened the " + request.title() + " in the Landscapes tab");
                }));
            } catch (CancellationException e) {
                fxThread.execute(() -> finish(run, () -> message.set("Cancelled: the landscape shown is unchanged")));
            } catch (RuntimeException | OutOfMemoryError e) {
                fxThread.execute(() -> finish(run, () -> message.set("The slice could not be computed: " + e.getMessage())));
            }
        });
    }

    /** Stops the computation at the next row of the grid; the landscape shown stays as it is. */
    public void cancel() {
        Run run = current;
        if (run != null) run.cancelled = true;
    }

    /** Ends the run: its result (or the cancel) first, then running false, which a dialog waits for to close. */
    private void finish(Run run, Runnable then) {
        if (current != run) return;
        current = null;
        if (run.cancelled) message.set("Cancelled: the landscape shown is unchanged");
        else {
            progress.set(1);
            then.run();
        }
        running.set(false);
    }

    /** One computation: its cancel flag, and its progress passed to the FX thread at most every percent. */
    private final class Run implements NetworkSliceBuilder.Listener {
        volatile boolean cancelled;
        private volatile double shown = -1;
        private volatile String shownStage = "";

        @Override
        public void progress(String stage, double fraction) {
            if (fraction - shown < 0.01 && fraction < 1 && stage.equals(shownStage)) return;
            shown = fraction;
            shownStage = stage;
            fxThread.execute(() -> {
                if (current != this) return;
                progress.set(fraction);
                message.set(Character.toUpperCase(stage.charAt(0)) + stage.substring(1) + "…");
            });
        }

        @Override
        public boolean cancelled() {
            return cancelled;
        }
    }
}
