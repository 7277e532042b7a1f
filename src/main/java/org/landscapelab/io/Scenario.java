package org.landscapelab.io;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Point;
import org.landscapelab.noise.NoiseSpec;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.render.Layer;
import org.landscapelab.sim.NoiseMode;

/**
 * A prepared lab session for a class: what to show (a lab, a landscape, optimizers, noise, an
 * ensemble or network settings), the text students read, an optional "predict, then run" question,
 * what the Run button does, and which controls stay locked. Read by {@link ScenarioFormat}.
 *
 * @param landscapeId a catalog or sample landscape by id, or empty when {@code landscape} is given in full
 * @param experiment the experiments lab's experiment and settings (its Run runs it), empty in the other labs
 */
public record Scenario(String title, String summary, String text, Optional<String> question, Lab lab, Action action,
                       Optional<String> landscapeId, Optional<Landscape> landscape, Map<String, Double> parameters,
                       Optional<Race> race, View view, Optional<EnsembleSettings> ensemble, Map<String, String> network,
                       Set<Lock> locked, Optional<ExperimentSetup> experiment) {

    /** Which lab the scenario opens. */
    public enum Lab { LANDSCAPES, TRANSFORMER, BATCH_NORM, EXPERIMENTS }

    /** What the scenario's Run button does once students have made their prediction. */
    public enum Action { PLAY, ENSEMBLE, SWEEP, TRAIN, DEPTH_SWEEP, RANK_SWEEP, RUN }

    /** Controls a scenario can lock so that a class works on the question asked. */
    public enum Lock { LANDSCAPE, OPTIMIZERS, NOISE, START, NETWORK }

    /** The race: optimizers and the noise, seed, length, start (empty: the landscape's first start) and batch size they share. */
    public record Race(List<OptimizerSpec> optimizers, NoiseSpec noise, NoiseMode mode, long seed, int steps, Optional<Point> start,
                       int batchSize) {
        /** Optimizers a race holds: the race panel shows 8 (one colour each) and so does the lab's race model. */
        public static final int MAX_OPTIMIZERS = 8;

        public Race {
            optimizers = List.copyOf(optimizers);
            Objects.requireNonNull(noise, "noise");
            Objects.requireNonNull(mode, "mode");
        }
    }

    /** Layers to show or hide and arrows to draw; the rest as the user has it. */
    public record View(Set<Layer> show, Set<Layer> hide, ViewSettings.Arrows arrows) {
        public static final View UNCHANGED = new View(Set.of(), Set.of(), ViewSettings.Arrows.NONE);

        public View {
            show = Set.copyOf(show);
            hide = Set.copyOf(hide);
            Objects.requireNonNull(arrows, "arrows");
        }
    }

    public Scenario {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(lab, "lab");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(landscapeId, "landscapeId");
        Objects.requireNonNull(landscape, "landscape");
        parameters = Map.copyOf(parameters);
        Objects.requireNonNull(race, "race");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(ensemble, "ensemble");
        network = Map.copyOf(network);
        locked = Set.copyOf(locked);
        Objects.requireNonNull(experiment, "experiment");
    }

    /** A scenario of a lab without an experiment (every lab but the experiments lab). */
    public Scenario(String title, String summary, String text, Optional<String> question, Lab lab, Action action,
                    Optional<String> landscapeId, Optional<Landscape> landscape, Map<String, Double> parameters,
                    Optional<Race> race, View view, Optional<EnsembleSettings> ensemble, Map<String, String> network,
                    Set<Lock> locked) {
        this(title, summary, text, question, lab, action, landscapeId, landscape, parameters, race, view, ensemble, network, locked,
                Optional.empty());
    }
}
