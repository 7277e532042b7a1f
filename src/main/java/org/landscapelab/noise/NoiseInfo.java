package org.landscapelab.noise;

import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;
import java.util.function.Function;

/**
 * What the lab shows and needs about one noise process: a short name, what it is and its law for
 * the help page and tooltips, its own parameters (besides sigma, which scales every kind), how to
 * make the process from a spec, and a caption for a sample path.
 */
public record NoiseInfo(NoiseKind kind, String displayName, String description, String formula,
        List<NoiseParameter> parameters, Function<NoiseSpec, NoiseProcess> factory, Caption caption) {

    /** One line under a sample path of the process, numbers written by the caller's {@code number}. */
    @FunctionalInterface
    public interface Caption {
        String of(NoiseSpec spec, DoubleFunction<String> number);
    }

    public NoiseInfo {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(formula, "formula");
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(caption, "caption");
    }

    /** Whether this process reads the parameter (sigma, which only scales, is read by none). */
    public boolean uses(NoiseParameter parameter) {
        return parameters.contains(parameter);
    }
}
