package org.landscapelab.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Level sets of a raster by marching squares, joined into polylines in domain coordinates.
 *
 * <p>The raster's samples are the corners of the cells. A corner is "above" a level when its value
 * is &gt;= the level; a cell straddles exactly the levels in (min corner, max corner], so each cell
 * finds that range of the sorted levels from its min and max instead of testing every level. The
 * two saddle cases (diagonal corners above) are resolved by the average of the four corners: if
 * the cell centre is above, the above corners are joined through it.
 *
 * <p>Every segment is oriented with the above side on its left. An edge crossed by a level is then
 * the end of exactly one segment and the start of at most one, so joining is following "next".
 */
public final class Contours {
    /** SEGMENTS[case][centreAbove ? 1 : 0]: (from edge, to edge) pairs of a cell, edges 0..3 CCW. */
    private static final int[][][] SEGMENTS = segmentTable();

    private Contours() {}

    /** All lines of all levels, ordered by level (ascending) and then by where they start. */
    public static List<ContourLine> trace(Raster raster, double... levels) {
        double[] sorted = levels.clone();
        Arrays.sort(sorted);
        Grid grid = new Grid(raster);
        int cellRows = raster.ny() - 1;
        int chunks = Math.min(cellRows, 4 * Runtime.getRuntime().availableProcessors());
        IntList[][] segments = new IntList[chunks][];
        IntStream.range(0, chunks).parallel().forEach(c ->
                segments[c] = grid.segments(sorted, c * cellRows / chunks, (c + 1) * cellRows / chunks));
        List<List<ContourLine>> perLevel = IntStream.range(0, sorted.length).parallel()
                .mapToObj(k -> grid.join(sorted[k], segments, k))
                .toList();
        List<ContourLine> lines = new ArrayList<>();
        perLevel.forEach(lines::addAll);
        return lines;
    }

    private static int[][][] segmentTable() {
        int[][][] table = new int[16][2][];
        for (int c = 0; c < 16; c++) {
            for (int centre = 0; centre < 2; centre++) {
                List<Integer> pairs = new ArrayList<>();
                int crossings = 0;
                for (int e = 0; e < 4; e++) if (above(c, e) != above(c, (e + 1) % 4)) crossings++;
                for (int e = 0; e < 4; e++) {
                    boolean out = above(c, e) && !above(c, (e + 1) % 4); // walking CCW we leave "above"
                    if (!out) continue;
                    int to;
                    if (crossings == 2) {
                        to = e;
                        do to = (to + 1) % 4; while (!(!above(c, to) && above(c, (to + 1) % 4)));
                    } else {
                        // joined above: the next edge CCW, which cuts off the below corner e + 1;
                        // separated: the previous edge, which cuts off the above corner e
                        to = centre == 1 ? (e + 1) % 4 : (e + 3) % 4;
                    }
                    pairs.add(e);
                    pairs.add(to);
                }
                table[c][centre] = pairs.stream().mapToInt(Integer::intValue).toArray();
            }
        }
        return table;
    }

    /** Corner k (0 BL, 1 BR, 2 TR, 3 TL, counter-clockwise) is above in case c. */
    private static boolean above(int c, int k) {
        return (c >> k & 1) != 0;
    }

    /**
     * Edge ids: horizontal edge from point (i, j) to (i + 1, j) is j (nx - 1) + i; vertical edge
     * from (i, j) to (i, j + 1) is horizontalCount + j nx + i.
     */
    private static final class Grid {
        private final Raster raster;
        private final double[] v;
        private final int nx;
        private final int horizontalCount;

        Grid(Raster raster) {
            this.raster = raster;
            this.v = raster.values();
            this.nx = raster.nx();
            this.horizontalCount = (nx - 1) * raster.ny();
        }

        /** Segments of cell rows [rowFrom, rowTo), per level, as (from edge, to edge) pairs. */
        IntList[] segments(double[] levels, int rowFrom, int rowTo) {
            int n = levels.length;
            IntList[] out = new IntList[n];
            for (int k = 0; k < n; k++) out[k] = new IntList();
            if (n == 0) return out;
            boolean checkFinite = !raster.allFinite();
            int[] edge = new int[4];
            int first = 0; // index of the first level above the cell minimum, carried as a hint
            for (int j = rowFrom; j < rowTo; j++) {
                int row = j * nx;
                for (int i = 0; i < nx - 1; i++) {
                    double a = v[row + i];
                    double b = v[row + i + 1];
                    double c = v[row + nx + i + 1];
                    double d = v[row + nx + i];
                    if (checkFinite && !(Double.isFinite(a) && Double.isFinite(b) && Double.isFinite(c) && Double.isFinite(d))) continue;
                    double lo = Math.min(Math.min(a, b), Math.min(c, d));
                    double hi = Math.max(Math.max(a, b), Math.max(c, d));
                    while (first > 0 && levels[first - 1] > lo) first--;
                    while (first < n && levels[first] <= lo) first++;
                    if (first == n || levels[first] > hi) continue;
                    edge[0] = j * (nx - 1) + i;
                    edge[1] = horizontalCount + j * nx + i + 1;
                    edge[2] = edge[0] + nx - 1;
                    edge[3] = edge[1] - 1;
                    double centre = 0.25 * (a + b + c + d);
                    for (int k = first; k < n && levels[k] <= hi; k++) {
                        double level = levels[k];
                        int cse = (a >= level ? 1 : 0) | (b >= level ? 2 : 0) | (c >= level ? 4 : 0) | (d >= level ? 8 : 0);
                        int[] pairs = SEGMENTS[cse][centre >= level ? 1 : 0];
                        IntList list = out[k];
                        for (int p = 0; p < pairs.length; p += 2) list.add(edge[pairs[p]], edge[pairs[p + 1]]);
                    }
                }
            }
            return out;
        }

        /** Joins the segments of level index k (from every chunk, in row order) into lines. */
        List<ContourLine> join(double level, IntList[][] chunks, int k) {
            int count = 0;
            for (IntList[] chunk : chunks) count += chunk[k].size() / 2;
            EdgeMap map = new EdgeMap(2 * count);
            for (IntList[] chunk : chunks) {
                IntList s = chunk[k];
                for (int p = 0; p < s.size(); p += 2) map.link(s.get(p), s.get(p + 1));
            }
            List<ContourLine> lines = new ArrayList<>();
            Walk walk = new Walk();
            // Open lines first: they start at an edge no segment ends at (the border, a NaN hole).
            for (IntList[] chunk : chunks) {
                IntList s = chunk[k];
                for (int p = 0; p < s.size(); p += 2) {
                    int from = s.get(p);
                    if (!map.hasIncoming(from) && map.hasNext(from)) lines.add(follow(level, from, map, walk, false));
                }
            }
            for (IntList[] chunk : chunks) {
                IntList s = chunk[k];
                for (int p = 0; p < s.size(); p += 2) {
                    int from = s.get(p);
                    if (map.hasNext(from)) lines.add(follow(level, from, map, walk, true));
                }
            }
            return lines;
        }

        private ContourLine follow(double level, int start, EdgeMap map, Walk walk, boolean closed) {
            walk.clear();
            int e = start;
            while (true) {
                addCrossing(walk, e, level);
                int next = map.takeNext(e);
                if (next < 0 || next == start) break;
                e = next;
            }
            return walk.toLine(level, closed);
        }

        private void addCrossing(Walk walk, int e, double level) {
            int i0, j0, i1, j1;
            if (e < horizontalCount) {
                j0 = e / (nx - 1);
                i0 = e - j0 * (nx - 1);
                i1 = i0 + 1;
                j1 = j0;
            } else {
                int h = e - horizontalCount;
                j0 = h / nx;
                i0 = h - j0 * nx;
                i1 = i0;
                j1 = j0 + 1;
            }
            double a = v[j0 * nx + i0];
            double b = v[j1 * nx + i1];
            double t = (level - a) / (b - a);
            double x0 = raster.x(i0);
            double y0 = raster.y(j0);
            walk.add(x0 + t * (raster.x(i1) - x0), y0 + t * (raster.y(j1) - y0));
        }
    }

    /** Open-addressing map edge -> (next edge, has incoming), sized once per level. */
    private static final class EdgeMap {
        private static final int EMPTY = -1;
        private static final int NONE = -1;
        private final int[] keys;
        private final int[] next;
        private final boolean[] incoming;
        private final int mask;
        private final int shift;

        EdgeMap(int entries) {
            int capacity = Integer.highestOneBit(Math.max(4, 2 * entries) - 1) << 1; // load <= 1/2
            keys = new int[capacity];
            next = new int[capacity];
            incoming = new boolean[capacity];
            Arrays.fill(keys, EMPTY);
            mask = capacity - 1;
            shift = 32 - Integer.numberOfTrailingZeros(capacity);
        }

        void link(int from, int to) {
            next[slot(from)] = to;
            incoming[slot(to)] = true;
        }

        boolean hasIncoming(int edge) {
            return incoming[slot(edge)];
        }

        boolean hasNext(int edge) {
            return next[slot(edge)] != NONE;
        }

        /** The edge after this one, consuming the link; -1 if there is none. */
        int takeNext(int edge) {
            int s = slot(edge);
            int n = next[s];
            next[s] = NONE;
            return n;
        }

        /** The slot of an edge, claimed (with no next, no incoming) if new. */
        private int slot(int edge) {
            int s = (edge * 0x9E3779B9) >>> shift; // Fibonacci hashing: top bits
            while (true) {
                int key = keys[s];
                if (key == edge) return s;
                if (key == EMPTY) {
                    keys[s] = edge;
                    next[s] = NONE;
                    return s;
                }
                s = (s + 1) & mask;
            }
        }
    }

    /** Points of the line being followed. */
    private static final class Walk {
        private double[] xs = new double[64];
        private double[] ys = new double[64];
        private int size;

        void clear() { size = 0; }

        void add(double x, double y) {
            if (size == xs.length) {
                xs = Arrays.copyOf(xs, 2 * size);
                ys = Arrays.copyOf(ys, 2 * size);
            }
            xs[size] = x;
            ys[size] = y;
            size++;
        }

        ContourLine toLine(double level, boolean closed) {
            return new ContourLine(level, Arrays.copyOf(xs, size), Arrays.copyOf(ys, size), closed);
        }
    }

    /** A growable int array. */
    static final class IntList {
        private int[] data = new int[16];
        private int size;

        void add(int a, int b) {
            if (size + 2 > data.length) data = Arrays.copyOf(data, 2 * data.length);
            data[size++] = a;
            data[size++] = b;
        }

        int get(int k) { return data[k]; }

        int size() { return size; }
    }
}
