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
                "A run that diverges stops there, with a note on stderr."})
final class TraceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions run;

    @Override
    public Integer call() {
        Landscape l = run.landscape();
        RunSpec rs = run.runSpec(l, run.startPoint(l));
        Trajectory t = Runs.run(l, rs);
        PrintWriter out = spec.commandLine().getOut();
        out.println("step,x,y,value");
        StringBuilder line = new StringBuilder(64);
        for (int k = 0; k < t.size(); k++) {
            line.setLength(0);
            line.append(k).append(',').append(Csv.number(t.x(k))).append(',').append(Csv.number(t.y(k)))
                    .append(',').append(Csv.number(t.value(k)));
            out.println(line);
        }
        out.flush();
        if (t.diverged()) {
            spec.commandLine().getErr().println("note: the run diverged at step " + t.divergedAt() + ": " + t.divergence());
        }
        return 0;
    }
}
