package org.landscapelab.experiments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * What one experiment run gives: its settings in words (the experiment's name and every value that
 * changes the numbers, so shards of different runs are never merged), the shard it covers and its
 * rows.
 */
public record ExperimentTable(String settings, Shard shard, List<TableRow> rows) {
    public ExperimentTable {
        rows = List.copyOf(rows);
    }

    /**
     * The whole run from its shards 0..N−1 (the map's keys name the shards' files in messages). Refuses
     * shards of different settings or shard counts, a shard given twice, a missing shard and shards
     * whose rows differ.
     */
    public static ExperimentTable merge(Map<String, ExperimentTable> shards) {
        if (shards.isEmpty()) throw new IllegalArgumentException("no shard files given");
        Map.Entry<String, ExperimentTable> first = shards.entrySet().iterator().next();
        ExperimentTable reference = first.getValue();
        int count = reference.shard.count();
        String[] fileOfShard = new String[count];
        ExperimentTable[] byIndex = new ExperimentTable[count];
        for (Map.Entry<String, ExperimentTable> e : shards.entrySet()) {
            String file = e.getKey();
            ExperimentTable t = e.getValue();
            if (!t.settings.equals(reference.settings)) {
                throw new IllegalArgumentException(file + ": settings '" + t.settings + "' differ from " + first.getKey()
                        + "'s '" + reference.settings + "'");
            }
            if (t.shard.count() != count) {
                throw new IllegalArgumentException(file + ": shard " + t.shard + " is one of " + t.shard.count() + " shards, but "
                        + first.getKey() + " is one of " + count);
            }
            int k = t.shard.index();
            if (byIndex[k] != null) throw new IllegalArgumentException(file + ": shard " + t.shard + " was already given in " + fileOfShard[k]);
            if (!sameKeys(t, reference)) {
                throw new IllegalArgumentException(file + ": its rows do not match those of " + first.getKey() + " (a damaged or edited file?)");
            }
            long expected = t.shard.runs(reference.totalRuns()).length;
            for (TableRow r : t.rows) {
                if (r.runs() != expected || r.stats().stream().anyMatch(m -> m.count() > expected)) {
                    throw new IllegalArgumentException(file + ": shard " + t.shard + " of " + reference.totalRuns() + " runs holds " + expected
                            + " runs, but its row " + r.key() + " counts " + r.runs() + " (a damaged or edited file?)");
                }
            }
            byIndex[k] = t;
            fileOfShard[k] = file;
        }
        int[] missing = IntStream.range(0, count).filter(k -> byIndex[k] == null).toArray();
        if (missing.length > 0) {
            throw new IllegalArgumentException("missing shard" + (missing.length > 1 ? "s " : " ")
                    + String.join(", ", Arrays.stream(missing).limit(10).mapToObj(k -> k + "/" + count).toList())
                    + (missing.length > 10 ? ", …" : "") + " of " + count);
        }
        List<TableRow> rows = new ArrayList<>(byIndex[0].rows);
        for (int k = 1; k < count; k++) {
            for (int i = 0; i < rows.size(); i++) rows.set(i, rows.get(i).merge(byIndex[k].rows.get(i)));
        }
        return new ExperimentTable(reference.settings, Shard.ALL, rows);
    }

    /** R of the "runs=R" in the settings: the number of runs of the whole experiment. */
    public int totalRuns() {
        Matcher m = Pattern.compile(" runs=(\\d+)( |$)").matcher(settings);
        if (!m.find()) throw new IllegalArgumentException("settings '" + settings + "' do not say runs=R");
        return Integer.parseInt(m.group(1));
    }

    private static boolean sameKeys(ExperimentTable a, ExperimentTable b) {
        if (a.rows.size() != b.rows.size()) return false;
        for (int i = 0; i < a.rows.size(); i++) {
            TableRow x = a.rows.get(i);
            TableRow y = b.rows.get(i);
            if (!x.key().equals(y.key()) || x.stats().size() != y.stats().size() || (x.escapes() == null) != (y.escapes() == null)) return false;
        }
        return true;
    }
}
