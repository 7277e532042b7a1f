package org.landscapelab.nn.training;

import java.util.ArrayList;
import java.util.List;

/**
 * The parameters θ along one training run, for slices that are centred on the current step and
 * drawn through the run: θ0 and then θ after every k-th update, k chosen so that at most
 * {@link #MAX_POINTS} vectors are kept with the latest θ, plus the latest θ itself. Memory: at most
 * {@link #MAX_POINTS} × parameters × 8 bytes (75,000 parameters: 60 MB), fewer points for networks
 * so large that this would pass {@link #MAX_BYTES}. Written by the training thread, read by any.
 */
public final class ParameterTrail {
    /** Points of the trail at most: enough for a smooth projected path and a stable PCA, little memory for the panels' networks. */
    public static final int MAX_POINTS = 100;
    /**
     * Bytes the kept vectors take at most (512 MiB): 100 points of the rank-collapse scenario's
     * ~300,000 parameters fit (240 MB); a network of millions keeps fewer points instead of running out of memory.
     */
    public static final long MAX_BYTES = 512L << 20;
    /** Points always allowed, whatever the size: trajectory PCA needs three. */
    static final int MIN_POINTS = 3;

    private final long every;
    private final List<double[]> kept = new ArrayList<>();   // guarded by this
    private double[] latest;                                 // guarded by this
    private long latestStep;                                 // guarded by this

    /** A trail for a run of {@code steps} updates starting at {@code start} (copied). */
    public ParameterTrail(long steps, double[] start) {
        this.every = every(steps, points(start.length));
        this.latest = start.clone();
        kept.add(latest.clone());
    }

    /** Points kept for a network of {@code parameters}: {@link #MAX_POINTS}, or fewer to stay within {@link #MAX_BYTES}. */
    static int points(int parameters) {
        long fit = MAX_BYTES / (8L * Math.max(1, parameters));
        return (int) Math.max(MIN_POINTS, Math.min(MAX_POINTS, fit));
    }

    /**
     * The spacing k = ⌈steps / (points − 1)⌉: θ after updates 0, k, 2k, … up to {@code steps} are at
     * most {@code points} vectors, and at most {@code points} − 1 when the last update is not a
     * multiple of k, which leaves room for the latest θ.
     */
    static long every(long steps, int points) {
        return Math.max(1, (steps + points - 2) / (points - 1));
    }

    /** The spacing k in updates between kept vectors. */
    public long every() {
        return every;
    }

    /** θ after {@code stepsDone} updates (copied): always the latest, kept too when stepsDone is a multiple of k. */
    public synchronized void record(long stepsDone, double[] theta) {
        System.arraycopy(theta, 0, latest, 0, latest.length);
        latestStep = stepsDone;
        if (stepsDone % every == 0) kept.add(theta.clone());
    }

    /** θ0, θ_k, θ_2k, … and the latest θ (once, if it is one of them): copies, oldest first. */
    public synchronized List<double[]> points() {
        List<double[]> out = new ArrayList<>(kept.size() + 1);
        for (double[] p : kept) out.add(p.clone());
        if (latestStep % every != 0) out.add(latest.clone());
        return List.copyOf(out);
    }

    /** The latest θ (a copy). */
    public synchronized double[] latest() {
        return latest.clone();
    }

    /** The number of updates the latest θ is after. */
    public synchronized long latestStep() {
        return latestStep;
    }
}
