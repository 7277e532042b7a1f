package org.landscapelab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.landscapelab.noise.IncrementSampler;
import org.landscapelab.noise.NoiseKind;
import org.landscapelab.noise.NoiseSpec;
import org.landscapelab.noise.NoiseStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "noise", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print sample paths of a noise process as CSV: path,step,value, each path's increments "
                + "over time step D scaled by sigma (for fbm: fGn scaled by sigma*D^H).",
                "A path whose values overflow double precision stops the output with an error (exit 2).",
                "Path p uses the stream that drives the x coordinate of particle p in trace and ensemble with the same seed."})
final class NoiseCommand implements Callable<Integer> {
    /** More values than this is not a sample a script wants on stdout. */
    static final long MAX_VALUES = 50_000_000L;

    @Spec
    CommandSpec spec;

    @Option(names = "--process", required = true, paramLabel = "KIND", description = "white, ou, fbm, anti, levy (or none).")
    String process;

    @Option(names = "--steps", required = true, paramLabel = "N", description = "Increments per path.")
    int steps;

    @Option(names = "--paths", paramLabel = "P", defaultValue = "1", description = "Number of independent paths (default: ${DEFAULT-VALUE}).")
    int paths;

    @Option(names = "--dt", paramLabel = "D", defaultValue = "1", description = "Time step (default: ${DEFAULT-VALUE}).")
    double dt;

    @Option(names = "--sigma", paramLabel = "S", defaultValue = "1", description = "Scale (default: ${DEFAULT-VALUE}).")
    double sigma;

    @Option(names = "--hurst", paramLabel = "H", description = "Hurst index of fbm, in (0, 1) (default 0.5).")
    Double hurst;

    @Option(names = "--theta", paramLabel = "T", description = "Mean-reversion rate of ou, > 0 (default 1).")
    Double theta;

    @Option(names = "--alpha", paramLabel = "A", description = "Stability index of levy, in [0.1, 2] (default 1.5).")
    Double alpha;

    @Option(names = "--seed", paramLabel = "K", defaultValue = "0", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        if (steps < 1) throw new UsageException("--steps must be >= 1, got " + steps);
        if (paths < 1) throw new UsageException("--paths must be >= 1, got " + paths);
        if ((long) steps * paths > MAX_VALUES) {
            throw new UsageException("--steps x --paths must be at most " + MAX_VALUES + ", got " + (long) steps * paths);
        }
        if (!(dt > 0 && Double.isFinite(dt))) throw new UsageException("--dt must be a finite number > 0, got " + dt);
        NoiseSpec noise;
        try {
            noise = NoiseSpec.of(NoiseKind.parse(process));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--process: " + e.getMessage());
        }
        noise = apply("--sigma", noise, sigma, NoiseSpec::withSigma);
        if (hurst != null) noise = apply("--hurst", noise, hurst, NoiseSpec::withHurst);
        if (theta != null) noise = apply("--theta", noise, theta, NoiseSpec::withTheta);
        if (alpha != null) noise = apply("--alpha", noise, alpha, NoiseSpec::withAlpha);
        IncrementSampler sampler = noise.process().sampler(steps, dt);
        NoiseStreams streams = new NoiseStreams(seed);
        PrintWriter out = spec.commandLine().getOut();
        out.println("path,step,value");
        double[] xi = new double[steps];
        StringBuilder line = new StringBuilder(48);
        for (int p = 0; p < paths; p++) {
            sampler.fill(xi, streams.stream(p, 0));
            requireFinite(noise, xi, p);
            for (int k = 0; k < steps; k++) {
                line.setLength(0);
                line.append(p).append(',').append(k).append(',').append(Csv.number(noise.sigma() * xi[k]));
                out.println(line);
            }
        }
        out.flush();
        return 0;
    }

    /** A path is checked before it is printed: never a row of NaN or infinity. */
    private static void requireFinite(NoiseSpec noise, double[] xi, int path) {
        for (int k = 0; k < xi.length; k++) {
            double v = noise.sigma() * xi[k];
            if (!Double.isFinite(v)) {
                throw new UsageException("the samples overflow double precision: path " + path + ", step " + k + " is " + v
                        + "; use a smaller --sigma or --dt" + (noise.kind() == NoiseKind.LEVY ? " or a larger --alpha" : ""));
            }
        }
    }

    private interface Change {
        NoiseSpec apply(NoiseSpec spec, double value);
    }

    private static NoiseSpec apply(String option, NoiseSpec spec, double value, Change change) {
        try {
            return change.apply(spec, value);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }
}
