package org.landscapelab.experiments;

/**
 * The count, mean and sum of squared deviations (M2) of a sample: enough for its mean and standard
 * error, and mergeable. Two samples combine by Chan, Golub and LeVeque's parallel formula, so shards
 * computed apart give the statistics of the whole sample up to round-off (about 1e-15 relative).
 */
public record Moments(long count, double mean, double m2) {
    public static final Moments EMPTY = new Moments(0, 0, 0);

    public Moments {
        if (count < 0) throw new IllegalArgumentException("count must be >= 0, got " + count);
        if (m2 < 0) throw new IllegalArgumentException("m2 must be >= 0, got " + m2); // NaN passes: a run that overflowed
    }

    /** This sample with one more value (Welford's update). */
    public Moments add(double x) {
        long n = count + 1;
        double delta = x - mean;
        double newMean = mean + delta / n;
        return new Moments(n, newMean, m2 + delta * (x - newMean));
    }

    /** The union of this sample and another (Chan et al.). */
    public Moments merge(Moments other) {
        if (other.count == 0) return this;
        if (count == 0) return other;
        long n = count + other.count;
        double delta = other.mean - mean;
        double newMean = mean + delta * ((double) other.count / n);
        double newM2 = m2 + other.m2 + delta * delta * ((double) count * other.count / n);
        return new Moments(n, newMean, newM2);
    }

    /** The sample variance (n − 1 in the denominator); 0 for fewer than two values. */
    public double variance() {
        return count > 1 ? m2 / (count - 1) : 0;
    }

    /** The standard error of the mean: sd/√n; NaN for an empty sample. */
    public double standardError() {
        return count == 0 ? Double.NaN : Math.sqrt(variance() / count);
    }

    /** The mean, NaN for an empty sample. */
    public double meanOrNaN() {
        return count == 0 ? Double.NaN : mean;
    }
}
