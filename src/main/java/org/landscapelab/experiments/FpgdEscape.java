package org.landscapelab.experiments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.landscapelab.noise.FractionalGaussianNoise;
import org.landscapelab.noise.IncrementSampler;
import org.landscapelab.noise.NoiseCatalog;
import org.landscapelab.noise.NoiseStreams;
import org.landscapelab.sim.Progress;

/**
 * fPGD's escape from a strict saddle in d dimensions (Lucchi et al. 2022): from the origin,
 * x_{k+1} = x_k − η∇f(x_k) + σ·(B_H((k+1)η) − B_H(kη)) with an independent fractional Brownian
 * motion per coordinate; the escape step is the first k with ‖x_k‖ > r. The saddle is
 * f(x) = ½·xᵀ·diag(−γ, λ, …, λ)·x, or the quartic saddle −γx₁²/2 + x₁⁴/4 + ½λ·Σ_{i>1} x_i², whose
 * minima ±√γ keep the escape bounded. Both are separable, so each coordinate is its own
 * one-dimensional recursion and only ‖x_k‖² is kept across coordinates. Coordinate i of run k draws
 * from the stream (seed, k, i), the same for every H.
 */
public final class FpgdEscape {
    public enum Saddle {
        QUADRATIC("quadratic"), QUARTIC("quartic");

        public final String label;

        Saddle(String label) {
            this.label = label;
        }
    }

    public static final List<String> STATISTICS = List.of("escape_step");

    public record Settings(int dim, List<Double> hursts, int runs, double radius, double gamma, double lambda, double lr,
                           double sigma, int maxSteps, Saddle saddle, long seed) {
        public static final int MAX_DIM = 100_000;
        /** Each coordinate's path of fractional Gaussian noise is drawn whole: 2^20 steps take 32 MB per thread. */
        public static final int MAX_STEPS = 1 << 20;
        public static final int MAX_HURSTS = 100;

        public Settings {
            Checks.inRange("dim", dim, 1, MAX_DIM);
            if (hursts.isEmpty() || hursts.size() > MAX_HURSTS) {
                throw new SettingException("hurst", "needs 1 to " + MAX_HURSTS + " values, got " + hursts.size());
            }
            hursts = List.copyOf(hursts);
            for (double h : hursts) {
                try {
                    NoiseCatalog.HURST.check(h);
                } catch (IllegalArgumentException e) {
                    throw new SettingException("hurst", e.getMessage().substring("hurst ".length()));
                }
            }
            if (hursts.stream().distinct().count() < hursts.size()) throw new SettingException("hurst", "lists a value twice: " + hursts);
            Checks.inRange("runs", runs, 1, Checks.MAX_RUNS);
            Checks.positive("radius", radius);
            Checks.positive("gamma", gamma);
            Checks.positive("lambda", lambda);
            Checks.positive("lr", lr);
            Checks.nonNegative("sigma", sigma);
            Checks.inRange("max-steps", maxSteps, 1, MAX_STEPS);
            if (saddle == null) throw new SettingException("saddle", "must be quadratic or quartic");
            double curvature = Math.max(lambda, saddle == Saddle.QUARTIC ? 2 * gamma : 0);
            if (!(lr * curvature < 2)) {
                throw new SettingException("lr", String.format(Locale.ROOT,
                        "must be below 2/%s = %s so that gradient descent is stable in the stable directions, got %s",
                        saddle == Saddle.QUARTIC && 2 * gamma > lambda ? "(2·gamma)" : "lambda", 2 / curvature, lr));
            }
            if (saddle == Saddle.QUARTIC && !(radius < Math.sqrt(gamma))) {
                throw new SettingException("radius", "must be below √gamma = " + Math.sqrt(gamma)
                        + " on the quartic saddle, whose minima lie there, got " + radius);
            }
        }

        public String describe() {
            return String.format(Locale.ROOT, "fpgd-escape dim=%d hurst=%s runs=%d radius=%s gamma=%s lambda=%s lr=%s sigma=%s "
                            + "max-steps=%d saddle=%s seed=%d", dim, hursts.stream().map(String::valueOf).collect(Collectors.joining(",")),
                    runs, radius, gamma, lambda, lr, sigma, maxSteps, saddle.label, seed);
        }
    }

    private FpgdEscape() {}

    /** One row per Hurst index: the runs, their escape steps' moments and distribution. */
    public static ExperimentTable run(Settings s, Shard shard, int threads, Progress progress) {
        int size = shard.size(s.runs());
        int n = s.hursts().size();
        // A path of fGn costs about as much as 20 plain updates per step (an FFT of twice its length).
        Checks.work(String.format(Locale.ROOT, "%,d runs × %,d steps × %,d coordinates × %d Hurst indices × 20 (fGn)",
                size, s.maxSteps(), s.dim(), n), 20.0 * size * s.maxSteps() * s.dim() * n);
        Checks.kept(size, n);
        int[] runs = shard.runs(s.runs());
        IncrementSampler[] samplers = s.hursts().stream()
                .map(h -> new FractionalGaussianNoise(h).sampler(s.maxSteps(), s.lr())).toArray(IncrementSampler[]::new);
        List<int[]> perRun = RunPool.map(runs, threads, progress, k -> {
            int[] steps = new int[n];
            for (int h = 0; h < n; h++) steps[h] = escapeStep(s, samplers[h], k);
            return steps;
        });
        List<TableRow> rows = new ArrayList<>();
        for (int h = 0; h < n; h++) {
            int hh = h;
            int[] escaped = perRun.stream().mapToInt(r -> r[hh]).filter(step -> step > 0).toArray();
            Moments m = Moments.EMPTY;
            for (int step : escaped) m = m.add(step);
            rows.add(new TableRow(List.of(String.valueOf(s.hursts().get(h)), Integer.toString(s.dim())), runs.length, List.of(m),
                    EscapeSteps.of(escaped)));
        }
        return new ExperimentTable(s.describe(), shard, rows);
    }

    /** The first step k with ‖x_k‖ > r, or 0 if run k stays within r for all max-steps steps. */
    static int escapeStep(Settings s, IncrementSampler sampler, int run) {
        double[] norm2 = new double[s.maxSteps() + 1];
        double[] increments = new double[s.maxSteps()];
        double[] x = new double[s.maxSteps() + 1];
        NoiseStreams streams = new NoiseStreams(s.seed());
        for (int i = 0; i < s.dim(); i++) {
            sampler.fill(increments, streams.stream(run, i));
            coordinatePath(s, i, increments, x);
            for (int k = 0; k <= s.maxSteps(); k++) norm2[k] += x[k] * x[k];
        }
        double r2 = s.radius() * s.radius();
        for (int k = 1; k <= s.maxSteps(); k++) if (norm2[k] > r2) return k;
        return 0;
    }

    /** x_0 = 0, …, x_{max-steps} of coordinate i (0 is the unstable one) driven by these unit-scale increments. */
    static void coordinatePath(Settings s, int coordinate, double[] increments, double[] x) {
        double lr = s.lr();
        boolean quartic = s.saddle() == Saddle.QUARTIC;
        x[0] = 0;
        for (int k = 0; k < increments.length; k++) {
            double xk = x[k];
            double gradient = coordinate > 0 ? s.lambda() * xk : quartic ? -s.gamma() * xk + xk * xk * xk : -s.gamma() * xk;
            x[k + 1] = xk - lr * gradient + s.sigma() * increments[k];
        }
    }

    /** x_0, …, x_{max-steps} of coordinate i of run k at Hurst index h: the path {@link #escapeStep} sums. */
    public static double[] coordinatePath(Settings s, double hurst, int run, int coordinate) {
        double[] increments = new FractionalGaussianNoise(hurst).sampler(s.maxSteps(), s.lr()).sample(new NoiseStreams(s.seed()).stream(run, coordinate));
        double[] x = new double[s.maxSteps() + 1];
        coordinatePath(s, coordinate, increments, x);
        return x;
    }

    /** Parses "0.2,0.35,0.5" into Hurst indices, naming the setting on a bad number. */
    public static List<Double> hursts(String text) {
        List<Double> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            try {
                out.add(Double.parseDouble(part.trim()));
            } catch (NumberFormatException e) {
                throw new SettingException("hurst", "has '" + part.trim() + "', which is not a number");
            }
        }
        return out;
    }
}
