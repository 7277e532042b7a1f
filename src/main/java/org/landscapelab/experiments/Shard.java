package org.landscapelab.experiments;

import java.util.stream.LongStream;

/**
 * Shard {@code index} of {@code count}: the runs k with k mod count = index. Run k's numbers depend
 * only on (seed, k), so shards are disjoint slices whose union is the whole run, computed on any
 * machines in any order; {@link ExperimentTable#merge} puts them back together.
 */
public record Shard(int index, int count) {
    /** The whole run: one shard. */
    public static final Shard ALL = new Shard(0, 1);

    public Shard {
        if (count < 1) throw new IllegalArgumentException("shard count N must be >= 1, got " + count);
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException("shard index K must be in [0, N-1] = [0, " + (count - 1) + "], got " + index);
        }
    }

    /** "K/N", e.g. "3/16". */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/", -1);
        if (parts.length != 2) throw new IllegalArgumentException("expected K/N (shard K of N, K from 0), got '" + text + "'");
        try {
            return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected K/N with whole numbers K and N, got '" + text + "'");
        }
    }

    /** The runs of {@code totalRuns} that belong to this shard, in increasing order. */
    public int[] runs(int totalRuns) {
        return LongStream.iterate(index, k -> k < totalRuns, k -> k + count).mapToInt(k -> (int) k).toArray();
    }

    /** How many of {@code totalRuns} runs belong to this shard. */
    public int size(int totalRuns) {
        return totalRuns <= index ? 0 : (int) ((totalRuns - 1L - index) / count + 1);
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
