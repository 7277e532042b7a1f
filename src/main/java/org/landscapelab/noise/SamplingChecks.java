package org.landscapelab.noise;

/**
 * The checks of a sampler's length and time step, shared by the processes. (The processes'
 * parameters are checked by their {@link NoiseCatalog} entries.)
 */
final class SamplingChecks {
    private SamplingChecks() {}

    static int requireLength(int n) {
        if (n < 0) throw new IllegalArgumentException("n (number of increments) must be >= 0, got " + n);
        return n;
    }

    static double requireStep(double dt) {
        if (!(dt > 0 && Double.isFinite(dt))) throw new IllegalArgumentException("dt must be finite and > 0, got " + dt);
        return dt;
    }
}
