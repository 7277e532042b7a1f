package org.landscapelab.noise;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The noise of a run: a kind and a value of every parameter of {@link NoiseCatalog#PARAMETERS}
 * (sigma and every process's own). All values are always valid (also those the kind does not use),
 * so switching the kind in the UI never yields an invalid spec.
 *
 * <p>The process {@link #process()} is unit-scale; a run multiplies its increments by sigma
 * (perturbation of the iterate) or by sigma / incrementScale (gradient noise).
 *
 * <p>Text form, as on the command line: {@code KIND[:NAME=VALUE[,NAME=VALUE]...]}, e.g. {@code fbm},
 * {@code fbm:hurst=0.3,sigma=0.05}, {@code levy:alpha=1.2}. {@link #toString()} writes this form and
 * {@link #parse(String)} reads it back exactly.
 */
public final class NoiseSpec {
    /** No noise at all. */
    public static final NoiseSpec NONE = of(NoiseKind.NONE);

    private final NoiseKind kind;
    /** Aligned with {@link NoiseCatalog#PARAMETERS}. */
    private final double[] values;

    private NoiseSpec(NoiseKind kind, double[] values) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.values = values;
    }

    /** The kind with default parameters. */
    public static NoiseSpec of(NoiseKind kind) {
        return new NoiseSpec(kind, NoiseCatalog.PARAMETERS.stream().mapToDouble(NoiseParameter::defaultValue).toArray());
    }

    public NoiseKind kind() {
        return kind;
    }

    /** The value of a parameter of {@link NoiseCatalog#PARAMETERS}. */
    public double value(NoiseParameter parameter) {
        return values[index(parameter)];
    }

    /** The scale of the increments, read by every run. */
    public double sigma() {
        return value(NoiseCatalog.SIGMA);
    }

    public NoiseSpec withKind(NoiseKind newKind) {
        return new NoiseSpec(newKind, values);
    }

    /** This spec with one parameter changed; throws IllegalArgumentException, naming it, for an invalid value. */
    public NoiseSpec with(NoiseParameter parameter, double value) {
        double[] changed = values.clone();
        changed[index(parameter)] = parameter.check(value);
        return new NoiseSpec(kind, changed);
    }

    /** The unit-scale process of this kind with this spec's parameters. */
    public NoiseProcess process() {
        return NoiseCatalog.info(kind).factory().apply(this);
    }

    private static int index(NoiseParameter parameter) {
        int i = NoiseCatalog.PARAMETERS.indexOf(parameter);
        if (i < 0) throw new IllegalArgumentException("not a parameter of the noise catalog: " + parameter.name());
        return i;
    }

    /** Parses {@code KIND[:NAME=VALUE[,NAME=VALUE]...]}; parameters not given keep their defaults. */
    public static NoiseSpec parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("noise must be KIND[:NAME=VALUE,...] with KIND one of " + NoiseKind.names());
        }
        int colon = text.indexOf(':');
        NoiseSpec spec = of(NoiseKind.parse(colon < 0 ? text : text.substring(0, colon)));
        if (colon < 0) return spec;
        for (String assignment : text.substring(colon + 1).split(",", -1)) {
            int eq = assignment.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("noise parameter '" + assignment.trim() + "' must be NAME=VALUE, e.g. hurst=0.3");
            }
            String name = assignment.substring(0, eq).trim();
            double value = number(name, assignment.substring(eq + 1).trim());
            NoiseParameter parameter = NoiseCatalog.parameter(name.toLowerCase(Locale.ROOT)).orElseThrow(() ->
                    new IllegalArgumentException("unknown noise parameter '" + name + "'; expected " + parameterNames()));
            spec = spec.with(parameter, value);
        }
        return spec;
    }

    /** "sigma, hurst, theta or alpha". */
    private static String parameterNames() {
        List<String> names = NoiseCatalog.PARAMETERS.stream().map(NoiseParameter::name).toList();
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private static double number(String name, String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("noise parameter " + name + " must be a number, got '" + text + "'");
        }
    }

    /**
     * The text form: sigma, the kind's own parameters, and any other parameter that differs from its
     * default (so that {@code parse(toString())} gives back an equal spec).
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(kind.cliName());
        List<NoiseParameter> own = NoiseCatalog.parametersOf(kind);
        char separator = ':';
        for (int i = 0; i < values.length; i++) {
            NoiseParameter p = NoiseCatalog.PARAMETERS.get(i);
            if (own.contains(p) || values[i] != p.defaultValue()) {
                out.append(separator).append(p.name()).append('=').append(values[i]);
                separator = ',';
            }
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NoiseSpec other && kind == other.kind && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return 31 * kind.hashCode() + Arrays.hashCode(values);
    }
}
