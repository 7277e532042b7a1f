package org.landscapelab.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.landscapelab.noise.NoiseCatalog;
import org.landscapelab.noise.NoiseKind;
import org.landscapelab.noise.NoiseParameter;
import org.landscapelab.noise.NoiseSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

/**
 * An option {@code --NAME} for every parameter of {@link NoiseCatalog} that the command does not
 * declare itself (the noise command has its own --sigma), with its help text from the catalog, so a
 * new process's parameters reach the command line without an edit here.
 */
@Command // (its options are added by addOptions; picocli takes a mixin only with an annotation)
final class NoiseParameterOptions {
    private final Map<NoiseParameter, OptionSpec> options = new LinkedHashMap<>();

    /** Called by picocli with the command (or mixin) that mixes this in, before any parsing. */
    @Spec(Spec.Target.MIXEE)
    void addOptions(CommandSpec mixee) {
        for (NoiseParameter p : NoiseCatalog.PARAMETERS) {
            if (mixee.findOption(p.option()) != null) continue;
            OptionSpec option = OptionSpec.builder(p.option())
                    .paramLabel(p.name().substring(0, 1).toUpperCase(Locale.ROOT))
                    .type(Double.class)
                    .description(description(p))
                    .build();
            mixee.addOption(option);
            options.put(p, option);
        }
    }

    /** "Hurst index of fbm, in (0, 1) (default 0.5)." */
    static String description(NoiseParameter p) {
        List<String> kinds = NoiseCatalog.kindsUsing(p).stream().map(NoiseKind::cliName).toList();
        String title = p.title().substring(0, 1).toUpperCase(Locale.ROOT) + p.title().substring(1);
        return title + (kinds.isEmpty() ? " of every kind" : " of " + String.join(", ", kinds)) + ", " + p.validValues()
                + " (default " + p.defaultText() + ").";
    }

    /** The spec with every parameter given on the command line; an invalid value is a usage error naming its option. */
    NoiseSpec apply(NoiseSpec spec) {
        NoiseSpec result = spec;
        for (Map.Entry<NoiseParameter, OptionSpec> e : options.entrySet()) {
            Double value = e.getValue().getValue();
            if (value == null) continue;
            try {
                result = result.with(e.getKey(), value);
            } catch (IllegalArgumentException ex) {
                throw new UsageException(e.getKey().option() + ": " + ex.getMessage());
            }
        }
        return result;
    }
}
