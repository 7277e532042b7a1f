package org.landscapelab.noise;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The families of noise a run can use; {@link #cliName()} is how the command line and files spell them. */
public enum NoiseKind {
    /** No noise: plain gradient descent. */
    NONE,
    /** Brownian increments, N(0, dt): perturbed GD. */
    WHITE,
    /** Increments of a stationary Ornstein–Uhlenbeck process (mean reversion rate theta). */
    OU,
    /** Fractional Gaussian noise, the increments of fractional Brownian motion with Hurst index H: fPGD. */
    FBM,
    /** Anti-PGD perturbations xi_{k+1} - xi_k with xi_k i.i.d. N(0, 1). */
    ANTI,
    /** Symmetric alpha-stable (Lévy) increments: heavy tails for alpha < 2. */
    LEVY;

    /** The lower-case name used on the command line and in files: none, white, ou, fbm, anti, levy. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a CLI name, ignoring case and surrounding blanks. */
    public static NoiseKind parse(String text) {
        String name = text == null ? "" : text.trim();
        for (NoiseKind kind : values()) {
            if (kind.cliName().equalsIgnoreCase(name)) return kind;
        }
        throw new IllegalArgumentException("unknown noise kind '" + name + "'; expected one of " + names());
    }

    /** "none, white, ou, fbm, anti, levy", for usage and error messages. */
    public static String names() {
        return Arrays.stream(values()).map(NoiseKind::cliName).collect(Collectors.joining(", "));
    }
}
