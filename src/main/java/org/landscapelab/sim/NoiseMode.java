package org.landscapelab.sim;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where noise enters a run.
 * <ul>
 *   <li>ITERATE: after the optimizer's step, x_{k+1} += σ·ξ_k, with ξ_k the noise process's
 *       increment over the time step Δ = lr (perturbed GD, Anti-PGD, fPGD).</li>
 *   <li>GRADIENT: the optimizer sees ∇f(x_k) + σ·ξ_k/scale(Δ), unit-scale noise with the process's
 *       correlation in time (for white noise: i.i.d. N(0, σ²) per coordinate), as SGD's gradient
 *       noise would enter.</li>
 * </ul>
 */
public enum NoiseMode {
    ITERATE, GRADIENT;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static NoiseMode parse(String text) {
        for (NoiseMode m : values()) {
            if (m.cliName().equals(text.strip().toLowerCase(Locale.ROOT))) return m;
        }
        throw new IllegalArgumentException("unknown noise mode '" + text + "'; expected one of "
                + Arrays.stream(values()).map(NoiseMode::cliName).collect(Collectors.joining(", ")));
    }
}
