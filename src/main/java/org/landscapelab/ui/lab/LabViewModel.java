package org.landscapelab.ui.lab;

import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Point;
import org.landscapelab.optim.OptimizerKind;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.ui.ensemble.EnsembleViewModel;
import org.landscapelab.ui.landscape.LandscapeLibrary;
import org.landscapelab.ui.landscape.LandscapeViewModel;
import org.landscapelab.ui.race.OptimizerEntry;
import org.landscapelab.ui.race.PlaybackViewModel;
import org.landscapelab.ui.race.RaceViewModel;

/**
 * The whole lab's state: the landscape panel, the optimizer race with its noise, the time line and
 * the ensembles. Wires them together: a new landscape moves the start to its first suggested
 * start, a new race resizes the time line.
 */
public final class LabViewModel {
    private final Executor background;
    private final LandscapeViewModel landscape;
    private final RaceViewModel race;
    private final PlaybackViewModel playback = new PlaybackViewModel();
    private final EnsembleViewModel ensemble;
    private final Locks locks = new Locks();
    private final BooleanProperty gradientArrows = new SimpleBooleanProperty(false);
    private final BooleanProperty momentumArrows = new SimpleBooleanProperty(false);
    private final BooleanProperty updateArrows = new SimpleBooleanProperty(false);
    /** The labels of the paths whose legend entry was clicked off: drawn neither on screen nor in exports. */
    private final javafx.collections.ObservableSet<String> hiddenPaths = javafx.collections.FXCollections.observableSet();
    private final javafx.beans.property.ReadOnlyObjectWrapper<TrainingPath> trainingPath = new javafx.beans.property.ReadOnlyObjectWrapper<>();

    /** A network's training trajectory projected on a slice of it: drawn only while that slice is the landscape shown. */
    public record TrainingPath(Landscape slice, java.util.List<Point> points) {
        public TrainingPath {
            java.util.Objects.requireNonNull(slice, "slice");
            points = java.util.List.copyOf(points);
        }
    }

    /**
     * {@code background} runs the computations, {@code fxThread} publishes their results:
     * {@code Platform::runLater} in the app, a direct executor or a queue in tests.
     */
    public LabViewModel(LandscapeLibrary library, Executor background, Executor fxThread) {
        this.background = background;
        this.landscape = new LandscapeViewModel(library, background, fxThread);
        this.race = new RaceViewModel(background, fxThread);
        this.ensemble = new EnsembleViewModel(background, fxThread);
        landscape.landscapeProperty().addListener((obs, old, l) -> {
            boolean newLandscape = old == null || !old.sameDefinition(l);
            if (newLandscape || race.startProperty().get() == null) race.startProperty().set(l.defaultStart());
            race.landscapeProperty().set(l);
            // Particles and escape times of another landscape (or other slider values) would be wrong facts here.
            if (old != null) ensemble.clear();
            // The training path belongs to its slice: on any other landscape it would be a wrong picture.
            if (trainingPath.get() != null && !trainingPath.get().slice().sameDefinition(l)) trainingPath.set(null);
            if (l.data().isEmpty()) race.batchSizeProperty().set(0);
        });
        // A new race keeps the time line where it was; at its end (as at first) it stays at the end,
        // so whole paths show until the user plays or scrubs.
        race.raceProperty().addListener((obs, old, r) -> {
            boolean atEnd = playback.step() >= playback.lastStepProperty().get();
            int pending = playback.takePendingStep();
            playback.lastStepProperty().set(r == null ? 0 : r.lastStep());
            if (pending >= 0) playback.setStep(pending);
            else if (atEnd && !playback.playingProperty().get()) playback.setStep(playback.lastStepProperty().get());
        });
    }

    /** The lab a first start opens on: gradient descent and Adam racing. */
    public void addDefaultOptimizers() {
        race.add(OptimizerSpec.parse("sgd lr=0.01"));
        race.add(OptimizerSpec.parse("sgd lr=0.01 momentum=0.9"));
        race.add(OptimizerSpec.parse("adam lr=0.1"));
    }

    public LandscapeViewModel landscape() { return landscape; }

    /** The executor for background work of views (the 3D surface). */
    public Executor background() { return background; }

    public RaceViewModel race() { return race; }

    public PlaybackViewModel playback() { return playback; }

    public EnsembleViewModel ensemble() { return ensemble; }

    /** What an open scenario keeps the class from changing. */
    public Locks locks() { return locks; }

    public BooleanProperty gradientArrowsProperty() { return gradientArrows; }

    public BooleanProperty momentumArrowsProperty() { return momentumArrows; }

    public BooleanProperty updateArrowsProperty() { return updateArrows; }

    public javafx.collections.ObservableSet<String> hiddenPaths() { return hiddenPaths; }

    /** A click on a path's legend entry: hides the path, or shows it again. */
    public void togglePath(String label) {
        if (!hiddenPaths.remove(label)) hiddenPaths.add(label);
    }

    /** The training path on the slice shown, or null. */
    public javafx.beans.property.ReadOnlyObjectProperty<TrainingPath> trainingPathProperty() { return trainingPath.getReadOnlyProperty(); }

    /**
     * Draws {@code points}, a training trajectory projected on {@code slice}'s plane, while that
     * slice is the landscape shown (ignored when it is not, or without points).
     */
    public void showTrainingPath(Landscape slice, java.util.List<Point> points) {
        Landscape shown = landscape.landscape();
        trainingPath.set(points.isEmpty() || shown == null || !shown.sameDefinition(slice) ? null : new TrainingPath(slice, points));
    }

    public LabOverlays.Arrows arrows() {
        return new LabOverlays.Arrows(gradientArrows.get(), momentumArrows.get(), updateArrows.get());
    }

    /** Sets the start point (a click on the landscape) and shows the new runs from their start, unless a scenario locks it. */
    public void setStart(Point p) {
        if (locks.startProperty().get()) {
            landscape.messageProperty().set("The scenario keeps the start point where it is (Unlock to change it)");
            return;
        }
        race.startProperty().set(p);
    }

    public void addOptimizer(OptimizerKind kind) {
        race.add(kind);
    }

    /** Runs an ensemble of the first enabled optimizer with the race's noise from the race's start. */
    public void runEnsemble() {
        firstRun("the ensemble").ifPresent(run -> ensemble.run(landscape.landscape(), run));
    }

    /** Sweeps the escape time of the first enabled optimizer over a noise parameter. */
    public void runSweep() {
        firstRun("the sweep").ifPresent(run -> ensemble.sweep(landscape.landscape(), run));
    }

    /** The race's run spec for its first enabled optimizer, or a message saying what is missing. */
    private java.util.Optional<org.landscapelab.sim.RunSpec> firstRun(String what) {
        OptimizerEntry first = race.optimizers().stream().filter(OptimizerEntry::enabled).findFirst().orElse(null);
        if (landscape.landscape() == null || first == null || race.startProperty().get() == null) {
            ensemble.messageProperty().set("Add an optimizer first: " + what + " runs the first one in the list");
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(race.runSpec(first.spec()));
    }
}
