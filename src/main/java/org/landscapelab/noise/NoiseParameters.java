package org.landscapelab.noise;

/**
 * The valid ranges of the noise parameters, checked in one place so that {@link NoiseSpec} and the
 * process records report the same message: it names the parameter, its range and the bad value.
 */
final class NoiseParameters {
    private NoiseParameters() {}

    static double requireSigma(double sigma) {
        if (!(sigma >= 0 && Double.isFinite(sigma))) throw new IllegalArgumentException("sigma must be finite and >= 0, got " + sigma);
        return sigma;
    }

    static double requireHurst(double hurst) {
        if (!(hurst > 0 && hurst < 1)) throw new IllegalArgumentException("hurst must be in (0, 1), got " + hurst);
        return hurst;
    }

    static double requireTheta(double theta) {
        if (!(theta > 0 && Double.isFinite(theta))) throw new IllegalArgumentException("theta must be finite and > 0, got " + theta);
        return theta;
    }

    /**
     * The smallest stability index whose draws stay finite. A Chambers–Mallows–Stuck draw is at most
     * about cos(V)^(-1/α)·W^(-(1-α)/α) with cos(V) and W no smaller than ~1e-16 (the resolution of a
     * uniform double), i.e. 10^((31.7 - 16α)/α): below 10^308 for α >= 0.098, while smaller α overflow
     * to infinity (and 0·∞ gives NaN) ever more often; at α = 1e-9 nearly every draw is 0, ∞ or NaN.
     * The app's slider starts at 0.2.
     */
    public static final double MIN_ALPHA = 0.1;

    static double requireAlpha(double alpha) {
        if (!(alpha > 0 && alpha <= 2)) throw new IllegalArgumentException("alpha must be in (0, 2], got " + alpha);
        if (alpha < MIN_ALPHA) {
            throw new IllegalArgumentException("alpha must be at least " + MIN_ALPHA
                    + " (the alpha-stable draws of smaller alpha overflow double precision), got " + alpha);
        }
        return alpha;
    }

    static int requireLength(int n) {
        if (n < 0) throw new IllegalArgumentException("n (number of increments) must be >= 0, got " + n);
        return n;
    }

    static double requireStep(double dt) {
        if (!(dt > 0 && Double.isFinite(dt))) throw new IllegalArgumentException("dt must be finite and > 0, got " + dt);
        return dt;
    }
}
