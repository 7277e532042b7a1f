package org.landscapelab.ui.scenario;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.landscapelab.io.Scenario;
import org.landscapelab.io.ScenarioFileException;
import org.landscapelab.io.ScenarioRuns;
import org.landscapelab.landscape.Parameter;
import org.landscapelab.render.FigureOptions;
import org.landscapelab.render.Layer;
import org.landscapelab.ui.lab.LabViewModel;
import org.landscapelab.ui.lab.Locks;
import org.landscapelab.ui.landscape.LandscapeLibrary;
import org.landscapelab.ui.network.MlpLabModel;
import org.landscapelab.ui.network.NetworkLabModel;
import org.landscapelab.ui.network.TransformerLabModel;
import org.landscapelab.ui.race.RaceViewModel;

/**
 * Sets the whole lab up as a scenario says: landscape and sliders, race, view, ensemble panel,
 * network settings and locks. What only the lab can check (a landscape id, slider and setting
 * names) is checked before anything changes, so a bad scenario leaves the lab as it was.
 */
public final class ScenarioMapper {
    private ScenarioMapper() {}

    /** Applies the scenario; returns notes on what was adjusted. Throws, changing nothing, if it does not fit this lab. */
    public static List<String> apply(Scenario s, String file, LabViewModel lab, TransformerLabModel transformer, MlpLabModel mlp)
            throws ScenarioFileException {
        LandscapeLibrary.Entry entry = entry(s, file, lab);
        if (entry != null) ScenarioRuns.checkParameters(s, file, entry.landscape());
        NetworkLabModel network = network(s, transformer, mlp);
        if (network != null) checkSettings(s, file, network);

        List<String> notes = new ArrayList<>();
        clearLab(lab, transformer, mlp);
        if (entry != null) showLandscape(s, entry, lab);
        s.race().ifPresent(r -> notes.addAll(showRace(r, lab)));
        showView(s.view(), lab);
        s.ensemble().ifPresent(lab.ensemble()::apply);
        if (network != null) notes.addAll(network.restore(s.network()));
        lock(s.locked(), s.lab(), lab, transformer, mlp);
        lab.playback().playingProperty().set(false);
        lab.playback().setPendingStep(0);
        return notes;
    }

    public static void unlock(LabViewModel lab, TransformerLabModel transformer, MlpLabModel mlp) {
        lab.locks().clear();
        transformer.settingsLockedProperty().set(false);
        mlp.settingsLockedProperty().set(false);
    }

    /** Clears what the previous question leaves behind: locks, the last ensemble and sweep, a training run. */
    private static void clearLab(LabViewModel lab, TransformerLabModel transformer, MlpLabModel mlp) {
        unlock(lab, transformer, mlp);
        lab.ensemble().clear();
        transformer.reset();
        mlp.reset();
    }

    /** The library entry to show, or null if the scenario names no landscape. */
    private static LandscapeLibrary.Entry entry(Scenario s, String file, LabViewModel lab) throws ScenarioFileException {
        if (s.landscape().isPresent()) return new LandscapeLibrary.Entry(s.landscape().get(), LandscapeLibrary.Source.FILE);
        if (s.landscapeId().isEmpty()) return null;
        String id = s.landscapeId().get();
        for (LandscapeLibrary.Entry e : lab.landscape().entries()) {
            if (e.source() != LandscapeLibrary.Source.TYPED && e.landscape().id().equals(id)) return e;
        }
        List<String> known = lab.landscape().entries().stream()
                .filter(e -> e.source() == LandscapeLibrary.Source.BUILT_IN || e.source() == LandscapeLibrary.Source.SAMPLE)
                .map(e -> e.landscape().id()).toList();
        throw new ScenarioFileException(file, "landscape", "no built-in or sample landscape \"" + id + "\"; known: " + String.join(", ", known));
    }


    private static NetworkLabModel network(Scenario s, TransformerLabModel transformer, MlpLabModel mlp) {
        return switch (s.lab()) {
            case TRANSFORMER -> transformer;
            case BATCH_NORM -> mlp;
            case LANDSCAPES, EXPERIMENTS -> null;
        };
    }

    private static void checkSettings(Scenario s, String file, NetworkLabModel network) throws ScenarioFileException {
        Set<String> known = network.settings().keySet();
        for (String key : s.network().keySet()) {
            if (!known.contains(key)) {
                throw new ScenarioFileException(file, "network." + key, "not a setting of this panel; known: " + String.join(", ", known));
            }
        }
    }

    /** The entry with the scenario's slider values; sliders it does not mention go back to their defaults. */
    private static void showLandscape(Scenario s, LandscapeLibrary.Entry entry, LabViewModel lab) {
        if (entry.source() == LandscapeLibrary.Source.FILE) lab.landscape().open(entry);
        else lab.landscape().selectedProperty().set(entry);
        for (Parameter p : entry.landscape().parameters()) lab.landscape().setParameter(p.name(), s.parameters().getOrDefault(p.name(), p.value()));
        lab.landscape().resetView();
    }

    private static List<String> showRace(Scenario.Race race, LabViewModel lab) {
        RaceViewModel r = lab.race();
        r.optimizers().clear();
        for (var spec : race.optimizers().stream().limit(RaceViewModel.MAX_OPTIMIZERS).toList()) r.add(spec);
        r.noiseProperty().set(race.noise());
        r.modeProperty().set(race.mode());
        r.seedProperty().set(race.seed());
        r.stepsProperty().set(race.steps());
        r.batchSizeProperty().set(lab.landscape().landscape().data().isEmpty() ? 0 : race.batchSize());
        r.startProperty().set(race.start().orElse(lab.landscape().landscape().defaultStart()));
        return race.optimizers().size() > RaceViewModel.MAX_OPTIMIZERS
                ? List.of("the race takes " + RaceViewModel.MAX_OPTIMIZERS + " optimizers; the others were left out") : List.of();
    }

    private static void showView(Scenario.View view, LabViewModel lab) {
        FigureOptions o = lab.landscape().optionsProperty().get();
        Set<Layer> layers = EnumSet.noneOf(Layer.class);
        for (Layer layer : Layer.values()) if (o.shows(layer)) layers.add(layer);
        layers.addAll(view.show());
        layers.removeAll(view.hide());
        lab.landscape().setView(o.withLayers(layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers)));
        lab.gradientArrowsProperty().set(view.arrows().gradient());
        lab.momentumArrowsProperty().set(view.arrows().momentum());
        lab.updateArrowsProperty().set(view.arrows().update());
    }

    private static void lock(Set<Scenario.Lock> locked, Scenario.Lab where, LabViewModel lab, TransformerLabModel transformer, MlpLabModel mlp) {
        Locks locks = lab.locks();
        locks.landscapeProperty().set(locked.contains(Scenario.Lock.LANDSCAPE));
        locks.optimizersProperty().set(locked.contains(Scenario.Lock.OPTIMIZERS));
        locks.noiseProperty().set(locked.contains(Scenario.Lock.NOISE));
        locks.startProperty().set(locked.contains(Scenario.Lock.START));
        boolean network = locked.contains(Scenario.Lock.NETWORK);
        transformer.settingsLockedProperty().set(network && where == Scenario.Lab.TRANSFORMER);
        mlp.settingsLockedProperty().set(network && where == Scenario.Lab.BATCH_NORM);
    }
}
