package org.landscapelab.optim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An optimizer kind with all its hyper-parameters by PyTorch name (defaults filled in, in
 * signature order) and a learning-rate schedule. Immutable and always valid: the constructor
 * rejects unknown names, values of the wrong type, values out of range and inconsistent
 * combinations, with a message naming the parameter and its valid values.
 *
 * <p>Text form, as the command line gives it: {@code adam lr=0.01 betas=0.9,0.999 schedule=cosine T_max=500}.
 * {@link #toString()} writes every value in that form and {@link #parse(String)} reads it back.
 */
public record OptimizerSpec(OptimizerKind kind, Map<String, HyperValue> hyperparameters, LrSchedule schedule) {

    /** The name of the schedule selector among the name=value pairs. */
    public static final String SCHEDULE = "schedule";

    public OptimizerSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(schedule, "schedule");
        OptimizerInfo info = OptimizerCatalog.info(kind);
        for (String name : hyperparameters.keySet()) {
            if (info.parameter(name).isEmpty()) throw unknown(kind, name);
        }
        Map<String, HyperValue> resolved = new LinkedHashMap<>();
        for (HyperParameter p : info.parameters()) {
            HyperValue v = hyperparameters.get(p.name());
            if (v == null) {
                v = p.defaultValue();
            } else {
                p.check(v);
            }
            resolved.put(p.name(), v);
        }
        hyperparameters = Collections.unmodifiableMap(resolved);
        if (kind == OptimizerKind.SGD && ((HyperValue.Flag) resolved.get("nesterov")).value()) {
            double momentum = ((HyperValue.Real) resolved.get("momentum")).value();
            double dampening = ((HyperValue.Real) resolved.get("dampening")).value();
            if (momentum <= 0 || dampening != 0) {
                throw new IllegalArgumentException("nesterov requires momentum > 0 and dampening = 0");
            }
        }
    }

    /** All defaults, constant learning rate. */
    public static OptimizerSpec defaults(OptimizerKind kind) {
        return new OptimizerSpec(kind, Map.of(), new LrSchedule.Constant());
    }

    /** The given values, defaults for the rest, constant learning rate. */
    public static OptimizerSpec of(OptimizerKind kind, Map<String, HyperValue> values) {
        return new OptimizerSpec(kind, values, new LrSchedule.Constant());
    }

    /** Reads "adam lr=0.01 betas=0.9,0.999": the kind, then name=value pairs separated by spaces. */
    public static OptimizerSpec parse(String text) {
        List<String> tokens = Arrays.stream(text.strip().split("\\s+")).filter(s -> !s.isEmpty()).toList();
        if (tokens.isEmpty()) throw new IllegalArgumentException("empty optimizer specification");
        return parse(tokens.get(0), tokens.subList(1, tokens.size()));
    }

    /**
     * Reads an optimizer kind and name=value assignments as the CLI gives them, e.g. "lr=0.01",
     * "betas=0.9,0.999", "nesterov=true", "schedule=step", "step_size=30", "gamma=0.5". Order does not matter.
     */
    public static OptimizerSpec parse(String kindId, List<String> assignments) {
        OptimizerKind kind = OptimizerKind.fromId(kindId.strip());
        Map<String, String> given = new LinkedHashMap<>();
        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("expected name=value, got '" + a + "'");
            String name = a.substring(0, eq).strip();
            if (given.put(name, a.substring(eq + 1)) != null) {
                throw new IllegalArgumentException(name + " is given twice");
            }
        }
        ScheduleKind scheduleKind = given.containsKey(SCHEDULE)
                ? ScheduleKind.fromId(given.remove(SCHEDULE).strip()) : ScheduleKind.CONSTANT;
        OptimizerInfo info = OptimizerCatalog.info(kind);
        Map<String, HyperValue> values = new LinkedHashMap<>();
        Map<String, HyperValue> scheduleValues = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : given.entrySet()) {
            String name = e.getKey();
            HyperParameter p = info.parameter(name).orElse(null);
            if (p != null) {
                values.put(name, p.parse(e.getValue()));
            } else {
                HyperParameter s = scheduleKind.parameter(name).orElseThrow(() -> misplaced(kind, scheduleKind, name));
                scheduleValues.put(name, s.parse(e.getValue()));
            }
        }
        return new OptimizerSpec(kind, values, LrSchedule.of(scheduleKind, scheduleValues));
    }

    /** This spec with one hyper-parameter changed (optimizer or schedule), the value as text. */
    public OptimizerSpec with(String name, String text) {
        List<String> args = new ArrayList<>(toArguments());
        args.removeIf(a -> a.startsWith(name + "="));
        if (name.equals(SCHEDULE)) {
            // the old schedule's parameters do not carry over to a new kind
            args.removeIf(a -> schedule.parameters().containsKey(a.substring(0, a.indexOf('='))));
        }
        args.add(name + "=" + text);
        return parse(kind.id(), args);
    }

    /** This spec with one optimizer hyper-parameter changed. */
    public OptimizerSpec with(String name, HyperValue value) {
        Map<String, HyperValue> values = new LinkedHashMap<>(hyperparameters);
        if (!values.containsKey(name)) throw unknown(kind, name);
        values.put(name, value);
        return new OptimizerSpec(kind, values, schedule);
    }

    public OptimizerSpec withSchedule(LrSchedule newSchedule) {
        return new OptimizerSpec(kind, hyperparameters, newSchedule);
    }

    /**
     * A legend label: the display name and the hyper-parameters that differ from the defaults (lr
     * always), e.g. "SGD (lr 0.01, momentum 0.9)", "Newton (damped, lr 1)".
     */
    public String label() {
        OptimizerSpec defaults = defaults(kind);
        List<String> shown = new ArrayList<>();
        for (var e : hyperparameters.entrySet()) {
            if (e.getKey().equals("lr") || !e.getValue().equals(defaults.hyperparameters.get(e.getKey()))) {
                shown.add(e.getKey() + " " + e.getValue().text());
            }
        }
        String name = info().displayName();
        if (shown.isEmpty()) return name;
        String values = String.join(", ", shown);
        return name.endsWith(")") ? name.substring(0, name.length() - 1) + ", " + values + ")" : name + " (" + values + ")";
    }

    public OptimizerInfo info() {
        return OptimizerCatalog.info(kind);
    }

    public double real(String name) {
        return ((HyperValue.Real) value(name)).value();
    }

    public boolean flag(String name) {
        return ((HyperValue.Flag) value(name)).value();
    }

    public HyperValue.Pair pair(String name) {
        return (HyperValue.Pair) value(name);
    }

    public int integer(String name) {
        return ((HyperValue.Int) value(name)).value();
    }

    /** The base learning rate (before the schedule). */
    public double lr() {
        return real("lr");
    }

    private HyperValue value(String name) {
        HyperValue v = hyperparameters.get(name);
        if (v == null) throw unknown(kind, name);
        return v;
    }

    /** Every value as name=value, the schedule last (omitted when constant). */
    public List<String> toArguments() {
        List<String> args = new ArrayList<>();
        hyperparameters.forEach((name, v) -> args.add(name + "=" + v.text()));
        if (schedule.kind() != ScheduleKind.CONSTANT) {
            args.add(SCHEDULE + "=" + schedule.kind().id());
            schedule.parameters().forEach((name, v) -> args.add(name + "=" + v.text()));
        }
        return List.copyOf(args);
    }

    @Override
    public String toString() {
        return kind.id() + " " + String.join(" ", toArguments());
    }

    private static IllegalArgumentException unknown(OptimizerKind kind, String name) {
        return new IllegalArgumentException("unknown hyper-parameter '" + name + "' for " + kind.id() + "; known: "
                + OptimizerCatalog.info(kind).names());
    }

    /** A schedule parameter given without its schedule reads better than "unknown". */
    private static IllegalArgumentException misplaced(OptimizerKind kind, ScheduleKind chosen, String name) {
        String owners = Arrays.stream(ScheduleKind.values())
                .filter(s -> s.parameter(name).isPresent())
                .map(s -> SCHEDULE + "=" + s.id())
                .collect(Collectors.joining(" or "));
        if (owners.isEmpty()) return unknown(kind, name);
        return new IllegalArgumentException(name + " applies to " + owners + ", not " + SCHEDULE + "=" + chosen.id());
    }
}
