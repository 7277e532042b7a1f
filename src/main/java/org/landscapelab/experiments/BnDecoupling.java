package org.landscapelab.experiments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.landscapelab.noise.NoiseStreams;
import org.landscapelab.optim.Vectors;
import org.landscapelab.sim.Progress;

/**
 * Batch norm as length–direction decoupling (Kohler et al. 2019): gradient descent on least squares
 * or logistic regression, once on the weights w and once on w = g·u/‖u‖ (batch norm's length g and
 * direction u), from the same start w_0 = g_0·u_0/‖u_0‖ with u_0 = w_0, g_0 = ‖w_0‖. Because the
 * loss does not change with ‖u‖, ∇_u L ⟂ u: each step lengthens u (‖u'‖² = ‖u‖² + η_u²‖∇_u L‖²), so
 * the direction's effective step η_u·g²/‖u‖² adapts by itself while g is fitted apart. Run k draws its
 * data set (features with variances from 1 to the condition number, a planted w*) and its start from
 * the stream (seed, k).
 */
public final class BnDecoupling {
    public enum Problem {
        LEAST_SQUARES("least-squares"), LOGISTIC("logistic");

        public final String label;

        Problem(String label) {
            this.label = label;
        }

        public static Problem of(String label) {
            for (Problem p : values()) if (p.label.equals(label)) return p;
            throw new SettingException("problem", "must be least-squares or logistic, got '" + label + "'");
        }
    }

    public enum Parametrization {
        PLAIN("plain"), DECOUPLED("decoupled");

        public final String label;

        Parametrization(String label) {
            this.label = label;
        }
    }

    /** The loss, and the direction's effective step (η_w for plain GD, η_u·g²/‖u‖² decoupled). */
    public static final List<String> STATISTICS = List.of("loss", "direction_lr");

    public record Settings(List<Problem> problems, int samples, int features, double condition, int runs, int steps, int every,
                           double lr, double lrG, double lrU, long seed) {
        public static final int MAX_SAMPLES = 1_000_000;
        public static final int MAX_FEATURES = 10_000;

        public Settings {
            if (problems.isEmpty()) throw new SettingException("problem", "needs least-squares, logistic or both");
            problems = List.copyOf(problems);
            if (problems.stream().distinct().count() < problems.size()) throw new SettingException("problem", "lists a problem twice");
            Checks.inRange("samples", samples, 1, MAX_SAMPLES);
            Checks.inRange("features", features, 1, MAX_FEATURES);
            if (!(condition >= 1 && Double.isFinite(condition))) throw new SettingException("condition", "must be a finite number >= 1, got " + condition);
            Checks.inRange("runs", runs, 1, Checks.MAX_RUNS);
            Checks.inRange("steps", steps, 1, Integer.MAX_VALUE);
            Checks.inRange("every", every, 1, steps);
            Checks.checkpoints(steps, every);
            Checks.positive("lr", lr);
            Checks.positive("lr-g", lrG);
            Checks.positive("lr-u", lrU);
        }

        public int checkpoints() {
            return Checks.checkpoints(steps, every);
        }

        public String describe() {
            return String.format(Locale.ROOT, "bn-decoupling problem=%s samples=%d features=%d condition=%s runs=%d steps=%d every=%d "
                            + "lr=%s lr-g=%s lr-u=%s seed=%d", problems.stream().map(p -> p.label).collect(Collectors.joining(",")),
                    samples, features, condition, runs, steps, every, lr, lrG, lrU, seed);
        }
    }

    /** One data set: rows x_i of X and targets y_i (±1 for logistic regression), and the start w_0. */
    public record Data(Problem problem, double[][] x, double[] y, double[] start) {}

    private BnDecoupling() {}

    /** One row per problem, parametrization and checkpoint; the step sizes are key cells (empty where they do not apply). */
    public static ExperimentTable run(Settings s, Shard shard, int threads, Progress progress) {
        int size = shard.size(s.runs());
        Checks.work(String.format(Locale.ROOT, "%,d runs × %,d steps × %,d samples × %,d features × %d problems × 2 parametrizations",
                        size, s.steps(), s.samples(), s.features(), s.problems().size()),
                2.0 * size * s.steps() * s.samples() * s.features() * s.problems().size());
        Checks.kept(size, s.problems().size() * 2L * 2 * s.checkpoints());
        int[] runs = shard.runs(s.runs());
        List<double[][][][]> perRun = RunPool.map(runs, threads, progress, k -> {
            double[][][][] r = new double[s.problems().size()][][][];
            for (int p = 0; p < r.length; p++) {
                Data data = data(s, s.problems().get(p), k);
                r[p] = new double[][][] {descend(s, data, Parametrization.PLAIN), descend(s, data, Parametrization.DECOUPLED)};
            }
            return r;
        });
        List<TableRow> rows = new ArrayList<>();
        for (int p = 0; p < s.problems().size(); p++) {
            for (Parametrization z : Parametrization.values()) {
                boolean plain = z == Parametrization.PLAIN;
                for (int c = 0; c < s.checkpoints(); c++) {
                    Moments loss = Moments.EMPTY;
                    Moments directionLr = Moments.EMPTY;
                    for (double[][][][] r : perRun) {
                        loss = loss.add(r[p][z.ordinal()][c][0]);
                        directionLr = directionLr.add(r[p][z.ordinal()][c][1]);
                    }
                    List<String> key = List.of(s.problems().get(p).label, z.label, Integer.toString(Checks.checkpointStep(c, s.steps(), s.every())),
                            plain ? String.valueOf(s.lr()) : "", plain ? "" : String.valueOf(s.lrG()), plain ? "" : String.valueOf(s.lrU()));
                    rows.add(new TableRow(key, runs.length, List.of(loss, directionLr), null));
                }
            }
        }
        return new ExperimentTable(s.describe(), shard, rows);
    }

    /**
     * Run k's data set: z_ij ~ N(0, 1), x_ij = κ^{j/(2(p−1))}·z_ij (feature variances from 1 to κ),
     * w* ~ N(0, I); y = Xw* + 0.1·ε for least squares, y = sign(x·w* + 0.5·ε) for logistic regression;
     * the start w_0 ~ N(0, I). The same X and start for both problems.
     */
    public static Data data(Settings s, Problem problem, int run) {
        RandomGenerator random = new NoiseStreams(s.seed()).stream(run, 0);
        int n = s.samples();
        int p = s.features();
        double[][] x = new double[n][p];
        for (int j = 0; j < p; j++) {
            double scale = p == 1 ? 1 : Math.pow(s.condition(), j / (2.0 * (p - 1)));
            for (int i = 0; i < n; i++) x[i][j] = scale * random.nextGaussian();
        }
        double[] planted = new double[p];
        for (int j = 0; j < p; j++) planted[j] = random.nextGaussian();
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double noise = random.nextGaussian();
            double clean = Vectors.dot(x[i], planted);
            y[i] = problem == Problem.LEAST_SQUARES ? clean + 0.1 * noise : (clean + 0.5 * noise > 0 ? 1 : -1);
        }
        double[] start = new double[p];
        for (int j = 0; j < p; j++) start[j] = random.nextGaussian();
        return new Data(problem, x, y, start);
    }

    /** {loss, effective direction step} at each checkpoint of GD in one parametrization. */
    static double[][] descend(Settings s, Data data, Parametrization z) {
        double[][] out = new double[s.checkpoints()][];
        int c = 0;
        double[] w = data.start().clone();
        double g = Vectors.norm(w);
        double[] u = w.clone();
        for (int step = 0; ; step++) {
            if (z == Parametrization.DECOUPLED) w = weights(g, u);
            double[] grad = new double[w.length];
            double loss = lossAndGradient(data, w, grad);
            if (step == Checks.checkpointStep(c, s.steps(), s.every())) {
                double ratio = g / Vectors.norm(u); // exactly 1 at the start, where g = ‖u‖
                out[c++] = new double[] {loss, z == Parametrization.PLAIN ? s.lr() : s.lrU() * ratio * ratio};
                if (c == out.length) return out;
            }
            if (z == Parametrization.PLAIN) {
                for (int j = 0; j < w.length; j++) w[j] -= s.lr() * grad[j];
            } else {
                double[] gu = decoupledGradient(g, u, grad);
                g -= s.lrG() * gu[0];
                for (int j = 0; j < u.length; j++) u[j] -= s.lrU() * gu[j + 1];
            }
        }
    }

    /** w = g·u/‖u‖. */
    public static double[] weights(double g, double[] u) {
        double scale = g / Vectors.norm(u);
        double[] w = new double[u.length];
        for (int j = 0; j < u.length; j++) w[j] = scale * u[j];
        return w;
    }

    /**
     * {∂L/∂g, ∂L/∂u_1, …} from ∇_w L at w = g·u/‖u‖: ∂L/∂g = û·∇_w L and
     * ∇_u L = (g/‖u‖)(∇_w L − (û·∇_w L)·û), orthogonal to u.
     */
    public static double[] decoupledGradient(double g, double[] u, double[] gradW) {
        double length = Vectors.norm(u);
        double along = Vectors.dot(u, gradW) / length;
        double[] out = new double[u.length + 1];
        out[0] = along;
        for (int j = 0; j < u.length; j++) out[j + 1] = g / length * (gradW[j] - along * u[j] / length);
        return out;
    }

    /**
     * The loss at w, writing ∇_w L into {@code grad}: (1/2n)·‖Xw − y‖² for least squares,
     * (1/n)·Σ log(1 + exp(−y_i·x_i·w)) for logistic regression.
     */
    public static double lossAndGradient(Data data, double[] w, double[] grad) {
        int n = data.x().length;
        java.util.Arrays.fill(grad, 0);
        double loss = 0;
        for (int i = 0; i < n; i++) {
            double[] xi = data.x()[i];
            double margin = Vectors.dot(xi, w);
            double weight;
            if (data.problem() == Problem.LEAST_SQUARES) {
                double r = margin - data.y()[i];
                loss += 0.5 * r * r;
                weight = r;
            } else {
                double m = data.y()[i] * margin;
                loss += m > 0 ? Math.log1p(Math.exp(-m)) : -m + Math.log1p(Math.exp(m)); // log(1 + e^{−m}) without overflow
                weight = -data.y()[i] / (1 + Math.exp(m)); // d/dmargin of log(1 + e^{−y·margin})
            }
            for (int j = 0; j < w.length; j++) grad[j] += weight * xi[j];
        }
        for (int j = 0; j < w.length; j++) grad[j] /= n;
        return loss / n;
    }
}
