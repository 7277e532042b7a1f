package org.landscapelab.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.landscapelab.landscape.ColorScale;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.LandscapeFileException;
import org.landscapelab.landscape.LandscapeFormat;
import org.landscapelab.landscape.Point;
import org.landscapelab.noise.NoiseSpec;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.render.Colormap;
import org.landscapelab.render.Layer;
import org.landscapelab.sim.NoiseMode;
import org.landscapelab.sim.RunSpec;

/**
 * The session file, {@code "format": "landscape-lab/session", "version": 1}:
 * <pre>
 * { "format", "version", "app_version",
 *   "landscape": { the landscape file format, in full },   (or, for one files do not store, "note": "why it is not here")
 *   "view": { "colormap": "viridis", "scale": "linear|log", "contours": 20, "layers": ["heatmap", ...],
 *             "viewport": {"x": [min, max], "y": [min, max]}, "arrows": {"gradient", "momentum", "update"} },
 *   "race": { "optimizers": [ {"spec": "adam lr=0.1 ...", "color": "#rrggbb", "enabled": true} ],
 *             "noise": "fbm:sigma=0.1,hurst=0.3", "noise_mode": "iterate", "seed", "steps", "start": [x, y], "batch_size" },
 *   "playback": { "step" },
 *   "ensemble": { "particles", "start_shape": "point|box|gaussian", "spread", "escape_radius",
 *                 "sweep": {"parameter": "hurst|sigma|theta|alpha", "from", "to", "points"} },
 *   "network": { "name": "value", ... } }
 * </pre>
 * Reading a damaged file, another kind of file or one from a newer app gives a
 * {@link SessionFileException} naming the file, the field and the problem, and no session. Saving is
 * atomic: an interrupted save leaves the previous file as it was.
 */
public final class SessionFormat {
    public static final String FORMAT = "landscape-lab/session";
    public static final int VERSION = 1;
    private static final long MAX_BYTES = 256L << 20;
    private static final Set<String> FIELDS =
            Set.of("format", "version", "app_version", "landscape", "note", "view", "race", "playback", "ensemble", "network");
    private static final Set<String> VIEW_FIELDS = Set.of("colormap", "scale", "contours", "layers", "viewport", "arrows");
    private static final Set<String> ARROW_FIELDS = Set.of("gradient", "momentum", "update");
    private static final Set<String> RACE_FIELDS = Set.of("optimizers", "noise", "noise_mode", "seed", "steps", "start", "batch_size");
    private static final Set<String> ENTRY_FIELDS = Set.of("spec", "color", "enabled");

    private final ObjectMapper mapper = JsonFields.strictMapper();

    public ObjectNode write(Session s) {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("app_version", AppVersion.current());
        // A network slice has no expression to store: the session says so in words and keeps the rest.
        if (s.landscape() != null && s.landscape().hasExpression()) root.set("landscape", new LandscapeFormat().write(s.landscape()));
        else if (s.landscape() != null) root.put("note", LandscapeFormat.notStored(s.landscape()));
        writeView(root.putObject("view"), s.view());
        writeRace(root.putObject("race"), s.race());
        root.putObject("playback").put("step", s.playbackStep());
        writeEnsemble(root.putObject("ensemble"), s.ensemble());
        ObjectNode network = root.putObject("network");
        s.network().forEach(network::put);
        return root;
    }

    public String text(Session s) {
        return JsonFields.prettyText(mapper, write(s));
    }

    /** Saves atomically: on any failure the old file stays as it was. */
    public void save(Path file, Session s) throws IOException {
        save(file, s, UnaryOperator.identity());
    }

    /** As {@link #save(Path, Session)}, the bytes passing through {@code through} (tests make it fail midway). */
    void save(Path file, Session s, UnaryOperator<OutputStream> through) throws IOException {
        byte[] bytes = text(s).getBytes(StandardCharsets.UTF_8);
        AtomicWrite.write(file, out -> {
            OutputStream o = through.apply(out);
            o.write(bytes);
            o.flush();
        });
    }

    public Session load(Path file) throws SessionFileException {
        String name = file.toString();
        return read(fields(name).readFile(file, MAX_BYTES, "session"), name);
    }

    private static JsonFields<SessionFileException> fields(String file) {
        return new JsonFields<>((field, problem) -> new SessionFileException(file, field, problem));
    }

    public Session read(String json, String file) throws SessionFileException {
        JsonFields<SessionFileException> f = fields(file);
        ObjectNode root = f.root(mapper, json);
        f.header(root, FORMAT, VERSION, "session");
        f.checkFields(root, FIELDS, "");
        f.text(root, "app_version", "app_version");
        if (root.has("note")) f.text(root, "note", "note");
        // Only a session saved with a network slice open has no landscape, and it says why in "note".
        Landscape landscape = root.has("note") && !root.has("landscape") ? null : landscape(f.object(root, "landscape", "landscape"), file);
        ViewSettings view = view(f, f.object(root, "view", "view"));
        RaceSettings race = race(f, f.object(root, "race", "race"));
        ObjectNode playback = f.object(root, "playback", "playback");
        f.checkFields(playback, Set.of("step"), "playback");
        int step = f.integer(playback, "step", "playback.step", 0, RunSpec.MAX_STEPS);
        EnsembleSettings ensemble = SpecJson.readEnsembleSettings(f, f.object(root, "ensemble", "ensemble"), "ensemble");
        Map<String, String> network = network(f, f.object(root, "network", "network"));
        return new Session(landscape, view, race, step, ensemble, network);
    }

    private static void writeView(ObjectNode o, ViewSettings v) {
        o.put("colormap", v.colormap().name());
        o.put("scale", v.scale().name().toLowerCase(Locale.ROOT));
        o.put("contours", v.contourCount());
        ArrayNode layers = o.putArray("layers");
        if (!v.layers().isEmpty()) EnumSet.copyOf(v.layers()).forEach(l -> layers.add(l.name().toLowerCase(Locale.ROOT)));
        ObjectNode viewport = o.putObject("viewport");
        viewport.putArray("x").add(v.viewport().xMin()).add(v.viewport().xMax());
        viewport.putArray("y").add(v.viewport().yMin()).add(v.viewport().yMax());
        ObjectNode arrows = o.putObject("arrows");
        arrows.put("gradient", v.arrows().gradient()).put("momentum", v.arrows().momentum()).put("update", v.arrows().update());
    }

    private static void writeRace(ObjectNode o, RaceSettings r) {
        ArrayNode optimizers = o.putArray("optimizers");
        for (RaceSettings.Entry e : r.optimizers()) {
            optimizers.addObject().put("spec", e.spec().toString()).put("color", hex(e.color())).put("enabled", e.enabled());
        }
        o.put("noise", r.noise().toString());
        o.put("noise_mode", r.mode().cliName());
        o.put("seed", r.seed());
        o.put("steps", r.steps());
        SpecJson.putPoint(o, "start", r.start());
        o.put("batch_size", r.batchSize());
    }

    private static void writeEnsemble(ObjectNode o, EnsembleSettings e) {
        o.put("particles", e.particles());
        o.put("start_shape", e.startShape().cliName());
        o.put("spread", e.spread());
        o.put("escape_radius", e.escapeRadius());
        ObjectNode sweep = o.putObject("sweep");
        sweep.put("parameter", e.sweep().parameter().name());
        sweep.put("from", e.sweep().from()).put("to", e.sweep().to()).put("points", e.sweep().points());
    }

    private static Landscape landscape(ObjectNode node, String file) throws SessionFileException {
        try {
            return new LandscapeFormat().read(node, file);
        } catch (LandscapeFileException e) {
            throw new SessionFileException(file, e.field().isEmpty() ? "landscape" : "landscape." + e.field(), e.problem());
        }
    }

    private static ViewSettings view(JsonFields<SessionFileException> f, ObjectNode n) throws SessionFileException {
        f.checkFields(n, VIEW_FIELDS, "view");
        Colormap colormap;
        try {
            colormap = Colormap.byName(f.text(n, "colormap", "view.colormap"));
        } catch (IllegalArgumentException e) {
            throw f.error("view.colormap", e.getMessage());
        }
        ColorScale scale = SpecJson.enumValue(f, ColorScale.class, f.text(n, "scale", "view.scale"), "view.scale");
        int contours = f.integer(n, "contours", "view.contours", 0, 1000);
        JsonNode layerNode = f.required(n, "layers", "view.layers");
        if (!layerNode.isArray()) throw f.error("view.layers", "expected an array of layer names");
        Set<Layer> layers = EnumSet.noneOf(Layer.class);
        for (int i = 0; i < layerNode.size(); i++) {
            String path = "view.layers[" + i + "]";
            if (!layerNode.get(i).isTextual()) throw f.error(path, "expected a layer name, got " + layerNode.get(i));
            layers.add(SpecJson.enumValue(f, Layer.class, layerNode.get(i).asText(), path));
        }
        Domain viewport = viewport(f, f.object(n, "viewport", "view.viewport"));
        ObjectNode a = f.object(n, "arrows", "view.arrows");
        f.checkFields(a, ARROW_FIELDS, "view.arrows");
        ViewSettings.Arrows arrows = new ViewSettings.Arrows(f.flag(a, "gradient", "view.arrows.gradient"),
                f.flag(a, "momentum", "view.arrows.momentum"), f.flag(a, "update", "view.arrows.update"));
        return new ViewSettings(colormap, scale, contours, layers, viewport, arrows);
    }

    private static Domain viewport(JsonFields<SessionFileException> f, ObjectNode n) throws SessionFileException {
        f.checkFields(n, Set.of("x", "y"), "view.viewport");
        Point x = f.point(n, "x", "view.viewport.x");
        Point y = f.point(n, "y", "view.viewport.y");
        try {
            return new Domain(x.x(), x.y(), y.x(), y.y());
        } catch (IllegalArgumentException e) {
            throw f.error("view.viewport", e.getMessage());
        }
    }

    private static RaceSettings race(JsonFields<SessionFileException> f, ObjectNode n) throws SessionFileException {
        f.checkFields(n, RACE_FIELDS, "race");
        JsonNode list = f.required(n, "optimizers", "race.optimizers");
        if (!list.isArray()) throw f.error("race.optimizers", "expected an array");
        List<RaceSettings.Entry> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) entries.add(entry(f, list.get(i), "race.optimizers[" + i + "]"));
        NoiseSpec noise = SpecJson.noise(f, n, "race.noise");
        NoiseMode mode = SpecJson.mode(f, n, "race.noise_mode");
        long seed = f.integer(n, "seed", "race.seed", Long.MIN_VALUE, Long.MAX_VALUE);
        int steps = f.integer(n, "steps", "race.steps", 0, RunSpec.MAX_STEPS);
        Point start = f.point(n, "start", "race.start");
        int batch = f.integer(n, "batch_size", "race.batch_size", 0, Integer.MAX_VALUE);
        return new RaceSettings(entries, noise, mode, seed, steps, start, batch);
    }

    private static RaceSettings.Entry entry(JsonFields<SessionFileException> f, JsonNode n, String path) throws SessionFileException {
        if (!n.isObject()) throw f.error(path, "expected an object {spec, color, enabled}");
        f.checkFields(n, ENTRY_FIELDS, path);
        OptimizerSpec spec;
        try {
            spec = OptimizerSpec.parse(f.text(n, "spec", path + ".spec"));
        } catch (IllegalArgumentException e) {
            throw f.error(path + ".spec", e.getMessage());
        }
        String color = f.text(n, "color", path + ".color");
        if (!color.matches("#[0-9a-fA-F]{6}")) throw f.error(path + ".color", "expected a colour #rrggbb, got \"" + color + "\"");
        return new RaceSettings.Entry(spec, new Color(Integer.parseInt(color.substring(1), 16)), f.flag(n, "enabled", path + ".enabled"));
    }

    private static Map<String, String> network(JsonFields<SessionFileException> f, ObjectNode n) throws SessionFileException {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            if (!e.getValue().isTextual()) throw f.error("network." + e.getKey(), "expected a string, got " + e.getValue());
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
