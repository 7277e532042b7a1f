package org.landscapelab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.sim.RunSpec;
import org.landscapelab.sim.Runs;
import org.landscapelab.sim.Trajectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "trace", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run one optimizer on a landscape and print its trajectory as CSV: step,x,y,value, "
                + "steps+1 rows with the start first (value: f at that point).",
                "A run that diverges stops there, with a note on stderr. A run that reaches a point where x, y or f is "
                + "not a finite number (0/0 or an overflow, e.g. adam with eps=0 at a zero gradient) is undefined from "
                + "there: the rows stop before that point, stderr says why, and the exit code is 2."})
final class TraceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions run;

    @Override
    public Integer call() {
        Landscape l = run.landscape();
        RunSpec rs = run.runSpec(l, run.startPoint(l));
        Trajectory t;
        try {
            t = Runs.run(l, rs);
        } catch (IllegalArgumentException e) { // the memory estimate
            throw new UsageException("--steps: " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("step,x,y,value");
        StringBuilder line = new StringBuilder(64);
        int rows = t.undefined() ? t.size() - 1 : t.size(); // never a row of NaN or infinity
        for (int k = 0; k < rows; k++) {
            line.setLength(0);
            line.append(k).append(',').append(Csv.number(t.x(k))).append(',').append(Csv.number(t.y(k)))
                    .append(',').append(Csv.number(t.value(k)));
            out.println(line);
        }
        out.flush();
        if (t.undefined()) {
            throw new UsageException("the run is undefined from step " + t.divergedAt() + ": " + t.divergence() + cause(rs));
        }
        if (t.diverged()) {
            spec.commandLine().getErr().println("note: the run diverged at step " + t.divergedAt() + ": " + t.divergence());
        }
        return 0;
    }

    /** The usual cause of an undefined run, where the settings point at it. */
    private static String cause(RunSpec rs) {
        boolean dividesByEps = rs.optimizer().hyperparameters().containsKey("eps") && rs.optimizer().real("eps") == 0;
        return dividesByEps ? "; with --param eps=0 a zero gradient gives 0/0 in the update, use eps > 0" : "";
    }
}
