package org.landscapelab.sim;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.landscapelab.landscape.Point;

/**
 * What an ensemble gave: per particle its start, escape step (-1: never), divergence step (-1:
 * never) and final point; and, if asked for, snapshots of all positions for animation.
 */
public final class EnsembleResult {
    private final EnsembleSpec spec;
    private final double[] startX;
    private final double[] startY;
    private final int[] escapeStep;
    private final int[] divergedAt;
    private final double[] finalX;
    private final double[] finalY;
    private final double[] finalValue;
    private final int[] frameSteps;
    private final float[][] frames;

    /** Empty slots for every particle and frame, filled by a {@link Builder}. */
    private EnsembleResult(EnsembleSpec spec) {
        this.spec = spec;
        int n = spec.particles();
        startX = new double[n];
        startY = new double[n];
        escapeStep = new int[n];
        divergedAt = new int[n];
        finalX = new double[n];
        finalY = new double[n];
        finalValue = new double[n];
        int steps = spec.run().steps();
        int count = Math.min(spec.frames(), steps + 1);
        frameSteps = count == 0 ? new int[0] : count == 1 ? new int[] {0}
                : IntStream.range(0, count).map(i -> (int) Math.round((double) i * steps / (count - 1))).distinct().toArray();
        frames = new float[frameSteps.length][];
        for (int f = 0; f < frames.length; f++) {
            frames[f] = new float[2 * n];
            Arrays.fill(frames[f], Float.NaN);
        }
    }

    public EnsembleSpec spec() { return spec; }

    public int particles() { return escapeStep.length; }

    public Point start(int i) { return new Point(startX[i], startY[i]); }

    /** First step at which particle i had escaped, or -1. */
    public int escapeStep(int i) { return escapeStep[i]; }

    /** Step at which particle i diverged, or -1. */
    public int divergedAt(int i) { return divergedAt[i]; }

    public double finalX(int i) { return finalX[i]; }

    public double finalY(int i) { return finalY[i]; }

    public double finalValue(int i) { return finalValue[i]; }

    /** The escape steps of the particles that escaped, in particle order. */
    public double[] escapeTimes() {
        return Arrays.stream(escapeStep).filter(s -> s >= 0).asDoubleStream().toArray();
    }

    public long diverged() {
        return Arrays.stream(divergedAt).filter(s -> s >= 0).count();
    }

    /** Statistics of the escape steps, with how many particles never escaped within the run. */
    public EscapeSummary escapeSummary() {
        return EscapeSummary.of(escapeTimes(), particles(), diverged());
    }

    /** The steps at which positions were recorded. */
    public int[] frameSteps() { return frameSteps.clone(); }

    /** Positions of all particles at frame f, as x0, y0, x1, y1, ... (NaN once a particle has diverged). */
    public float[] frame(int f) { return frames[f].clone(); }

    public int frames() { return frames.length; }

    /**
     * Collects results from worker threads; each particle writes only its own slots. The result is
     * handed out by {@link #build()} once the workers are done (their join orders the writes).
     */
    static final class Builder {
        private final EnsembleResult r;

        Builder(EnsembleSpec spec) {
            r = new EnsembleResult(spec);
        }

        int[] frameSteps() { return r.frameSteps; }

        void start(int i, Point p) {
            r.startX[i] = p.x();
            r.startY[i] = p.y();
        }

        void frame(int f, int i, double x, double y) {
            r.frames[f][2 * i] = (float) x;
            r.frames[f][2 * i + 1] = (float) y;
        }

        void finish(int i, int escaped, int diverged, double x, double y, double value) {
            r.escapeStep[i] = escaped;
            r.divergedAt[i] = diverged;
            r.finalX[i] = x;
            r.finalY[i] = y;
            r.finalValue[i] = value;
        }

        EnsembleResult build() {
            return r;
        }
    }
}
