package org.landscapelab.cli;

import java.util.function.UnaryOperator;
import org.landscapelab.noise.NoiseKind;
import org.landscapelab.noise.NoiseSpec;
import org.landscapelab.sim.NoiseMode;
import picocli.CommandLine.Option;

/** The noise of a run and the seed of all its draws, shared by trace, ensemble and render. */
final class NoiseOptions {
    @Option(names = "--noise", paramLabel = "KIND", defaultValue = "none",
            description = "none, white, ou, fbm, anti or levy (default: ${DEFAULT-VALUE}).")
    String noise;

    @Option(names = "--noise-mode", paramLabel = "MODE", defaultValue = "iterate",
            description = "iterate: x += sigma*xi after each step (PGD, Anti-PGD, fPGD); gradient: the optimizer "
                    + "sees grad f + sigma*xi/scale (default: ${DEFAULT-VALUE}).")
    String noiseMode;

    @Option(names = "--sigma", paramLabel = "S", description = "Noise scale sigma (default 0.1).")
    Double sigma;

    @Option(names = "--hurst", paramLabel = "H", description = "Hurst index of fbm, in (0, 1) (default 0.5).")
    Double hurst;

    @Option(names = "--theta", paramLabel = "T", description = "Mean-reversion rate of ou, > 0 (default 1).")
    Double theta;

    @Option(names = "--alpha", paramLabel = "A", description = "Stability index of levy, in [0.1, 2] (default 1.5).")
    Double alpha;

    @Option(names = "--seed", paramLabel = "K", defaultValue = "0", description = "Seed of all random draws (default: ${DEFAULT-VALUE}).")
    long seed;

    NoiseSpec noiseSpec() {
        NoiseSpec spec;
        try {
            spec = NoiseSpec.of(NoiseKind.parse(noise));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--noise: " + e.getMessage());
        }
        if (sigma != null) spec = parameter("--sigma", spec, s -> s.withSigma(sigma));
        if (hurst != null) spec = parameter("--hurst", spec, s -> s.withHurst(hurst));
        if (theta != null) spec = parameter("--theta", spec, s -> s.withTheta(theta));
        if (alpha != null) spec = parameter("--alpha", spec, s -> s.withAlpha(alpha));
        return spec;
    }

    NoiseMode mode() {
        try {
            return NoiseMode.parse(noiseMode);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--noise-mode: " + e.getMessage());
        }
    }

    private static NoiseSpec parameter(String option, NoiseSpec spec, UnaryOperator<NoiseSpec> change) {
        try {
            return change.apply(spec);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }
}
