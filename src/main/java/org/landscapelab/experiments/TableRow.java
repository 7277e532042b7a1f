package org.landscapelab.experiments;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of an experiment's table: the cells that say what it is about (method and step, or Hurst
 * index and dimension), the number of runs, one {@link Moments} per statistic and, for escape
 * experiments, the escape steps (null otherwise). Rows of shards with the same key merge.
 */
public record TableRow(List<String> key, long runs, List<Moments> stats, EscapeSteps escapes) {
    public TableRow {
        key = List.copyOf(key);
        stats = List.copyOf(stats);
    }

    public Moments stat(int i) {
        return stats.get(i);
    }

    /** The union of this row's runs and another's (a row of another shard with the same key). */
    public TableRow merge(TableRow other) {
        if (!key.equals(other.key) || stats.size() != other.stats.size() || (escapes == null) != (other.escapes == null)) {
            throw new IllegalArgumentException("rows " + key + " and " + other.key + " do not match");
        }
        List<Moments> merged = new ArrayList<>();
        for (int i = 0; i < stats.size(); i++) merged.add(stats.get(i).merge(other.stats.get(i)));
        return new TableRow(key, runs + other.runs, merged, escapes == null ? null : escapes.merge(other.escapes));
    }
}
