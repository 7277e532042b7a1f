package org.landscapelab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.concurrent.Callable;
import java.util.function.IntUnaryOperator;
import org.landscapelab.experiments.Shard;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Point;
import org.landscapelab.sim.EnsembleResult;
import org.landscapelab.sim.EnsembleSpec;
import org.landscapelab.sim.Ensembles;
import org.landscapelab.sim.EscapeCriterion;
import org.landscapelab.sim.EscapeSummary;
import org.landscapelab.sim.RunSpec;
import org.landscapelab.sim.StartRegion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "ensemble", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run N particles of one optimizer with independent noise and print one CSV row per particle: "
                + "particle,escape_step,final_x,final_y,final_value (escape_step empty if it never escaped; "
                + "the final cells empty if they are not finite numbers).",
                "At most " + EnsembleSpec.MAX_PARTICLE_STEPS + " particle steps (particles x steps); runs longer than "
                + "a second print their progress to stderr.",
                "A summary of the escape times goes to stderr. Particle k has the numbers of "
                + "'trace --start <its start>' with the same seed when k = 0, and its own streams otherwise."})
final class EnsembleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions run;

    @Option(names = "--particles", required = true, paramLabel = "N", description = "Number of particles.")
    int particles;

    @Option(names = "--start-box", paramLabel = "XMIN,XMAX,YMIN,YMAX", description = "Start uniformly in this box.")
    String startBox;

    @Option(names = "--spread", paramLabel = "S", description = "Start Gaussian around --start with this standard deviation.")
    Double spread;

    @Option(names = "--escape-center", paramLabel = "X,Y", description = "Centre of the escape criterion (default: the start, or the box's centre).")
    String escapeCenter;

    @Option(names = "--escape-radius", paramLabel = "R", description = "Escaped once farther than R from the escape centre.")
    Double escapeRadius;

    @Option(names = "--escape-drop", paramLabel = "D", description = "Escaped once f < f(escape centre) - D.")
    Double escapeDrop;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: the number of cores). The numbers do not depend on it.")
    Integer threads;

    @Option(names = "--shard", paramLabel = "K/N", description = "Only the particles k with k mod N = K, each with the numbers it has in the "
            + "whole ensemble; the rows of shards 0..N-1 sorted by particle are the whole ensemble's CSV.")
    String shard;

    @Override
    public Integer call() {
        Shard slice = shard();
        Landscape l = run.landscape();
        if (particles < 1 || particles > EnsembleSpec.MAX_PARTICLES) {
            throw new UsageException("--particles must be in [1, " + EnsembleSpec.MAX_PARTICLES + "], got " + particles);
        }
        if (startBox != null && (spread != null || run.optimizer.start != null)) {
            throw new UsageException("--start-box cannot be combined with --start or --spread");
        }
        StartRegion starts = startRegion(l);
        RunSpec rs = run.runSpec(l, starts.center());
        EnsembleSpec es;
        try {
            es = new EnsembleSpec(rs, slice.size(particles), starts, escape(starts), 0);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--particles × --steps: " + e.getMessage());
        }
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1 || t > 256) throw new UsageException("--threads must be in [1, 256], got " + t);
        PrintWriter err = spec.commandLine().getErr();
        EnsembleResult r;
        try {
            r = Ensembles.run(l, es, i -> particle(slice, i), t, ProgressLine.onStderr(err, "ensemble", "particles"));
        } catch (IllegalArgumentException e) { // the memory estimate
            throw new UsageException(e.getMessage() + "; use fewer --threads, --particles or --steps");
        }
        CsvOut.write(spec.commandLine().getOut(), null, out -> particleRows(r, i -> particle(slice, i), out));
        err.println(summary(r, rs.steps()));
        long undefined = IntStream.range(0, r.particles()).filter(i -> !finalIsFinite(r, i)).count();
        if (undefined > 0) {
            err.println("note: " + undefined + " particle(s) ended where x, y or f is not a finite number (0/0 or an overflow); "
                    + "their final_x, final_y, final_value are left empty");
        }
        return 0;
    }

    private static boolean finalIsFinite(EnsembleResult r, int i) {
        return Double.isFinite(r.finalX(i)) && Double.isFinite(r.finalY(i)) && Double.isFinite(r.finalValue(i));
    }

    /** A number as CSV, or an empty cell where it is NaN or infinite: the CSV never holds a number that is not finite. */
    private static String cell(double v) {
        return Double.isFinite(v) ? Csv.number(v) : "";
    }

    /** One row per particle: where it escaped (empty if it never did) and where it ended. */
    static void particleRows(EnsembleResult r, CsvOut.LineSink out) throws java.io.IOException {
        particleRows(r, i -> i, out);
    }

    /** The rows of a shard: slot i is the ensemble's particle {@code particle(i)}. */
    static void particleRows(EnsembleResult r, IntUnaryOperator particle, CsvOut.LineSink out) throws java.io.IOException {
        out.line("particle,escape_step,final_x,final_y,final_value");
        for (int i = 0; i < r.particles(); i++) {
            String escaped = r.escapeStep(i) >= 0 ? Integer.toString(r.escapeStep(i)) : "";
            out.line(Csv.row(particle.applyAsInt(i), escaped, cell(r.finalX(i)), cell(r.finalY(i)), cell(r.finalValue(i))));
        }
    }

    /** The whole ensemble, or the --shard K/N: its particles K, K + N, …; refused when it holds none. */
    private Shard shard() {
        if (shard == null) return Shard.ALL;
        Shard s;
        try {
            s = Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--shard: " + e.getMessage());
        }
        if (particles >= 1 && s.size(particles) == 0) {
            throw new UsageException("--shard: shard " + s + " of " + particles + " particles holds none (K must be below --particles)");
        }
        return s;
    }

    /** The ensemble's particle in slot i of a shard. */
    private static int particle(Shard s, int i) {
        return s.index() + i * s.count();
    }

    private StartRegion startRegion(Landscape l) {
        if (startBox != null) {
            double[] b = Options.numbers("--start-box", startBox, 4, "XMIN,XMAX,YMIN,YMAX");
            if (!(b[0] <= b[1] && b[2] <= b[3])) throw new UsageException("--start-box: needs XMIN <= XMAX and YMIN <= YMAX");
            try {
                return StartRegion.box(b[0], b[1], b[2], b[3]);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--start-box: " + e.getMessage());
            }
        }
        Point center = run.startPoint(l);
        if (spread == null) return StartRegion.point(center);
        if (!(spread >= 0 && Double.isFinite(spread))) throw new UsageException("--spread must be a finite number >= 0, got " + spread);
        return StartRegion.gaussian(center, spread);
    }

    private EscapeCriterion escape(StartRegion starts) {
        if (escapeRadius == null && escapeDrop == null) {
            if (escapeCenter != null) throw new UsageException("--escape-center needs --escape-radius or --escape-drop");
            return null;
        }
        Point center = escapeCenter == null ? starts.center() : Options.point("--escape-center", escapeCenter);
        if (escapeRadius != null && !(escapeRadius > 0)) throw new UsageException("--escape-radius must be > 0, got " + escapeRadius);
        if (escapeDrop != null && !(escapeDrop >= 0)) throw new UsageException("--escape-drop must be >= 0, got " + escapeDrop);
        return new EscapeCriterion(center, escapeRadius == null ? Double.NaN : escapeRadius, escapeDrop == null ? Double.NaN : escapeDrop);
    }

    private static String summary(EnsembleResult r, int steps) {
        EscapeSummary s = r.escapeSummary();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "particles: %d, diverged: %d", s.particles(), s.diverged()));
        if (r.spec().escape() == null) return b.append(" (no escape criterion given)").toString();
        b.append(String.format(Locale.ROOT, "; escaped within %d steps: %d (%.1f%%)", steps, s.escaped(), 100 * s.escapedFraction()));
        if (s.escaped() > 0) {
            b.append(String.format(Locale.ROOT, "; escape step: mean %.2f +- %.2f (standard error), median %s, min %s, max %s",
                    s.mean(), s.standardError(), Csv.number(s.median()), Csv.number(s.min()), Csv.number(s.max())));
        }
        return b.toString();
    }
}
