package org.landscapelab.cli;

import java.util.ArrayList;
import java.util.List;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Point;
import org.landscapelab.noise.NoiseKind;
import org.landscapelab.noise.NoiseSpec;
import org.landscapelab.optim.OptimizerKind;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.sim.NoiseMode;
import org.landscapelab.sim.RunSpec;
import picocli.CommandLine.Option;

/** The options that define a run, shared by trace, ensemble and render. */
final class RunOptions {
    @Option(names = "--landscape", required = true, paramLabel = "L",
            description = "A catalog name (e.g. himmelblau), a landscape file, or an expression in x and y.")
    String landscape;

    @Option(names = "--domain", paramLabel = "XMIN,XMAX,YMIN,YMAX", description = "Override the landscape's domain.")
    String domain;

    @Option(names = "--optimizer", required = true, paramLabel = "KIND",
            description = "sgd, adam, adamw, rmsprop, adagrad, newton, cubic-newton, saddle-free-newton, pgd, svrg or sarah.")
    String optimizer;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "A hyper-parameter by its PyTorch name, repeatable: --param lr=0.01 --param betas=0.9,0.999 "
                    + "--param nesterov=true; schedules: --param schedule=cosine --param T_max=500.")
    List<String> params = new ArrayList<>();

    @Option(names = "--start", paramLabel = "X,Y", description = "Start point (default: the landscape's first suggested start).")
    String start;

    @Option(names = "--steps", required = true, paramLabel = "N", description = "Number of optimizer steps.")
    int steps;

    @Option(names = "--noise", paramLabel = "KIND", defaultValue = "none",
            description = "none, white, ou, fbm, anti or levy (default: ${DEFAULT-VALUE}).")
    String noise;

    @Option(names = "--noise-mode", paramLabel = "MODE", defaultValue = "iterate",
            description = "iterate: x += sigma*xi after each step (PGD, Anti-PGD, fPGD); gradient: the optimizer "
                    + "sees grad f + sigma*xi/scale (default: ${DEFAULT-VALUE}).")
    String noiseMode;

    @Option(names = "--sigma", paramLabel = "S", description = "Noise scale sigma (default 0.1).")
    Double sigma;

    @Option(names = "--hurst", paramLabel = "H", description = "Hurst index of fbm, in (0, 1) (default 0.5).")
    Double hurst;

    @Option(names = "--theta", paramLabel = "T", description = "Mean-reversion rate of ou, > 0 (default 1).")
    Double theta;

    @Option(names = "--alpha", paramLabel = "A", description = "Stability index of levy, in (0, 2] (default 1.5).")
    Double alpha;

    @Option(names = "--batch-size", paramLabel = "B", defaultValue = "0",
            description = "Rows per minibatch on a finite-sum landscape (0: full gradient).")
    int batchSize;

    @Option(names = "--seed", paramLabel = "K", defaultValue = "0", description = "Seed of all random draws (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--bound", paramLabel = "R",
            description = "A run has diverged once it is farther than R from the domain's centre (default: 100 domain diagonals).")
    Double bound;

    Landscape landscape() {
        return new LandscapeResolver(Cli.catalog()).resolve(landscape, Options.domain("--domain", domain));
    }

    OptimizerSpec optimizerSpec() {
        List<String> assignments = new ArrayList<>(params);
        OptimizerKind kind;
        try {
            kind = OptimizerKind.fromId(optimizer);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--optimizer: " + e.getMessage());
        }
        // SVRG and SARAH sample their own batches: --batch-size is their batch_size.
        if (kind.needsFiniteSum() && batchSize > 0 && params.stream().noneMatch(p -> p.startsWith("batch_size="))) {
            assignments.add("batch_size=" + batchSize);
        }
        try {
            return OptimizerSpec.parse(optimizer, assignments);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--param: " + e.getMessage());
        }
    }

    NoiseSpec noiseSpec() {
        NoiseSpec spec;
        try {
            spec = NoiseSpec.of(NoiseKind.parse(noise));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--noise: " + e.getMessage());
        }
        if (sigma != null) spec = noiseParameter("--sigma", spec, s -> s.withSigma(sigma));
        if (hurst != null) spec = noiseParameter("--hurst", spec, s -> s.withHurst(hurst));
        if (theta != null) spec = noiseParameter("--theta", spec, s -> s.withTheta(theta));
        if (alpha != null) spec = noiseParameter("--alpha", spec, s -> s.withAlpha(alpha));
        return spec;
    }

    private static NoiseSpec noiseParameter(String option, NoiseSpec spec, java.util.function.UnaryOperator<NoiseSpec> change) {
        try {
            return change.apply(spec);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    /** The run spec from a given start (the start box of an ensemble has its own). */
    RunSpec runSpec(Landscape l, Point startPoint) {
        if (steps < 0 || steps > RunSpec.MAX_STEPS) {
            throw new UsageException("--steps must be in [0, " + RunSpec.MAX_STEPS + "], got " + steps);
        }
        if (batchSize < 0) throw new UsageException("--batch-size must be >= 0, got " + batchSize);
        if (bound != null && !(bound > 0)) throw new UsageException("--bound must be > 0, got " + bound);
        NoiseMode mode;
        try {
            mode = NoiseMode.parse(noiseMode);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--noise-mode: " + e.getMessage());
        }
        OptimizerSpec o = optimizerSpec();
        boolean finiteSum = l.data().isPresent();
        if (batchSize > 0 && !finiteSum) {
            throw new UsageException("--batch-size needs a finite-sum landscape (a landscape file with data rows)");
        }
        if (o.kind().needsFiniteSum() && !finiteSum) {
            throw new UsageException("--optimizer: " + o.kind().id() + " needs a finite-sum landscape (a landscape file with data rows)");
        }
        int runBatch = o.kind().needsFiniteSum() ? 0 : batchSize;
        return new RunSpec(o, noiseSpec(), mode, startPoint, steps, seed, runBatch, bound == null ? Double.NaN : bound);
    }

    /** --start, else the landscape's first suggested start, else its domain's centre. */
    Point startPoint(Landscape l) {
        if (start != null) return Options.point("--start", start);
        if (!l.starts().isEmpty()) return l.starts().get(0);
        return new Point(l.domain().centerX(), l.domain().centerY());
    }
}
