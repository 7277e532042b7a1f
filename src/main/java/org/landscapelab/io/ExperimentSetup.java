package org.landscapelab.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.landscapelab.experiments.BnDecoupling;
import org.landscapelab.experiments.ExperimentTable;
import org.landscapelab.experiments.FpgdEscape;
import org.landscapelab.experiments.SettingException;
import org.landscapelab.experiments.Shard;
import org.landscapelab.experiments.WideningValley;
import org.landscapelab.sim.Progress;

/**
 * One of the papers' experiments with its settings as text, keyed like the {@code experiment}
 * command's options without the dashes: a scenario's {@code experiment} block and the app's
 * Experiments tab. Settings left out take the command's defaults ({@link #DEFAULTS}, which a test
 * holds equal to the command's); fpgd-escape's {@code dim} may list several dimensions (one table
 * each, one line each in the chart). Checked whole when made, by the experiments' own checks.
 */
public record ExperimentSetup(String name, Map<String, String> settings) {
    /** The experiments and their settings with the command line's defaults, in the order of its options. */
    public static final Map<String, Map<String, String>> DEFAULTS = defaults();
    /** The most dimensions one fpgd-escape setup compares: one line each in the chart, in the palette's colours. */
    public static final int MAX_DIMS = 7;

    /** A setting (or the name) that the experiment does not accept: {@link #field()} is the setting's key, or "name". */
    public static final class BadSetting extends IllegalArgumentException {
        private final String field;

        BadSetting(String field, String problem) {
            super(field + " " + problem);
            this.field = field;
        }

        public String field() {
            return field;
        }

        /** The problem without the setting's name in front. */
        public String problem() {
            return getMessage().substring(field.length() + 1);
        }
    }

    /** The given settings over the defaults, checked: unknown names and keys and values the experiment refuses throw {@link BadSetting}. */
    public ExperimentSetup {
        Objects.requireNonNull(name, "name");
        Map<String, String> known = DEFAULTS.get(name);
        if (known == null) throw new BadSetting("name", "must be one of " + String.join(", ", DEFAULTS.keySet()) + ", got '" + name + "'");
        Map<String, String> all = new LinkedHashMap<>(known);
        for (Map.Entry<String, String> e : settings.entrySet()) {
            if (!known.containsKey(e.getKey())) {
                throw new BadSetting(e.getKey(), "is not a setting of " + name + "; known: " + String.join(", ", known.keySet()));
            }
            all.put(e.getKey(), e.getValue().trim());
        }
        settings = java.util.Collections.unmodifiableMap(all);
        runs(name, settings); // checks every value
    }

    /** The experiment with the command line's defaults. */
    public static ExperimentSetup defaults(String name) {
        return new ExperimentSetup(name, Map.of());
    }

    /** This setup with one setting changed (checked). */
    public ExperimentSetup with(String key, String value) {
        Map<String, String> s = new LinkedHashMap<>(settings);
        s.put(key, value);
        return new ExperimentSetup(name, s);
    }

    /** Runs this shard of the experiment (one table, or one per dimension for fpgd-escape). */
    public List<ExperimentTable> run(Shard shard, int threads, Progress progress) {
        return runs(name, settings).stream().map(r -> r.run(shard, threads, progress)).toList();
    }

    /** The settings of each table, in words (the first line of each CSV's settings column). */
    public List<String> describe() {
        return runs(name, settings).stream().map(Run::describe).toList();
    }

    private interface Run {
        ExperimentTable run(Shard shard, int threads, Progress progress);

        String describe();
    }

    private static List<Run> runs(String name, Map<String, String> s) {
        Values v = new Values(s);
        try {
            return switch (name) {
                case "widening-valley" -> {
                    WideningValley.Settings w = new WideningValley.Settings(v.integer("dim"), v.real("scale"), v.real("alpha"), v.integer("runs"),
                            v.integer("steps"), v.integer("every"), perturbation(v.text("noise")), v.seed());
                    yield List.of(run(w.describe(), (shard, t, p) -> WideningValley.run(w, shard, t, p)));
                }
                case "fpgd-escape" -> {
                    List<Integer> dims = v.integers("dim");
                    List<Run> out = new ArrayList<>();
                    for (int d : dims) {
                        FpgdEscape.Settings f = new FpgdEscape.Settings(d, FpgdEscape.hursts(v.text("hurst")), v.integer("runs"), v.real("radius"),
                                v.real("gamma"), v.real("lambda"), v.real("lr"), v.real("sigma"), v.integer("max-steps"), saddle(v.text("saddle")),
                                v.seed());
                        out.add(run(f.describe(), (shard, t, p) -> FpgdEscape.run(f, shard, t, p)));
                    }
                    yield out;
                }
                case "bn-decoupling" -> {
                    List<BnDecoupling.Problem> problems = Arrays.stream(v.text("problem").split(",", -1)).map(String::trim)
                            .map(BnDecoupling.Problem::of).toList();
                    double lr = v.real("lr");
                    BnDecoupling.Settings b = new BnDecoupling.Settings(problems, v.integer("samples"), v.integer("features"), v.real("condition"),
                            v.integer("runs"), v.integer("steps"), v.integer("every"), lr, v.realOr("lr-g", lr), v.realOr("lr-u", lr), v.seed());
                    yield List.of(run(b.describe(), (shard, t, p) -> BnDecoupling.run(b, shard, t, p)));
                }
                default -> throw new BadSetting("name", "unknown experiment '" + name + "'");
            };
        } catch (SettingException e) {
            throw new BadSetting(e.setting(), e.getMessage().substring(e.setting().length() + 1));
        }
    }

    private interface Body {
        ExperimentTable run(Shard shard, int threads, Progress progress);
    }

    private static Run run(String describe, Body body) {
        return new Run() {
            @Override
            public ExperimentTable run(Shard shard, int threads, Progress progress) {
                return body.run(shard, threads, progress);
            }

            @Override
            public String describe() {
                return describe;
            }
        };
    }

    private static WideningValley.Perturbation perturbation(String text) {
        for (WideningValley.Perturbation p : WideningValley.Perturbation.values()) if (p.label.equals(text)) return p;
        throw new BadSetting("noise", "must be rademacher or gaussian, got '" + text + "'");
    }

    private static FpgdEscape.Saddle saddle(String text) {
        for (FpgdEscape.Saddle k : FpgdEscape.Saddle.values()) if (k.label.equals(text)) return k;
        throw new BadSetting("saddle", "must be quadratic or quartic, got '" + text + "'");
    }

    /** The text values read as numbers, naming the key of a value that is not one. */
    private record Values(Map<String, String> s) {
        String text(String key) {
            return s.get(key);
        }

        int integer(String key) {
            try {
                return Integer.parseInt(s.get(key));
            } catch (NumberFormatException e) {
                throw new BadSetting(key, "must be a whole number, got '" + s.get(key) + "'");
            }
        }

        List<Integer> integers(String key) {
            List<Integer> out = new ArrayList<>();
            for (String part : s.get(key).split(",", -1)) out.add(new Values(Map.of(key, part.trim())).integer(key));
            if (out.size() > MAX_DIMS) throw new BadSetting(key, "lists " + out.size() + " values, more than the limit of " + MAX_DIMS);
            if (out.stream().distinct().count() < out.size()) throw new BadSetting(key, "lists a value twice: " + s.get(key));
            return out;
        }

        double real(String key) {
            try {
                return Double.parseDouble(s.get(key));
            } catch (NumberFormatException e) {
                throw new BadSetting(key, "must be a number, got '" + s.get(key) + "'");
            }
        }

        double realOr(String key, double fallback) {
            return s.get(key).isEmpty() ? fallback : real(key);
        }

        long seed() {
            try {
                return Long.parseLong(s.get("seed"));
            } catch (NumberFormatException e) {
                throw new BadSetting("seed", "must be a whole number, got '" + s.get("seed") + "'");
            }
        }
    }

    private static Map<String, Map<String, String>> defaults() {
        Map<String, Map<String, String>> d = new LinkedHashMap<>();
        d.put("widening-valley", ordered("dim", "32", "scale", "100", "alpha", "0.25", "runs", "200", "steps", "200000", "every", "25000",
                "noise", "rademacher", "seed", "0"));
        d.put("fpgd-escape", ordered("dim", "10", "hurst", "0.2,0.35,0.5,0.65,0.8", "runs", "200", "radius", "1", "gamma", "1", "lambda", "1",
                "lr", "0.01", "sigma", "0.1", "max-steps", "10000", "saddle", "quadratic", "seed", "0"));
        // lr-g and lr-u empty: the same as lr, as on the command line
        d.put("bn-decoupling", ordered("problem", "least-squares,logistic", "samples", "100", "features", "10", "condition", "10", "runs", "20",
                "steps", "1000", "every", "50", "lr", "0.05", "lr-g", "", "lr-u", "", "seed", "0"));
        return java.util.Collections.unmodifiableMap(d);
    }

    private static Map<String, String> ordered(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) m.put(keyValues[i], keyValues[i + 1]);
        return java.util.Collections.unmodifiableMap(m);
    }
}
