package org.landscapelab.noise;

import static org.landscapelab.noise.NoiseParameters.requireAlpha;
import static org.landscapelab.noise.NoiseParameters.requireHurst;
import static org.landscapelab.noise.NoiseParameters.requireSigma;
import static org.landscapelab.noise.NoiseParameters.requireTheta;

import java.util.Objects;

/**
 * The noise of a run: a kind, the amplitude sigma and the parameters of every kind. All parameters
 * are always valid (also those the kind does not use), so switching the kind in the UI never yields
 * an invalid spec.
 *
 * <p>The process {@link #process()} is unit-scale; a run multiplies its increments by sigma
 * (perturbation of the iterate) or by sigma / incrementScale (gradient noise).
 *
 * <p>Text form, as on the command line: {@code KIND[:NAME=VALUE[,NAME=VALUE]...]}, e.g. {@code fbm},
 * {@code fbm:hurst=0.3,sigma=0.05}, {@code levy:alpha=1.2}. {@link #toString()} writes this form and
 * {@link #parse(String)} reads it back exactly.
 */
public record NoiseSpec(NoiseKind kind, double sigma, double hurst, double theta, double alpha) {
    public static final double DEFAULT_SIGMA = 0.1;
    /** H = 1/2 is Brownian motion: fbm without a Hurst index is white noise. */
    public static final double DEFAULT_HURST = 0.5;
    public static final double DEFAULT_THETA = 1.0;
    /** Heavy-tailed with a finite mean; alpha = 2 would be Gaussian. */
    public static final double DEFAULT_ALPHA = 1.5;

    /** No noise at all. */
    public static final NoiseSpec NONE = of(NoiseKind.NONE);

    public NoiseSpec {
        Objects.requireNonNull(kind, "kind");
        requireSigma(sigma);
        requireHurst(hurst);
        requireTheta(theta);
        requireAlpha(alpha);
    }

    /** The kind with default parameters. */
    public static NoiseSpec of(NoiseKind kind) {
        return new NoiseSpec(kind, DEFAULT_SIGMA, DEFAULT_HURST, DEFAULT_THETA, DEFAULT_ALPHA);
    }

    public NoiseSpec withKind(NoiseKind newKind) { return new NoiseSpec(newKind, sigma, hurst, theta, alpha); }

    public NoiseSpec withSigma(double newSigma) { return new NoiseSpec(kind, newSigma, hurst, theta, alpha); }

    public NoiseSpec withHurst(double newHurst) { return new NoiseSpec(kind, sigma, newHurst, theta, alpha); }

    public NoiseSpec withTheta(double newTheta) { return new NoiseSpec(kind, sigma, hurst, newTheta, alpha); }

    public NoiseSpec withAlpha(double newAlpha) { return new NoiseSpec(kind, sigma, hurst, theta, newAlpha); }

    /** The unit-scale process of this kind with this spec's parameters. */
    public NoiseProcess process() {
        return switch (kind) {
            case NONE -> new NoNoise();
            case WHITE -> new WhiteNoise();
            case OU -> new OrnsteinUhlenbeck(theta);
            case FBM -> new FractionalGaussianNoise(hurst);
            case ANTI -> new AntiCorrelatedNoise();
            case LEVY -> new StableNoise(alpha);
        };
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
            spec = switch (name.toLowerCase(java.util.Locale.ROOT)) {
                case "sigma" -> spec.withSigma(value);
                case "hurst" -> spec.withHurst(value);
                case "theta" -> spec.withTheta(value);
                case "alpha" -> spec.withAlpha(value);
                default -> throw new IllegalArgumentException(
                        "unknown noise parameter '" + name + "'; expected sigma, hurst, theta or alpha");
            };
        }
        return spec;
    }

    private static double number(String name, String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("noise parameter " + name + " must be a number, got '" + text + "'");
        }
    }

    /**
     * The text form: sigma, the kind's own parameter, and any other parameter that differs from its
     * default (so that {@code parse(toString())} gives back an equal spec).
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(kind.cliName()).append(":sigma=").append(sigma);
        if (kind == NoiseKind.FBM || hurst != DEFAULT_HURST) out.append(",hurst=").append(hurst);
        if (kind == NoiseKind.OU || theta != DEFAULT_THETA) out.append(",theta=").append(theta);
        if (kind == NoiseKind.LEVY || alpha != DEFAULT_ALPHA) out.append(",alpha=").append(alpha);
        return out.toString();
    }
}
