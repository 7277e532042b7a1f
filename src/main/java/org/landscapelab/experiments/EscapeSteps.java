package org.landscapelab.experiments;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How many runs escaped at each step: the exact distribution of the escape steps, so that the median
 * of merged shards is the median of the whole run. Written "step:count step:count …" in shard files.
 */
public record EscapeSteps(SortedMap<Integer, Long> counts) {
    public EscapeSteps {
        counts = Collections.unmodifiableSortedMap(new TreeMap<>(counts));
    }

    /** The distribution of these escape steps. */
    public static EscapeSteps of(int[] steps) {
        TreeMap<Integer, Long> c = new TreeMap<>();
        for (int step : steps) c.merge(step, 1L, Long::sum);
        return new EscapeSteps(c);
    }

    public EscapeSteps merge(EscapeSteps other) {
        TreeMap<Integer, Long> c = new TreeMap<>(counts);
        other.counts.forEach((step, n) -> c.merge(step, n, Long::sum));
        return new EscapeSteps(c);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The median escape step (the mean of the two middle ones for an even count); NaN if none escaped. */
    public double median() {
        long n = total();
        if (n == 0) return Double.NaN;
        return n % 2 == 1 ? nth(n / 2) : 0.5 * (nth(n / 2 - 1) + nth(n / 2));
    }

    /** The step of the i-th escape in increasing order (from 0). */
    private double nth(long i) {
        long seen = 0;
        for (Map.Entry<Integer, Long> e : counts.entrySet()) {
            seen += e.getValue();
            if (i < seen) return e.getKey();
        }
        throw new IllegalStateException("index " + i + " beyond " + seen + " escapes");
    }

    /** "12:3 15:1": each escape step with its count, in increasing order. */
    public String text() {
        StringBuilder b = new StringBuilder();
        counts.forEach((step, n) -> b.append(b.length() == 0 ? "" : " ").append(step).append(':').append(n));
        return b.toString();
    }

    /** Reads {@link #text()}. */
    public static EscapeSteps parse(String text) {
        TreeMap<Integer, Long> c = new TreeMap<>();
        if (text.isBlank()) return new EscapeSteps(c);
        for (String pair : text.trim().split(" +")) {
            String[] p = pair.split(":", -1);
            if (p.length != 2) throw new IllegalArgumentException("escape steps: expected step:count, got '" + pair + "'");
            try {
                int step = Integer.parseInt(p[0]);
                long n = Long.parseLong(p[1]);
                if (step < 0 || n < 1) throw new IllegalArgumentException("escape steps: step must be >= 0 and count >= 1, got '" + pair + "'");
                if (c.put(step, n) != null) throw new IllegalArgumentException("escape steps: step " + step + " appears twice");
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("escape steps: expected whole numbers step:count, got '" + pair + "'");
            }
        }
        return new EscapeSteps(c);
    }
}
