package org.landscapelab.sim;

/** Counts of values in equal-width bins over [min, max]; values outside are not counted. */
public record Histogram(double min, double max, long[] counts) {

    public static Histogram of(double[] values, double min, double max, int bins) {
        if (bins < 1) throw new IllegalArgumentException("bins must be >= 1, got " + bins);
        if (!(max > min)) max = min + 1;
        long[] counts = new long[bins];
        double width = (max - min) / bins;
        for (double v : values) {
            if (!(v >= min && v <= max)) continue;
            int b = Math.min(bins - 1, (int) ((v - min) / width));
            counts[b]++;
        }
        return new Histogram(min, max, counts);
    }

    public double binWidth() {
        return (max - min) / counts.length;
    }

    /** Left edge of bin b. */
    public double edge(int b) {
        return min + b * binWidth();
    }
}
