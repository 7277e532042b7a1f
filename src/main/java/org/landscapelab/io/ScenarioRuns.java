package org.landscapelab.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.landscapelab.landscape.Catalog;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Parameter;
import org.landscapelab.sim.RaceSpec;
import org.landscapelab.sim.RunSpec;

/**
 * What a landscape scenario runs, as the app sets it up: its landscape with the scenario's slider
 * values, and its race. The command line runs scenarios through this; the app checks a scenario's
 * slider values with it before it changes anything.
 */
public final class ScenarioRuns {
    private ScenarioRuns() {}

    /** The landscape a scenario names, whole or as a catalog or sample landscape's id, with its slider values. */
    public static Landscape landscape(Scenario s, String file, Catalog catalog, SampleLandscapes samples) throws ScenarioFileException {
        Landscape l = s.landscape().orElse(null);
        if (l == null) {
            String id = s.landscapeId().orElseThrow(() -> new ScenarioFileException(file, "landscape", "this scenario names no landscape"));
            l = catalog.byId(id).or(() -> samples.byId(id)).orElse(null);
            if (l == null) {
                List<String> known = new ArrayList<>(catalog.ids());
                known.addAll(samples.ids());
                throw new ScenarioFileException(file, "landscape", "no built-in or sample landscape \"" + id + "\"; known: "
                        + String.join(", ", known));
            }
        }
        checkParameters(s, file, l);
        for (Map.Entry<String, Double> p : s.parameters().entrySet()) l = l.withParameter(p.getKey(), p.getValue());
        return l;
    }

    /** Every slider value of the scenario names a parameter of the landscape and lies in its range. */
    public static void checkParameters(Scenario s, String file, Landscape l) throws ScenarioFileException {
        for (Map.Entry<String, Double> p : s.parameters().entrySet()) {
            Parameter declared = l.parameter(p.getKey()).orElse(null);
            if (declared == null) {
                List<String> names = l.parameters().stream().map(Parameter::name).toList();
                throw new ScenarioFileException(file, "parameters." + p.getKey(), "the landscape \"" + l.id() + "\" has "
                        + (names.isEmpty() ? "no parameters" : "the parameters " + String.join(", ", names) + " only"));
            }
            if (p.getValue() < declared.min() || p.getValue() > declared.max()) {
                throw new ScenarioFileException(file, "parameters." + p.getKey(),
                        "must be in [" + declared.min() + ", " + declared.max() + "], got " + p.getValue());
            }
        }
    }

    /** One run per optimizer of the race, all from one start with one seed (one noise realization), as the app races them. */
    public static List<RunSpec> race(Scenario.Race race, Landscape l, int steps) {
        return new RaceSpec(race.optimizers(), race.noise(), race.mode(), race.start().orElse(l.defaultStart()), steps, race.seed(),
                race.batchSize()).runSpecs();
    }
}
