package org.landscapelab.sim;

import java.util.Arrays;

/**
 * Escape-time statistics of an ensemble. Times are in steps, over the particles that escaped;
 * {@code escaped}/{@code particles} is the fraction that escaped within the run (the rest are
 * censored at the run's length, so the mean is a lower bound when the fraction is below 1).
 */
public record EscapeSummary(int particles, int escaped, long diverged, double mean, double standardError,
                            double standardDeviation, double median, double min, double max) {

    static EscapeSummary of(double[] times, int particles, long diverged) {
        int n = times.length;
        if (n == 0) return new EscapeSummary(particles, 0, diverged, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(times).sum() / n;
        double ss = 0;
        for (double t : times) ss += (t - mean) * (t - mean);
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
        double median = n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
        return new EscapeSummary(particles, n, diverged, mean, sd / Math.sqrt(n), sd, median, sorted[0], sorted[n - 1]);
    }

    public double escapedFraction() {
        return particles == 0 ? 0 : (double) escaped / particles;
    }
}
