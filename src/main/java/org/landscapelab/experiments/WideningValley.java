package org.landscapelab.experiments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.landscapelab.noise.NoiseStreams;
import org.landscapelab.sim.Progress;

/**
 * Anti-PGD's widening valley (Orvieto et al. 2022): L(u, v) = ½·v²·‖u‖², u ∈ R^d, v ∈ R, whose
 * minima v = 0 are flatter the smaller ‖u‖ (Tr ∇²L = d·v² + ‖u‖²). From u = (√D, 0, …, 0), v = 0 (a
 * critical point) with step η = α/(2D), GD stays put, PGD adds ξ_k and Anti-PGD ξ_k − ξ_{k−1}, with
 * independent coordinates ±σ (Rademacher, or Gaussian with that standard deviation) and
 * σ² = min(α³D/2, D/(8α), αD/(2d)). Each run's noise comes from the stream (seed, run), and PGD and
 * Anti-PGD of one run see the same ξ (common random numbers).
 */
public final class WideningValley {
    public enum Method {
        GD("gd"), PGD("pgd"), ANTI_PGD("anti-pgd");

        public final String label;

        Method(String label) {
            this.label = label;
        }
    }

    public enum Perturbation {
        RADEMACHER("rademacher"), GAUSSIAN("gaussian");

        public final String label;

        Perturbation(String label) {
            this.label = label;
        }
    }

    /** The statistics of each row: the Hessian's trace and ‖u‖². */
    public static final List<String> STATISTICS = List.of("trace", "u2");

    public record Settings(int dim, double scale, double alpha, int runs, int steps, int every, Perturbation noise, long seed) {
        public static final int MAX_DIM = 100_000;

        public Settings {
            Checks.inRange("dim", dim, 1, MAX_DIM);
            Checks.positive("scale", scale);
            Checks.positive("alpha", alpha);
            Checks.inRange("runs", runs, 1, Checks.MAX_RUNS);
            Checks.inRange("steps", steps, 1, Integer.MAX_VALUE);
            Checks.inRange("every", every, 1, steps);
            Checks.checkpoints(steps, every);
            if (noise == null) throw new SettingException("noise", "must be rademacher or gaussian");
        }

        /** η = α/(2D): the largest curvature at the start, ‖u‖² = D, times η is α/2. */
        public double lr() {
            return alpha / (2 * scale);
        }

        /** σ² = min(α³D/2, D/(8α), αD/(2d)). */
        public double noiseVariance() {
            return Math.min(Math.min(alpha * alpha * alpha * scale / 2, scale / (8 * alpha)), alpha * scale / (2 * dim));
        }

        public double sigma() {
            return Math.sqrt(noiseVariance());
        }

        public int checkpoints() {
            return Checks.checkpoints(steps, every);
        }

        /** The experiment and every value that changes its numbers. */
        public String describe() {
            return String.format(Locale.ROOT, "widening-valley dim=%d scale=%s alpha=%s runs=%d steps=%d every=%d noise=%s seed=%d",
                    dim, scale, alpha, runs, steps, every, noise.label, seed);
        }
    }

    private WideningValley() {}

    /** The table of one shard (or, with {@link Shard#ALL}, of the whole run): one row per method and checkpoint. */
    public static ExperimentTable run(Settings s, Shard shard, int threads, Progress progress) {
        int size = shard.size(s.runs());
        Checks.work(String.format(Locale.ROOT, "%,d runs × %,d steps × %,d coordinates × 3 methods", size, s.steps(), s.dim() + 1),
                (double) size * s.steps() * (s.dim() + 1) * 3);
        Checks.kept(size, 3L * 2 * s.checkpoints());
        int[] runs = shard.runs(s.runs());
        List<double[][][]> perRun = RunPool.map(runs, threads, progress, k -> run(s, k));
        int points = s.checkpoints();
        List<TableRow> rows = new ArrayList<>();
        for (Method m : Method.values()) {
            for (int c = 0; c < points; c++) {
                Moments trace = Moments.EMPTY;
                Moments u2 = Moments.EMPTY;
                for (double[][][] r : perRun) {
                    trace = trace.add(r[m.ordinal()][c][0]);
                    u2 = u2.add(r[m.ordinal()][c][1]);
                }
                String step = Integer.toString(Checks.checkpointStep(c, s.steps(), s.every()));
                rows.add(new TableRow(List.of(m.label, step), runs.length, List.of(trace, u2), null));
            }
        }
        return new ExperimentTable(s.describe(), shard, rows);
    }

    /** Run k: [method][checkpoint] = {trace, ‖u‖²}. */
    static double[][][] run(Settings s, int k) {
        double[][][] out = new double[Method.values().length][][];
        for (Method m : Method.values()) out[m.ordinal()] = path(s, m, k);
        return out;
    }

    /** One method's run k: {trace, ‖u‖²} at each checkpoint. */
    static double[][] path(Settings s, Method method, int k) {
        int d = s.dim();
        double lr = s.lr();
        double sigma = s.sigma();
        double[] u = new double[d];
        u[0] = Math.sqrt(s.scale());
        double v = 0;
        Noise noise = new Noise(new NoiseStreams(s.seed()).stream(k, 0), s.noise(), sigma);
        double[] previous = new double[d + 1];
        double[] xi = new double[d + 1];
        noise.fill(previous); // ξ_0, so that Anti-PGD's first perturbation is ξ_1 − ξ_0 like every other
        double[][] out = new double[s.checkpoints()][];
        int c = 0;
        for (int step = 0; ; step++) {
            double uu = 0;
            for (int i = 0; i < d; i++) uu += u[i] * u[i];
            if (step == Checks.checkpointStep(c, s.steps(), s.every())) {
                out[c++] = new double[] {d * v * v + uu, uu};
                if (c == out.length) return out;
            }
            // ∂L/∂u = v²·u, ∂L/∂v = v·‖u‖², both at the old point.
            double shrink = 1 - lr * v * v;
            v -= lr * v * uu;
            for (int i = 0; i < d; i++) u[i] *= shrink;
            if (method == Method.GD) continue;
            noise.fill(xi);
            if (method == Method.PGD) {
                for (int i = 0; i < d; i++) u[i] += xi[i];
                v += xi[d];
            } else {
                for (int i = 0; i < d; i++) u[i] += xi[i] - previous[i];
                v += xi[d] - previous[d];
                double[] t = previous;
                previous = xi;
                xi = t;
            }
        }
    }

    /** ξ_k: independent coordinates ±σ or N(0, σ²). */
    private static final class Noise {
        private final RandomGenerator random;
        private final Perturbation kind;
        private final double sigma;
        private long bits;
        private int bitsLeft;

        Noise(RandomGenerator random, Perturbation kind, double sigma) {
            this.random = random;
            this.kind = kind;
            this.sigma = sigma;
        }

        void fill(double[] xi) {
            if (kind == Perturbation.GAUSSIAN) {
                for (int i = 0; i < xi.length; i++) xi[i] = sigma * random.nextGaussian();
                return;
            }
            for (int i = 0; i < xi.length; i++) {
                if (bitsLeft == 0) {
                    bits = random.nextLong();
                    bitsLeft = 64;
                }
                xi[i] = (bits & 1) == 0 ? sigma : -sigma; // one random bit per sign
                bits >>>= 1;
                bitsLeft--;
            }
        }
    }
}
