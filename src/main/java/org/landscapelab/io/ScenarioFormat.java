package org.landscapelab.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.LandscapeFileException;
import org.landscapelab.landscape.LandscapeFormat;
import org.landscapelab.landscape.Point;
import org.landscapelab.noise.NoiseSpec;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.render.Layer;
import org.landscapelab.sim.NoiseMode;
import org.landscapelab.sim.RunSpec;

/**
 * The scenario file (documented in sample-landscapes/scenarios/README.md):
 * <pre>
 * { "format": "landscape-lab/scenario", "version": 1,
 *   "title", "summary", "text", "question" (optional),
 *   "lab": "landscapes|transformer|batch_norm|experiments", "action": "play|ensemble|sweep|train|depth_sweep|rank_sweep|run",
 *   "landscape": "catalog-or-sample-id" or { a landscape object }, "parameters": { "a": 0.2 },
 *   "race": { "optimizers": ["sgd lr=0.05", ...], "noise": "white:sigma=0.01", "noise_mode": "iterate",
 *             "seed": 1, "steps": 300, "start": [x, y], "batch_size": 0 },
 *   "view": { "show": ["eigen_directions"], "hide": [], "arrows": {"gradient": true, "momentum": false, "update": false} },
 *   "ensemble": { the session's ensemble settings },
 *   "network": { "depth": "24", ... },
 *   "locked": ["landscape", "optimizers", "noise", "start", "network"],
 *   "experiment": { "name": "widening-valley", "settings": { "runs": 20, "steps": 20000 } } (the experiments lab only) }
 * </pre>
 * Everything but the header, title, summary, text and lab is optional. A bad file gives a
 * {@link ScenarioFileException} naming the file and the field.
 */
public final class ScenarioFormat {
    public static final String FORMAT = "landscape-lab/scenario";
    public static final int VERSION = 1;
    private static final Set<String> FIELDS = Set.of("format", "version", "title", "summary", "text", "question", "lab", "action",
            "landscape", "parameters", "race", "view", "ensemble", "network", "locked", "experiment");
    private static final Set<String> EXPERIMENT_FIELDS = Set.of("name", "settings");
    private static final Set<String> RACE_FIELDS = Set.of("optimizers", "noise", "noise_mode", "seed", "steps", "start", "batch_size");
    private static final Set<String> VIEW_FIELDS = Set.of("show", "hide", "arrows");
    private static final Set<String> ARROW_FIELDS = Set.of("gradient", "momentum", "update");

    /** A scenario is a landscape (at most 4 MiB as a file) and a few settings: anything far larger is not one. */
    private static final long MAX_BYTES = 16L << 20;

    private final ObjectMapper mapper = JsonFields.strictMapper();

    public Scenario load(Path file) throws ScenarioFileException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return read(fields(name).readFile(file, MAX_BYTES, "scenario"), name);
    }

    private static JsonFields<ScenarioFileException> fields(String file) {
        return new JsonFields<>((field, problem) -> new ScenarioFileException(file, field, problem));
    }

    public Scenario read(String json, String file) throws ScenarioFileException {
        JsonFields<ScenarioFileException> f = fields(file);
        ObjectNode root = f.root(mapper, json);
        f.header(root, FORMAT, VERSION, "scenario");
        f.checkFields(root, FIELDS, "");
        String title = nonBlank(f, root, "title");
        String summary = nonBlank(f, root, "summary");
        String text = nonBlank(f, root, "text");
        Optional<String> question = root.has("question") ? Optional.of(nonBlank(f, root, "question")) : Optional.empty();
        Scenario.Lab lab = SpecJson.enumValue(f, Scenario.Lab.class, f.text(root, "lab", "lab"), "lab");
        Scenario.Action action = root.has("action")
                ? SpecJson.enumValue(f, Scenario.Action.class, f.text(root, "action", "action"), "action") : actions(lab).get(0);
        List<Scenario.Action> actions = actions(lab);
        if (!actions.contains(action)) {
            throw f.error("action", "the " + lower(lab) + " lab has the actions " + String.join(", ", actions.stream().map(ScenarioFormat::lower).toList())
                    + ", not " + lower(action));
        }
        Optional<String> landscapeId = Optional.empty();
        Optional<Landscape> landscape = Optional.empty();
        JsonNode l = root.get("landscape");
        if (l != null && l.isTextual()) {
            landscapeId = Optional.of(l.asText());
        } else if (l != null && l.isObject()) {
            try {
                landscape = Optional.of(new LandscapeFormat().read((ObjectNode) l, file));
            } catch (LandscapeFileException e) {
                throw f.error("landscape" + (e.field().isEmpty() ? "" : "." + e.field()), e.problem());
            }
        } else if (l != null) {
            throw f.error("landscape", "expected a catalog or sample id, or a landscape object");
        }
        if (lab == Scenario.Lab.LANDSCAPES && landscapeId.isEmpty() && landscape.isEmpty()) {
            throw f.error("landscape", "is required for a scenario in the landscapes lab");
        }
        Map<String, Double> parameters = new LinkedHashMap<>();
        if (root.has("parameters")) {
            ObjectNode p = f.object(root, "parameters", "parameters");
            for (var e : p.properties()) parameters.put(e.getKey(), f.number(e.getValue(), "parameters." + e.getKey()));
        }
        Optional<Scenario.Race> race = root.has("race") ? Optional.of(race(f, f.object(root, "race", "race"))) : Optional.empty();
        Scenario.View view = root.has("view") ? view(f, f.object(root, "view", "view")) : Scenario.View.UNCHANGED;
        Optional<EnsembleSettings> ensemble = root.has("ensemble")
                ? Optional.of(SpecJson.readEnsembleSettings(f, f.object(root, "ensemble", "ensemble"), "ensemble")) : Optional.empty();
        Map<String, String> network = new LinkedHashMap<>();
        if (root.has("network")) {
            for (var e : f.object(root, "network", "network").properties()) {
                if (!e.getValue().isTextual() && !e.getValue().isNumber() && !e.getValue().isBoolean()) {
                    throw f.error("network." + e.getKey(), "expected a string, number or true/false, got " + e.getValue());
                }
                network.put(e.getKey(), e.getValue().asText());
            }
        }
        NetworkBlock.check(f, lab, action, network);
        Set<Scenario.Lock> locked = EnumSet.noneOf(Scenario.Lock.class);
        if (root.has("locked")) {
            JsonNode arr = root.get("locked");
            if (!arr.isArray()) throw f.error("locked", "expected an array of control names");
            for (int i = 0; i < arr.size(); i++) locked.add(SpecJson.enumValue(f, Scenario.Lock.class, arr.get(i).asText(), "locked[" + i + "]"));
        }
        // Every action of the landscapes lab runs the race's optimizers.
        if (lab == Scenario.Lab.LANDSCAPES && race.map(r -> r.optimizers().isEmpty()).orElse(true)) {
            throw f.error("race.optimizers", "the action \"" + lower(action) + "\" needs at least one optimizer");
        }
        if ((action == Scenario.Action.ENSEMBLE || action == Scenario.Action.SWEEP) && ensemble.isEmpty()) {
            throw f.error("ensemble", "the action needs ensemble settings");
        }
        if (ensemble.isPresent()) checkSweep(f, ensemble.get(), race.map(Scenario.Race::noise).orElse(NoiseSpec.NONE), action);
        Optional<ExperimentSetup> experiment = root.has("experiment")
                ? Optional.of(experiment(f, f.object(root, "experiment", "experiment"))) : Optional.empty();
        if ((lab == Scenario.Lab.EXPERIMENTS) != experiment.isPresent()) {
            throw f.error("experiment", lab == Scenario.Lab.EXPERIMENTS ? "is required for a scenario in the experiments lab"
                    : "belongs to the experiments lab, not the " + lower(lab) + " lab");
        }
        return new Scenario(title, summary, text, question, lab, action, landscapeId, landscape, parameters, race, view, ensemble,
                network, locked, experiment);
    }

    /** The experiments lab's block: an experiment by name and its settings (numbers or text, keyed like the command's options). */
    private static ExperimentSetup experiment(JsonFields<ScenarioFileException> f, ObjectNode n) throws ScenarioFileException {
        f.checkFields(n, EXPERIMENT_FIELDS, "experiment");
        String name = f.text(n, "name", "experiment.name");
        Map<String, String> settings = new LinkedHashMap<>();
        if (n.has("settings")) {
            for (var e : f.object(n, "settings", "experiment.settings").properties()) {
                if (!e.getValue().isTextual() && !e.getValue().isNumber()) {
                    throw f.error("experiment.settings." + e.getKey(), "expected a number or a string, got " + e.getValue());
                }
                settings.put(e.getKey(), e.getValue().asText());
            }
        }
        try {
            return new ExperimentSetup(name, settings);
        } catch (ExperimentSetup.BadSetting e) {
            throw f.error(e.field().equals("name") ? "experiment.name" : "experiment.settings." + e.field(), e.problem());
        }
    }

    /**
     * The sweep's values are noise parameters of the race's noise: both ends (the values between
     * them lie in the same interval) pass the noise's own range checks. A sweep of escape times
     * needs an escape radius.
     */
    private static void checkSweep(JsonFields<ScenarioFileException> f, EnsembleSettings e, NoiseSpec noise, Scenario.Action action)
            throws ScenarioFileException {
        EnsembleSettings.Sweep sweep = e.sweep();
        for (String end : List.of("from", "to")) {
            try {
                noise.with(sweep.parameter(), end.equals("from") ? sweep.from() : sweep.to());
            } catch (IllegalArgumentException ex) {
                throw f.error("ensemble.sweep." + end, ex.getMessage());
            }
        }
        if (action == Scenario.Action.SWEEP && !(e.escapeRadius() > 0)) {
            throw f.error("ensemble.escape_radius", "a sweep of escape times needs an escape radius > 0, got " + e.escapeRadius());
        }
    }

    private static List<Scenario.Action> actions(Scenario.Lab lab) {
        return switch (lab) {
            case LANDSCAPES -> List.of(Scenario.Action.PLAY, Scenario.Action.ENSEMBLE, Scenario.Action.SWEEP);
            case TRANSFORMER -> List.of(Scenario.Action.TRAIN, Scenario.Action.DEPTH_SWEEP);
            case BATCH_NORM -> List.of(Scenario.Action.TRAIN, Scenario.Action.RANK_SWEEP);
            case EXPERIMENTS -> List.of(Scenario.Action.RUN);
        };
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String nonBlank(JsonFields<ScenarioFileException> f, JsonNode root, String name) throws ScenarioFileException {
        String s = f.text(root, name, name);
        if (s.isBlank()) throw f.error(name, "must not be empty");
        return s;
    }

    private static Scenario.Race race(JsonFields<ScenarioFileException> f, ObjectNode n) throws ScenarioFileException {
        f.checkFields(n, RACE_FIELDS, "race");
        List<OptimizerSpec> optimizers = new ArrayList<>();
        JsonNode arr = f.required(n, "optimizers", "race.optimizers");
        if (!arr.isArray()) throw f.error("race.optimizers", "expected an array of optimizer specs like \"adam lr=0.01\"");
        if (arr.size() > Scenario.Race.MAX_OPTIMIZERS) {
            throw f.error("race.optimizers", "a race holds at most " + Scenario.Race.MAX_OPTIMIZERS + " optimizers, got " + arr.size());
        }
        for (int i = 0; i < arr.size(); i++) {
            String path = "race.optimizers[" + i + "]";
            try {
                optimizers.add(OptimizerSpec.parse(arr.get(i).asText()));
            } catch (IllegalArgumentException e) {
                throw f.error(path, e.getMessage());
            }
        }
        NoiseSpec noise = n.has("noise") ? SpecJson.noise(f, n, "race.noise") : NoiseSpec.NONE;
        NoiseMode mode = n.has("noise_mode") ? SpecJson.mode(f, n, "race.noise_mode") : NoiseMode.ITERATE;
        long seed = n.has("seed") ? f.integer(n, "seed", "race.seed", Long.MIN_VALUE, Long.MAX_VALUE) : 1;
        int steps = n.has("steps") ? f.integer(n, "steps", "race.steps", 1, RunSpec.MAX_STEPS) : 300;
        Optional<Point> start = n.has("start") ? Optional.of(f.point(n, "start", "race.start")) : Optional.empty();
        int batch = n.has("batch_size") ? f.integer(n, "batch_size", "race.batch_size", 0, 100_000) : 0;
        return new Scenario.Race(optimizers, noise, mode, seed, steps, start, batch);
    }

    private static Scenario.View view(JsonFields<ScenarioFileException> f, ObjectNode n) throws ScenarioFileException {
        f.checkFields(n, VIEW_FIELDS, "view");
        Set<Layer> show = layers(f, n, "show");
        Set<Layer> hide = layers(f, n, "hide");
        ViewSettings.Arrows arrows = ViewSettings.Arrows.NONE;
        if (n.has("arrows")) {
            ObjectNode a = f.object(n, "arrows", "view.arrows");
            f.checkFields(a, ARROW_FIELDS, "view.arrows");
            arrows = new ViewSettings.Arrows(a.has("gradient") && f.flag(a, "gradient", "view.arrows.gradient"),
                    a.has("momentum") && f.flag(a, "momentum", "view.arrows.momentum"), a.has("update") && f.flag(a, "update", "view.arrows.update"));
        }
        return new Scenario.View(show, hide, arrows);
    }

    private static Set<Layer> layers(JsonFields<ScenarioFileException> f, ObjectNode n, String name) throws ScenarioFileException {
        Set<Layer> out = EnumSet.noneOf(Layer.class);
        if (!n.has(name)) return out;
        JsonNode arr = n.get(name);
        if (!arr.isArray()) throw f.error("view." + name, "expected an array of layer names");
        for (int i = 0; i < arr.size(); i++) out.add(SpecJson.enumValue(f, Layer.class, arr.get(i).asText(), "view." + name + "[" + i + "]"));
        return out;
    }
}
