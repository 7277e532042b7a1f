package org.landscapelab.experiments;

import java.util.Locale;

/** The checks the experiments' settings share, each naming the setting. */
final class Checks {
    /**
     * The most coordinate updates (runs × steps × coordinates × methods) one invocation may do: about
     * half an hour on two cores at the widening valley's ~1e8 updates a second per core. A larger sweep
     * is split with --shard K/N, whose limit applies per shard.
     */
    static final long MAX_WORK = 200_000_000_000L;
    /** The most rows a table may have per method or Hurst index: plenty for a figure, a bound on memory. */
    static final int MAX_CHECKPOINTS = 100_000;

    /** The most runs of one experiment: a sweep of "millions of runs" with room to spare; shards split them. */
    static final int MAX_RUNS = 100_000_000;
    /**
     * The most numbers one invocation keeps until its runs are reduced in run order (the order that makes
     * the numbers independent of the threads): 25 million doubles, 200 MB.
     */
    static final long MAX_KEPT_VALUES = 25_000_000L;

    private Checks() {}

    /** Refuses a shard whose per-run results would not fit in {@link #MAX_KEPT_VALUES}. */
    static void kept(int runs, long valuesPerRun) {
        double kept = (double) runs * valuesPerRun;
        if (kept > MAX_KEPT_VALUES) {
            throw new SettingException("runs", String.format(Locale.ROOT,
                    "× rows: %,d runs × %,d values each = %,.0f values to keep is more than the limit of %,d; split the runs with --shard K/N "
                            + "or write fewer rows (--every)", runs, valuesPerRun, kept, MAX_KEPT_VALUES));
        }
    }

    static int inRange(String setting, int value, int min, int max) {
        if (value < min || value > max) {
            throw new SettingException(setting, String.format(Locale.ROOT, "must be in [%,d, %,d], got %,d", min, max, value));
        }
        return value;
    }

    static double positive(String setting, double value) {
        if (!(value > 0 && Double.isFinite(value))) throw new SettingException(setting, "must be a finite number > 0, got " + value);
        return value;
    }

    static double nonNegative(String setting, double value) {
        if (!(value >= 0 && Double.isFinite(value))) throw new SettingException(setting, "must be a finite number >= 0, got " + value);
        return value;
    }

    /** The checkpoints 0, every, 2·every, … and the last step: how many there are, refused beyond the limit. */
    static int checkpoints(int steps, int every) {
        long n = steps / every + 1 + (steps % every == 0 ? 0 : 1);
        if (n > MAX_CHECKPOINTS) {
            throw new SettingException("every", String.format(Locale.ROOT,
                    "is too small: %,d steps every %,d give %,d rows per method, more than the limit of %,d", steps, every, n, MAX_CHECKPOINTS));
        }
        return (int) n;
    }

    /** The step of checkpoint i. */
    static int checkpointStep(int i, int steps, int every) {
        return (int) Math.min((long) i * every, steps);
    }

    /** Refuses more than {@link #MAX_WORK} coordinate updates, saying how they were counted. */
    static void work(String what, double updates) {
        if (updates > MAX_WORK) {
            throw new SettingException("runs", String.format(Locale.ROOT,
                    "× --steps: %s = %,.0f coordinate updates is more than the limit of %,d; split the runs with --shard K/N",
                    what, updates, MAX_WORK));
        }
    }
}
