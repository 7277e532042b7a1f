package org.landscapelab.landscape;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rows of a finite-sum landscape f = (1/m) sum_i f_i: each row gives values to the named data
 * columns that the term expression f_i uses. Immutable.
 */
public final class Dataset {
    /** More rows than this is not a lab-sized data set; every gradient visits every row. */
    public static final int MAX_ROWS = 100_000;

    private final List<String> columns;
    private final double[][] rows;

    public Dataset(List<String> columns, double[][] rows) {
        this.columns = List.copyOf(columns);
        if (this.columns.isEmpty()) throw new IllegalArgumentException("a data set needs at least one column");
        Set<String> seen = new HashSet<>();
        for (String c : this.columns) {
            if (!c.matches("[A-Za-z_][A-Za-z0-9_]*")) throw new IllegalArgumentException("column name '" + c + "' must be letters, digits or _");
            if (Set.of("x", "y", "pi", "e").contains(c)) throw new IllegalArgumentException("column name '" + c + "' is reserved");
            if (!seen.add(c)) throw new IllegalArgumentException("column '" + c + "' is named twice");
        }
        if (rows.length == 0) throw new IllegalArgumentException("a data set needs at least one row");
        if (rows.length > MAX_ROWS) throw new IllegalArgumentException("a data set may have at most " + MAX_ROWS + " rows, got " + rows.length);
        this.rows = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != this.columns.size()) {
                throw new IllegalArgumentException("row " + i + " has " + rows[i].length + " values for " + this.columns.size() + " columns");
            }
            for (double v : rows[i]) {
                if (!Double.isFinite(v)) throw new IllegalArgumentException("row " + i + " has a value that is not a finite number");
            }
            this.rows[i] = rows[i].clone();
        }
    }

    public List<String> columns() { return columns; }

    public int size() { return rows.length; }

    /** A copy of row i. */
    public double[] row(int i) { return rows[i].clone(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset d && d.columns.equals(columns) && Arrays.deepEquals(d.rows, rows);
    }

    @Override
    public int hashCode() {
        return 31 * columns.hashCode() + Arrays.deepHashCode(rows);
    }
}
