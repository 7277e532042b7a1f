package org.landscapelab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.landscapelab.experiments.BnDecoupling;
import org.landscapelab.experiments.ExperimentTable;
import org.landscapelab.experiments.FpgdEscape;
import org.landscapelab.experiments.SettingException;
import org.landscapelab.experiments.Shard;
import org.landscapelab.experiments.WideningValley;
import org.landscapelab.sim.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The papers' own experiments, headless: seeded, parallel over runs, sharded across machines with --shard and merge. */
@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = {"The seed papers' experiments beyond two dimensions, as CSV with means and standard errors over seeded runs.",
                "Run k draws only from the stream (seed, k), so --shard K/N (the runs k with k mod N = K) on N machines, then "
                        + "'experiment merge' of the N shard files, gives the whole run's numbers (to round-off, 1e-12 relative)."},
        footer = {"", "A sweep as a Slurm array job of 16 shards (any batch system with a task index works the same way):",
                "  #SBATCH --array=0-15",
                "  java -jar landscape-lab.jar experiment fpgd-escape --runs 100000 --seed 1 \\",
                "      --shard $${SLURM_ARRAY_TASK_ID}/16 --out fpgd-$${SLURM_ARRAY_TASK_ID}.csv",
                "then, once all have finished:",
                "  java -jar landscape-lab.jar experiment merge fpgd-*.csv --out fpgd.csv",
                "A shard file has the experiment's columns, then shard_runs, shard_n_S, shard_mean_S, shard_m2_S per statistic S "
                        + "(count, mean, sum of squared deviations), shard_escape_steps (fpgd-escape: step:count …), shard (K/N) and settings."},
        subcommands = {ExperimentCommand.WideningValleyCommand.class, ExperimentCommand.FpgdEscapeCommand.class,
            ExperimentCommand.BnDecouplingCommand.class, ExperimentCommand.MergeCommand.class})
final class ExperimentCommand implements Runnable {
    @Override
    public void run() {
        throw new UsageException("missing experiment; one of widening-valley, fpgd-escape, bn-decoupling, merge");
    }

    /** The options every experiment takes. */
    static final class Common {
        @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "Seed of all random draws (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--shard", paramLabel = "K/N", description = "Only the runs k with k mod N = K, with the columns 'experiment merge' needs.")
        String shard;

        @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: the number of cores). The numbers do not depend on it.")
        Integer threads;

        @Option(names = "--out", paramLabel = "FILE.csv", description = "Write the CSV to this file (atomically) instead of printing it.")
        String out;

        @Option(names = "--plot", paramLabel = "FILE.png", description = "Also draw the experiment's chart (means ± 1 SE) to this PNG, SVG or PDF file.")
        String plot;

        Shard shard() {
            if (shard == null) return Shard.ALL;
            try {
                return Shard.parse(shard);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--shard: " + e.getMessage());
            }
        }

        int threads() {
            int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            if (t < 1 || t > 256) throw new UsageException("--threads must be in [1, 256], got " + t);
            return t;
        }

        /** Checks the options, runs the experiment and writes its CSV; a bad setting is one error line naming its option. */
        int run(CommandSpec spec, ExperimentCsv format, Supplier<Runner> settings) {
            Shard s = shard();
            int t = threads();
            Path path = CsvOut.option(out);
            Path plotPath = ExperimentPlot.option(plot);
            Runner runner;
            try {
                runner = settings.get();
            } catch (SettingException e) {
                throw new UsageException("--" + e.getMessage());
            }
            PrintWriter err = spec.commandLine().getErr();
            ExperimentTable table;
            try {
                table = runner.run(s, t, ProgressLine.onStderr(err, format.name, "runs"));
            } catch (SettingException e) {
                throw new UsageException("--" + e.getMessage());
            }
            CsvOut.write(spec.commandLine().getOut(), path, lines -> format.write(table, shard != null, lines));
            ExperimentPlot.write(plotPath, table);
            if (!runner.note().isEmpty()) err.println(runner.note());
            if (ExperimentCsv.hasUndefinedCells(table)) {
                err.println("note: some runs ended where a value is not a finite number (an overflow); their means and standard errors are left empty");
            }
            return 0;
        }
    }

    /** An experiment with its settings checked, ready to run a shard. */
    interface Runner {
        ExperimentTable run(Shard shard, int threads, Progress progress);

        /** A line for stderr after the CSV (the step sizes an experiment derived), or "". */
        default String note() {
            return "";
        }
    }

    @Command(name = "widening-valley", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Anti-PGD's widening valley (Orvieto et al. 2022): L(u, v) = ½·v²·‖u‖², u in R^d, from u = (√D, 0, …), v = 0, "
                    + "step η = α/(2D), perturbations ±σ per coordinate with σ² = min(α³D/2, D/(8α), αD/(2d)); GD, PGD (+ξ_k) and "
                    + "Anti-PGD (+ξ_k − ξ_{k−1}). CSV: method,step,mean_trace,se_trace,mean_u2,se_u2 with trace = d·v² + ‖u‖²."})
    static final class WideningValleyCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--dim", paramLabel = "d", defaultValue = "32", description = "Dimension of u (default: ${DEFAULT-VALUE}).")
        int dim;

        @Option(names = "--scale", paramLabel = "D", defaultValue = "100", description = "‖u‖² at the start (default: ${DEFAULT-VALUE}).")
        double scale;

        @Option(names = "--alpha", paramLabel = "α", defaultValue = "0.25", description = "Step η = α/(2D) (default: ${DEFAULT-VALUE}).")
        double alpha;

        @Option(names = "--runs", paramLabel = "R", defaultValue = "200", description = "Independent runs (default: ${DEFAULT-VALUE}).")
        int runs;

        @Option(names = "--steps", paramLabel = "N", defaultValue = "200000", description = "Steps per run (default: ${DEFAULT-VALUE}).")
        int steps;

        @Option(names = "--every", paramLabel = "K", defaultValue = "25000", description = "A row every K steps (default: ${DEFAULT-VALUE}).")
        int every;

        @Option(names = "--noise", paramLabel = "KIND", defaultValue = "rademacher", description = "rademacher (±σ) or gaussian (default: ${DEFAULT-VALUE}).")
        String noise;

        @Mixin
        Common common;

        @Override
        public Integer call() {
            return common.run(spec, ExperimentCsv.WIDENING_VALLEY, () -> {
                WideningValley.Settings s = new WideningValley.Settings(dim, scale, alpha, runs, steps, every, perturbation(), common.seed);
                return new Runner() {
                    @Override
                    public ExperimentTable run(Shard shard, int threads, Progress progress) {
                        return WideningValley.run(s, shard, threads, progress);
                    }

                    @Override
                    public String note() {
                        return String.format(Locale.ROOT, "widening-valley: η = %s, σ = %s (σ² = %s)",
                                Csv.number(s.lr()), Csv.number(s.sigma()), Csv.number(s.noiseVariance()));
                    }
                };
            });
        }

        private WideningValley.Perturbation perturbation() {
            for (WideningValley.Perturbation p : WideningValley.Perturbation.values()) if (p.label.equals(noise)) return p;
            throw new UsageException("--noise must be rademacher or gaussian, got '" + noise + "'");
        }
    }

    @Command(name = "fpgd-escape", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"fPGD's escape from a strict saddle in d dimensions (Lucchi et al. 2022): f = ½·xᵀ·diag(−γ, λ, …, λ)·x "
                    + "(or the quartic saddle −γx₁²/2 + x₁⁴/4 + ½λ·Σ x_i²), x_{k+1} = x_k − η∇f(x_k) + σ·(B_H((k+1)η) − B_H(kη)) from 0, "
                    + "escape = first step with ‖x‖ > r. CSV: hurst,dim,runs,escaped,mean_escape_step,se,median_escape_step "
                    + "(over the runs that escaped within --max-steps)."})
    static final class FpgdEscapeCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--dim", paramLabel = "d", defaultValue = "10", description = "Dimension (default: ${DEFAULT-VALUE}).")
        int dim;

        @Option(names = "--hurst", paramLabel = "H,…", defaultValue = "0.2,0.35,0.5,0.65,0.8", description = "Hurst indices (default: ${DEFAULT-VALUE}).")
        String hurst;

        @Option(names = "--runs", paramLabel = "R", defaultValue = "200", description = "Runs per Hurst index (default: ${DEFAULT-VALUE}).")
        int runs;

        @Option(names = "--radius", paramLabel = "r", defaultValue = "1", description = "Escaped once ‖x‖ > r (default: ${DEFAULT-VALUE}).")
        double radius;

        @Option(names = "--gamma", paramLabel = "γ", defaultValue = "1", description = "The negative eigenvalue is −γ (default: ${DEFAULT-VALUE}).")
        double gamma;

        @Option(names = "--lambda", paramLabel = "λ", defaultValue = "1", description = "The other eigenvalues (default: ${DEFAULT-VALUE}).")
        double lambda;

        @Option(names = "--lr", paramLabel = "η", defaultValue = "0.01", description = "Step size, also the time step of the fBM (default: ${DEFAULT-VALUE}).")
        double lr;

        @Option(names = "--sigma", paramLabel = "σ", defaultValue = "0.1", description = "Noise scale (default: ${DEFAULT-VALUE}).")
        double sigma;

        @Option(names = "--max-steps", paramLabel = "N", defaultValue = "10000", description = "Steps before a run counts as not escaped (default: ${DEFAULT-VALUE}).")
        int maxSteps;

        @Option(names = "--saddle", paramLabel = "KIND", defaultValue = "quadratic", description = "quadratic or quartic (default: ${DEFAULT-VALUE}).")
        String saddle;

        @Mixin
        Common common;

        @Override
        public Integer call() {
            return common.run(spec, ExperimentCsv.FPGD_ESCAPE, () -> {
                FpgdEscape.Settings s = new FpgdEscape.Settings(dim, FpgdEscape.hursts(hurst), runs, radius, gamma, lambda, lr, sigma, maxSteps,
                        saddleKind(), common.seed);
                return (shard, threads, progress) -> FpgdEscape.run(s, shard, threads, progress);
            });
        }

        private FpgdEscape.Saddle saddleKind() {
            for (FpgdEscape.Saddle k : FpgdEscape.Saddle.values()) if (k.label.equals(saddle)) return k;
            throw new UsageException("--saddle must be quadratic or quartic, got '" + saddle + "'");
        }
    }

    @Command(name = "bn-decoupling", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Batch norm as length–direction decoupling (Kohler et al. 2019): GD on w against GD on w = g·u/‖u‖ from the "
                    + "same start, on least squares and logistic regression over seeded data sets (features with variances from 1 to "
                    + "--condition). CSV: problem,parametrization,step,lr_w,lr_g,lr_u,mean_loss,se_loss,mean_direction_lr,se_direction_lr; "
                    + "direction_lr is the direction's effective step: lr_w for plain GD, lr_u·g²/‖u‖² decoupled."})
    static final class BnDecouplingCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--problem", paramLabel = "P,…", defaultValue = "least-squares,logistic", description = "least-squares, logistic or both (default: ${DEFAULT-VALUE}).")
        String problem;

        @Option(names = "--samples", paramLabel = "n", defaultValue = "100", description = "Data points (default: ${DEFAULT-VALUE}).")
        int samples;

        @Option(names = "--features", paramLabel = "p", defaultValue = "10", description = "Features (default: ${DEFAULT-VALUE}).")
        int features;

        @Option(names = "--condition", paramLabel = "κ", defaultValue = "10", description = "Ratio of the largest to the smallest feature variance (default: ${DEFAULT-VALUE}).")
        double condition;

        @Option(names = "--runs", paramLabel = "R", defaultValue = "20", description = "Data sets and starts (default: ${DEFAULT-VALUE}).")
        int runs;

        @Option(names = "--steps", paramLabel = "N", defaultValue = "1000", description = "Steps (default: ${DEFAULT-VALUE}).")
        int steps;

        @Option(names = "--every", paramLabel = "K", defaultValue = "50", description = "A row every K steps (default: ${DEFAULT-VALUE}).")
        int every;

        @Option(names = "--lr", paramLabel = "η", defaultValue = "0.05", description = "Step of GD on w (default: ${DEFAULT-VALUE}).")
        double lr;

        @Option(names = "--lr-g", paramLabel = "η_g", description = "Step on the length g (default: --lr).")
        Double lrG;

        @Option(names = "--lr-u", paramLabel = "η_u", description = "Step on the direction u (default: --lr).")
        Double lrU;

        @Mixin
        Common common;

        @Override
        public Integer call() {
            return common.run(spec, ExperimentCsv.BN_DECOUPLING, () -> {
                List<BnDecoupling.Problem> problems = java.util.Arrays.stream(problem.split(",", -1)).map(String::trim).map(BnDecoupling.Problem::of).toList();
                BnDecoupling.Settings s = new BnDecoupling.Settings(problems, samples, features, condition, runs, steps, every, lr,
                        lrG == null ? lr : lrG, lrU == null ? lr : lrU, common.seed);
                return (shard, threads, progress) -> BnDecoupling.run(s, shard, threads, progress);
            });
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = {"Combine the shard files 0/N … N−1/N of one experiment (written with --shard K/N) into the CSV of the whole run: "
                    + "counts add, means and standard errors combine exactly (Chan et al.), medians come from the escape steps."})
    static final class MergeCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "The shard files, in any order.")
        List<String> files;

        @Option(names = "--out", paramLabel = "FILE.csv", description = "Write the CSV to this file (atomically) instead of printing it.")
        String out;

        @Option(names = "--plot", paramLabel = "FILE.png", description = "Also draw the whole run's chart (means ± 1 SE) to this PNG, SVG or PDF file.")
        String plot;

        @Override
        public Integer call() {
            Path path = CsvOut.option(out);
            Path plotPath = ExperimentPlot.option(plot);
            Map<String, ExperimentTable> shards = new LinkedHashMap<>();
            ExperimentCsv format = null;
            for (String file : files) {
                List<String> lines = read(file);
                ExperimentCsv f = ExperimentCsv.ofShardHeader(ExperimentCsv.split(lines.get(0), file + ": line 1: "));
                if (f == null) {
                    throw new UsageException(file + ": not a shard file of an experiment (its header is not that of "
                            + "'experiment widening-valley|fpgd-escape|bn-decoupling --shard K/N')");
                }
                if (format != null && f != format) throw new UsageException(file + ": a shard of " + f.name + ", but " + files.get(0) + " is one of " + format.name);
                format = f;
                if (shards.containsKey(file)) throw new UsageException(file + ": given twice");
                shards.put(file, f.readShard(file, lines));
            }
            ExperimentTable whole;
            try {
                whole = ExperimentTable.merge(shards);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            ExperimentCsv f = format;
            CsvOut.write(spec.commandLine().getOut(), path, lines -> f.write(whole, false, lines));
            ExperimentPlot.write(plotPath, whole);
            return 0;
        }

        private static List<String> read(String file) {
            try {
                Path p = Path.of(file);
                if (Files.isDirectory(p)) throw new UsageException(file + ": is a directory, not a shard file");
                long size = Files.size(p);
                if (size > ExperimentCsv.MAX_SHARD_FILE_BYTES) {
                    throw new UsageException(String.format(Locale.ROOT, "%s: %,d bytes is more than the limit of %,d for a shard file",
                            file, size, ExperimentCsv.MAX_SHARD_FILE_BYTES));
                }
                List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
                if (lines.isEmpty()) throw new UsageException(file + ": empty, not a shard file");
                return lines;
            } catch (NoSuchFileException e) {
                throw new UsageException(file + ": no such file");
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new UsageException(file + ": not a text (UTF-8) file");
            } catch (IOException | java.nio.file.InvalidPathException e) {
                throw new UsageException(file + ": cannot read: " + e.getMessage());
            }
        }
    }
}
