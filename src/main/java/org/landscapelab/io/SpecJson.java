package org.landscapelab.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Set;
import org.landscapelab.landscape.Point;
import org.landscapelab.noise.NoiseCatalog;
import org.landscapelab.noise.NoiseParameter;
import org.landscapelab.noise.NoiseSpec;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.sim.EnsembleSpec;
import org.landscapelab.sim.EscapeCriterion;
import org.landscapelab.sim.NoiseMode;
import org.landscapelab.sim.RunSpec;
import org.landscapelab.sim.StartRegion;

/**
 * Run and ensemble specs as JSON. Optimizer and noise are their text forms, which carry every
 * hyper-parameter and read back to equal specs; numbers are written as the shortest decimal that
 * reads back to the same double.
 */
final class SpecJson {
    private static final Set<String> RUN_FIELDS = Set.of("optimizer", "noise", "noise_mode", "start", "steps", "seed", "batch_size", "bound");
    private static final Set<String> ENSEMBLE_FIELDS = Set.of("run", "particles", "start_region", "escape", "frames");
    private static final Set<String> REGION_FIELDS = Set.of("shape", "center", "half_width", "half_height");
    private static final Set<String> ESCAPE_FIELDS = Set.of("center", "radius", "value_drop");
    private static final Set<String> ENSEMBLE_SETTINGS_FIELDS = Set.of("particles", "start_shape", "spread", "escape_radius", "sweep");
    private static final Set<String> SWEEP_FIELDS = Set.of("parameter", "from", "to", "points");

    private SpecJson() {}

    static void writeRun(ObjectNode o, RunSpec r) {
        o.put("optimizer", r.optimizer().toString());
        o.put("noise", r.noise().toString());
        o.put("noise_mode", r.mode().cliName());
        putPoint(o, "start", r.start());
        o.put("steps", r.steps());
        o.put("seed", r.seed());
        o.put("batch_size", r.batchSize());
        putNumberOrNull(o, "bound", r.bound()); // null: the default bound of the landscape's domain
    }

    static void writeEnsemble(ObjectNode o, EnsembleSpec e) {
        writeRun(o.putObject("run"), e.run());
        o.put("particles", e.particles());
        ObjectNode region = o.putObject("start_region");
        region.put("shape", e.starts().shape().cliName());
        putPoint(region, "center", e.starts().center());
        region.put("half_width", e.starts().halfWidth());
        region.put("half_height", e.starts().halfHeight());
        if (e.escape() == null) {
            o.putNull("escape");
        } else {
            ObjectNode escape = o.putObject("escape");
            putPoint(escape, "center", e.escape().center());
            putNumberOrNull(escape, "radius", e.escape().radius());
            putNumberOrNull(escape, "value_drop", e.escape().valueDrop());
        }
        o.put("frames", e.frames());
    }

    static <E extends Exception> RunSpec readRun(JsonFields<E> f, JsonNode n, String path) throws E {
        if (!n.isObject()) throw f.error(path, "expected an object");
        f.checkFields(n, RUN_FIELDS, path);
        String optimizerPath = JsonFields.join(path, "optimizer");
        OptimizerSpec optimizer;
        try {
            optimizer = OptimizerSpec.parse(f.text(n, "optimizer", optimizerPath));
        } catch (IllegalArgumentException e) {
            throw f.error(optimizerPath, e.getMessage());
        }
        NoiseSpec noise = noise(f, n, JsonFields.join(path, "noise"));
        NoiseMode mode = mode(f, n, JsonFields.join(path, "noise_mode"));
        Point start = f.point(n, "start", JsonFields.join(path, "start"));
        int steps = f.integer(n, "steps", JsonFields.join(path, "steps"), 0, RunSpec.MAX_STEPS);
        long seed = f.integer(n, "seed", JsonFields.join(path, "seed"), Long.MIN_VALUE, Long.MAX_VALUE);
        int batch = f.integer(n, "batch_size", JsonFields.join(path, "batch_size"), 0, Integer.MAX_VALUE);
        String boundPath = JsonFields.join(path, "bound");
        double bound = f.numberOrNaN(n, "bound", boundPath);
        if (!Double.isNaN(bound) && !(bound > 0)) throw f.error(boundPath, "must be > 0 (or null for the default), got " + bound);
        try {
            return new RunSpec(optimizer, noise, mode, start, steps, seed, batch, bound);
        } catch (IllegalArgumentException e) {
            throw f.error(path, e.getMessage());
        }
    }

    static <E extends Exception> EnsembleSpec readEnsemble(JsonFields<E> f, JsonNode n, String path) throws E {
        if (!n.isObject()) throw f.error(path, "expected an object");
        f.checkFields(n, ENSEMBLE_FIELDS, path);
        RunSpec run = readRun(f, f.object(n, "run", JsonFields.join(path, "run")), JsonFields.join(path, "run"));
        int particles = f.integer(n, "particles", JsonFields.join(path, "particles"), 1, EnsembleSpec.MAX_PARTICLES);
        StartRegion starts = region(f, f.object(n, "start_region", JsonFields.join(path, "start_region")), JsonFields.join(path, "start_region"));
        JsonNode escapeNode = n.get("escape");
        EscapeCriterion escape = escapeNode == null || escapeNode.isNull() ? null : escape(f, escapeNode, JsonFields.join(path, "escape"));
        int frames = f.integer(n, "frames", JsonFields.join(path, "frames"), 0, EnsembleSpec.MAX_FRAMES);
        try {
            return new EnsembleSpec(run, particles, starts, escape, frames);
        } catch (IllegalArgumentException e) {
            throw f.error(path, e.getMessage());
        }
    }

    static <E extends Exception> NoiseSpec noise(JsonFields<E> f, JsonNode parent, String path) throws E {
        String text = f.text(parent, leaf(path), path);
        try {
            return NoiseSpec.parse(text);
        } catch (IllegalArgumentException e) {
            throw f.error(path, e.getMessage());
        }
    }

    static <E extends Exception> NoiseMode mode(JsonFields<E> f, JsonNode parent, String path) throws E {
        String text = f.text(parent, leaf(path), path);
        try {
            return NoiseMode.parse(text);
        } catch (IllegalArgumentException e) {
            throw f.error(path, e.getMessage());
        }
    }

    private static <E extends Exception> StartRegion region(JsonFields<E> f, JsonNode n, String path) throws E {
        f.checkFields(n, REGION_FIELDS, path);
        String shapePath = JsonFields.join(path, "shape");
        StartRegion.Shape shape = enumValue(f, StartRegion.Shape.class, f.text(n, "shape", shapePath), shapePath);
        Point center = f.point(n, "center", JsonFields.join(path, "center"));
        double w = f.number(n, "half_width", JsonFields.join(path, "half_width"));
        double h = f.number(n, "half_height", JsonFields.join(path, "half_height"));
        try {
            return new StartRegion(shape, center, w, h);
        } catch (IllegalArgumentException e) {
            throw f.error(path, e.getMessage());
        }
    }

    private static <E extends Exception> EscapeCriterion escape(JsonFields<E> f, JsonNode n, String path) throws E {
        if (!n.isObject()) throw f.error(path, "expected an object or null");
        f.checkFields(n, ESCAPE_FIELDS, path);
        Point center = f.point(n, "center", JsonFields.join(path, "center"));
        double radius = f.numberOrNaN(n, "radius", JsonFields.join(path, "radius"));
        double drop = f.numberOrNaN(n, "value_drop", JsonFields.join(path, "value_drop"));
        try {
            return new EscapeCriterion(center, radius, drop);
        } catch (IllegalArgumentException e) {
            throw f.error(path, e.getMessage());
        }
    }

    /** An enum constant by its lower-case name, e.g. "gaussian". */
    /** The ensemble panel's settings (sessions, scenarios) at {@code path}. */
    static <E extends Exception> EnsembleSettings readEnsembleSettings(JsonFields<E> f, ObjectNode n, String path) throws E {
        f.checkFields(n, ENSEMBLE_SETTINGS_FIELDS, path);
        int particles = f.integer(n, "particles", path + ".particles", 1, org.landscapelab.sim.EnsembleSpec.MAX_PARTICLES);
        StartRegion.Shape shape = enumValue(f, StartRegion.Shape.class, f.text(n, "start_shape", path + ".start_shape"),
                path + ".start_shape");
        double spread = f.number(n, "spread", path + ".spread");
        if (spread < 0) throw f.error(path + ".spread", "must be >= 0, got " + spread);
        double radius = f.number(n, "escape_radius", path + ".escape_radius");
        if (radius < 0) throw f.error(path + ".escape_radius", "must be >= 0 (0: none), got " + radius);
        ObjectNode s = f.object(n, "sweep", path + ".sweep");
        f.checkFields(s, SWEEP_FIELDS, path + ".sweep");
        NoiseParameter parameter = sweepParameter(f, f.text(s, "parameter", path + ".sweep.parameter"), path + ".sweep.parameter");
        double from = f.number(s, "from", path + ".sweep.from");
        double to = f.number(s, "to", path + ".sweep.to");
        int points = f.integer(s, "points", path + ".sweep.points", 2, 10_000);
        return new EnsembleSettings(particles, shape, spread, radius, new EnsembleSettings.Sweep(parameter, from, to, points));
    }

    /** A sweepable noise parameter by its name, e.g. "hurst". */
    private static <E extends Exception> NoiseParameter sweepParameter(JsonFields<E> f, String text, String path) throws E {
        for (NoiseParameter p : NoiseCatalog.sweepable()) {
            if (p.name().equals(text)) return p;
        }
        String known = String.join(", ", NoiseCatalog.sweepable().stream().map(NoiseParameter::name).toList());
        throw f.error(path, "expected one of " + known + ", got \"" + text + "\"");
    }

    static <E extends Exception, T extends Enum<T>> T enumValue(JsonFields<E> f, Class<T> type, String text, String path) throws E {
        for (T c : type.getEnumConstants()) {
            if (c.name().toLowerCase(Locale.ROOT).equals(text)) return c;
        }
        StringBuilder known = new StringBuilder();
        for (T c : type.getEnumConstants()) known.append(known.length() == 0 ? "" : ", ").append(c.name().toLowerCase(Locale.ROOT));
        throw f.error(path, "expected one of " + known + ", got \"" + text + "\"");
    }

    static void putPoint(ObjectNode o, String name, Point p) {
        o.putArray(name).add(p.x()).add(p.y());
    }

    private static void putNumberOrNull(ObjectNode o, String name, double v) {
        if (Double.isNaN(v)) o.putNull(name);
        else o.put(name, v);
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
