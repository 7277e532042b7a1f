package org.landscapelab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.landscapelab.noise.IncrementSampler;
import org.landscapelab.noise.NoiseCatalog;
import org.landscapelab.noise.NoiseKind;
import org.landscapelab.noise.NoiseParameter;
import org.landscapelab.noise.NoiseSpec;
import org.landscapelab.noise.NoiseStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Option(names = "--process", required = true, paramLabel = "KIND", completionCandidates = NoiseKindNames.class,
            description = "One of ${COMPLETION-CANDIDATES}.")
    String process;

    @Option(names = "--steps", required = true, paramLabel = "N", description = "Increments per path.")
    int steps;

    @Option(names = "--paths", paramLabel = "P", defaultValue = "1", description = "Number of independent paths (default: ${DEFAULT-VALUE}).")
    int paths;

    @Option(names = "--dt", paramLabel = "D", defaultValue = "1", description = "Time step (default: ${DEFAULT-VALUE}).")
    double dt;

    @Option(names = "--sigma", paramLabel = "S", defaultValue = "1", description = "Scale (default: ${DEFAULT-VALUE}).")
    double sigma;

    /** --hurst, --theta, --alpha: one option per parameter of the noise catalog but sigma, whose default here is 1. */
    @Mixin
    NoiseParameterOptions parameters;

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
        try {
            noise = noise.with(NoiseCatalog.SIGMA, sigma);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--sigma: " + e.getMessage());
        }
        noise = parameters.apply(noise);
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

    /** " or a larger --alpha": the kind's parameters whose small values overflow (those with a floor). */
    private static String largerFloored(NoiseKind kind) {
        StringBuilder hint = new StringBuilder();
        for (NoiseParameter p : NoiseCatalog.info(kind).parameters()) {
            if (p.floor() != null) hint.append(" or a larger ").append(p.option());
        }
        return hint.toString();
    }

    /** A path is checked before it is printed: never a row of NaN or infinity. */
    private static void requireFinite(NoiseSpec noise, double[] xi, int path) {
        for (int k = 0; k < xi.length; k++) {
            double v = noise.sigma() * xi[k];
            if (!Double.isFinite(v)) {
                throw new UsageException("the samples overflow double precision: path " + path + ", step " + k + " is " + v
                        + "; use a smaller --sigma or --dt" + largerFloored(noise.kind()));
            }
        }
    }
}
