package org.landscapelab.cli;

import org.landscapelab.noise.NoiseKind;
import org.landscapelab.noise.NoiseSpec;
import org.landscapelab.sim.NoiseMode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The noise of a run and the seed of all its draws, shared by trace, ensemble and render. */
final class NoiseOptions {
    @Option(names = "--noise", paramLabel = "KIND", defaultValue = "none", completionCandidates = NoiseKindNames.class,
            description = "One of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    String noise;

    @Option(names = "--noise-mode", paramLabel = "MODE", defaultValue = "iterate",
            description = "iterate: x += sigma*xi after each step (PGD, Anti-PGD, fPGD); gradient: the optimizer "
                    + "sees grad f + sigma*xi/scale (default: ${DEFAULT-VALUE}).")
    String noiseMode;

    /** --sigma, --hurst, --theta, --alpha: one option per parameter of the noise catalog. */
    @Mixin
    NoiseParameterOptions parameters;

    @Option(names = "--seed", paramLabel = "K", defaultValue = "0", description = "Seed of all random draws (default: ${DEFAULT-VALUE}).")
    long seed;

    NoiseSpec noiseSpec() {
        NoiseSpec spec;
        try {
            spec = NoiseSpec.of(NoiseKind.parse(noise));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--noise: " + e.getMessage());
        }
        return parameters.apply(spec);
    }

    NoiseMode mode() {
        try {
            return NoiseMode.parse(noiseMode);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--noise-mode: " + e.getMessage());
        }
    }
}
