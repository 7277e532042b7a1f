package org.landscapelab.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.landscapelab.experiments.BnDecoupling;
import org.landscapelab.experiments.EscapeSteps;
import org.landscapelab.experiments.ExperimentTable;
import org.landscapelab.experiments.FpgdEscape;
import org.landscapelab.experiments.Moments;
import org.landscapelab.experiments.Shard;
import org.landscapelab.experiments.TableRow;
import org.landscapelab.experiments.WideningValley;

/**
 * The CSV of each experiment: its columns as the issue gives them and, for a shard, what merging
 * needs after them. Shard format: the experiment's columns, then {@code shard_runs}, then per
 * statistic S {@code shard_n_S, shard_mean_S, shard_m2_S} (count, mean and sum of squared deviations,
 * printed to read back to the same double), for fpgd-escape {@code shard_escape_steps} ("step:count
 * …"), then {@code shard} ("K/N") and {@code settings} (the experiment and every value that changes
 * its numbers). Merging reads only the key columns and the shard columns.
 */
enum ExperimentCsv {
    WIDENING_VALLEY("widening-valley", List.of("method", "step"), WideningValley.STATISTICS, false),
    FPGD_ESCAPE("fpgd-escape", List.of("hurst", "dim"), FpgdEscape.STATISTICS, true),
    BN_DECOUPLING("bn-decoupling", List.of("problem", "parametrization", "step", "lr_w", "lr_g", "lr_u"), BnDecoupling.STATISTICS, false);

    /** A shard file is read whole; even a million-step escape histogram per Hurst index stays far below this. */
    static final long MAX_SHARD_FILE_BYTES = 256L << 20;

    final String name;
    final List<String> keys;
    final List<String> statistics;
    final boolean escapes;

    ExperimentCsv(String name, List<String> keys, List<String> statistics, boolean escapes) {
        this.name = name;
        this.keys = keys;
        this.statistics = statistics;
        this.escapes = escapes;
    }

    /** The columns. */
    List<String> columns() {
        List<String> c = new ArrayList<>(keys);
        if (escapes) {
            c.addAll(List.of("runs", "escaped", "mean_escape_step", "se", "median_escape_step"));
        } else {
            for (String s : statistics) c.addAll(List.of("mean_" + s, "se_" + s));
        }
        return c;
    }

    List<String> shardColumns() {
        List<String> c = new ArrayList<>(columns());
        c.add("shard_runs");
        for (String s : statistics) c.addAll(List.of("shard_n_" + s, "shard_mean_" + s, "shard_m2_" + s));
        if (escapes) c.add("shard_escape_steps");
        c.addAll(List.of("shard", "settings"));
        return c;
    }

    /** Writes the table: the columns, plus the shard columns when it is a shard ({@code asShard}). */
    void write(ExperimentTable table, boolean asShard, CsvOut.LineSink out) throws IOException {
        out.line(String.join(",", asShard ? shardColumns() : columns()));
        for (TableRow r : table.rows()) {
            List<String> cells = new ArrayList<>();
            for (String k : r.key()) cells.add(Csv.text(k));
            if (escapes) {
                Moments m = r.stat(0);
                cells.addAll(List.of(Long.toString(r.runs()), Long.toString(m.count()), cell(m.meanOrNaN()), cell(m.standardError()),
                        cell(r.escapes().median())));
            } else {
                for (Moments m : r.stats()) cells.addAll(List.of(cell(m.meanOrNaN()), cell(m.standardError())));
            }
            if (asShard) {
                cells.add(Long.toString(r.runs()));
                for (Moments m : r.stats()) cells.addAll(List.of(Long.toString(m.count()), Double.toString(m.mean()), Double.toString(m.m2())));
                if (escapes) cells.add(r.escapes().text());
                cells.add(table.shard().toString());
                cells.add(Csv.text(table.settings()));
            }
            out.line(String.join(",", cells));
        }
    }

    /** Whether any of the cells would be a number that is not finite (written empty). */
    static boolean hasUndefinedCells(ExperimentTable table) {
        return table.rows().stream().flatMap(r -> r.stats().stream())
                .anyMatch(m -> m.count() > 0 && !(Double.isFinite(m.mean()) && Double.isFinite(m.m2())));
    }

    /** A number, or an empty cell where it is NaN or infinite. */
    private static String cell(double v) {
        return Double.isFinite(v) ? Csv.number(v) : "";
    }

    /** The format whose shard header this is, or null. */
    static ExperimentCsv ofShardHeader(List<String> header) {
        for (ExperimentCsv f : values()) if (f.shardColumns().equals(header)) return f;
        return null;
    }

    /** Reads one shard file's lines (the header already matched); messages name the file and the line. */
    ExperimentTable readShard(String file, List<String> lines) {
        List<String> columns = shardColumns();
        int shardRuns = columns.indexOf("shard_runs");
        List<TableRow> rows = new ArrayList<>();
        String settings = null;
        Shard shard = null;
        for (int i = 1; i < lines.size(); i++) {
            String where = file + ": line " + (i + 1) + ": ";
            List<String> cells = split(lines.get(i), where);
            if (cells.size() != columns.size()) {
                throw new UsageException(where + "expected " + columns.size() + " cells, got " + cells.size() + " (a damaged file?)");
            }
            try {
                String rowSettings = cells.get(columns.size() - 1);
                Shard rowShard = Shard.parse(cells.get(columns.size() - 2));
                if (!rowSettings.startsWith(name + " ")) throw new IllegalArgumentException("settings are not those of " + name);
                if (settings == null) {
                    settings = rowSettings;
                    shard = rowShard;
                } else if (!settings.equals(rowSettings) || !shard.equals(rowShard)) {
                    throw new IllegalArgumentException("its settings or shard differ from line 2's");
                }
                long runs = Long.parseLong(cells.get(shardRuns));
                List<Moments> stats = new ArrayList<>();
                int c = shardRuns + 1;
                for (int s = 0; s < statistics.size(); s++, c += 3) {
                    stats.add(new Moments(Long.parseLong(cells.get(c)), Double.parseDouble(cells.get(c + 1)), Double.parseDouble(cells.get(c + 2))));
                }
                EscapeSteps steps = escapes ? EscapeSteps.parse(cells.get(c)) : null;
                if (steps != null && steps.total() != stats.get(0).count()) {
                    throw new IllegalArgumentException("shard_escape_steps counts " + steps.total() + " escapes, shard_n_escape_step " + stats.get(0).count());
                }
                rows.add(new TableRow(cells.subList(0, keys.size()), runs, stats, steps));
            } catch (IllegalArgumentException e) { // NumberFormatException too
                throw new UsageException(where + e.getMessage());
            }
        }
        if (rows.isEmpty()) throw new UsageException(file + ": no rows");
        return new ExperimentTable(settings, shard, rows);
    }

    /** One CSV line's cells (RFC 4180 quoting; the lab never writes line breaks inside a cell). */
    static List<String> split(String line, String where) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.length() == 0) {
                quoted = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        if (quoted) throw new UsageException(where + "a quoted cell is not closed");
        cells.add(cell.toString());
        return cells;
    }
}
