package org.landscapelab.nn.slice;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A slice evaluated on the K×K grid over [−R, R]²: α_i = β_i = the i-th of K evenly spaced points
 * from −R to R (endpoints included), stored α-major (index i·K + j holds α_i, β_j). Rows (one α
 * each) are spread over threads, each with its own copy of the slice; every point is computed
 * alone, so the numbers are the same whatever the thread count. The arrays are the grid's own:
 * read them, do not change them.
 */
public record SliceGrid(double range, double[] coordinates, double[] loss, double[] dAlpha, double[] dBeta) {
    /** Fewest points per side: the two endpoints. */
    public static final int MIN_SIZE = 2;
    /**
     * Most points per side: the app draws 128; 1024² is a million backpropagations, minutes even
     * for the smallest reference network, so more is a typing mistake rather than a wish.
     */
    public static final int MAX_SIZE = 1024;
    /**
     * Largest R: directions are scaled like the weights (filter normalization) or unit vectors, so
     * beyond a thousand of them the slice shows only saturated networks; more is a typing mistake.
     */
    public static final double MAX_RANGE = 1000;

    /** What the grid reports as it goes and how it is cancelled; both are called from worker threads. */
    public interface Listener {
        /** {@code rowsDone} of {@code rows} rows of α are computed. */
        default void progress(int rowsDone, int rows) {}

        /** Polled before each row: true stops the computation with a CancellationException. */
        default boolean cancelled() {
            return false;
        }
    }

    /** Listens to nothing and never cancels. */
    public static final Listener QUIETLY = new Listener() {};

    /** Number of points per side. */
    public int size() {
        return coordinates.length;
    }

    /** Checks K against its limits. */
    public static void checkSize(int size) {
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new IllegalArgumentException("grid size must be in [" + MIN_SIZE + ", " + MAX_SIZE + "], got " + size);
        }
    }

    /** Checks R against its limits. */
    public static void checkRange(double range) {
        if (!(range > 0 && range <= MAX_RANGE)) {
            throw new IllegalArgumentException("range must be in (0, " + (int) MAX_RANGE + "], got " + range);
        }
    }

    /** K evenly spaced points from −R to R, symmetric about 0 (as torch.linspace computes them). */
    public static double[] coordinates(int size, double range) {
        checkSize(size);
        checkRange(range);
        double[] c = new double[size];
        double step = 2 * range / (size - 1);
        for (int i = 0; i < size; i++) c[i] = i < size / 2 ? -range + i * step : range - (size - 1 - i) * step;
        return c;
    }

    /**
     * Evaluates {@code slice} on the grid with {@code threads} threads (the calling thread is one of
     * them). Throws CancellationException when the listener cancels or the calling thread is interrupted.
     */
    public static SliceGrid evaluate(NetworkSlice slice, int size, double range, int threads, Listener listener) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        double[] c = coordinates(size, range);
        int points = size * size;
        SliceGrid grid = new SliceGrid(range, c, new double[points], new double[points], new double[points]);
        AtomicInteger nextRow = new AtomicInteger(), rowsDone = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> helpers = new ArrayList<>();
        int helperCount = Math.min(threads, size) - 1;
        NetworkSlice[] copies = new NetworkSlice[helperCount];
        for (int t = 0; t < helperCount; t++) copies[t] = slice.copy();   // before any thread runs: copy() reads the slice
        for (int t = 0; t < helperCount; t++) {
            NetworkSlice own = copies[t];
            Thread th = new Thread(() -> grid.fill(own, nextRow, rowsDone, failure, listener), "slice-grid-" + (t + 1));
            th.setDaemon(true);
            helpers.add(th);
            th.start();
        }
        grid.fill(slice, nextRow, rowsDone, failure, listener);
        for (Thread th : helpers) {
            try {
                th.join();
            } catch (InterruptedException e) {
                failure.compareAndSet(null, new CancellationException("interrupted"));
                Thread.currentThread().interrupt();
            }
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error e) throw e;
        return grid;
    }

    private void fill(NetworkSlice slice, AtomicInteger nextRow, AtomicInteger rowsDone, AtomicReference<Throwable> failure,
                      Listener listener) {
        int k = coordinates.length;
        double[] g = new double[2];
        try {
            for (int i = nextRow.getAndIncrement(); i < k && failure.get() == null; i = nextRow.getAndIncrement()) {
                // An interrupt (Future.cancel(true) on the calling thread) cancels too; the other threads then stop at their row's end.
                if (listener.cancelled() || Thread.currentThread().isInterrupted()) throw new CancellationException("the slice was cancelled");
                for (int j = 0; j < k; j++) {
                    int p = i * k + j;
                    loss[p] = slice.gradient(coordinates[i], coordinates[j], g);
                    dAlpha[p] = g[0];
                    dBeta[p] = g[1];
                }
                listener.progress(rowsDone.incrementAndGet(), k);
            }
        } catch (RuntimeException | Error e) {
            failure.compareAndSet(null, e);
        }
    }
}
