package org.landscapelab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.landscapelab.nn.training.RacePoint;
import org.landscapelab.nn.training.RaceSnapshot;
import org.landscapelab.nn.training.RacerRun;
import org.landscapelab.nn.training.TrainingSnapshot;
import org.landscapelab.optim.OptimizerSpec;

/**
 * A network race as CSV, the same from {@code train} and from a training scenario: columns
 * {@code optimizer,step,loss}, then {@code grad_norm_<group>} and {@code update_ratio_<group>} per
 * parameter group.
 */
final class RaceCsv {
    private RaceCsv() {}

    /** The kind and the values that differ from its defaults, lr always: "adam lr=0.001", "sgd lr=0.1 momentum=0.9". */
    static String shortName(OptimizerSpec o) {
        List<String> defaults = OptimizerSpec.defaults(o.kind()).toArguments();
        List<String> shown = new ArrayList<>(List.of(o.kind().id()));
        for (String a : o.toArguments()) {
            if (a.startsWith("lr=") || !defaults.contains(a)) shown.add(a);
        }
        return String.join(" ", shown);
    }

    /** The race as CSV lines, one per racer and recorded step. */
    static void writeTo(RaceSnapshot end, CsvOut.LineSink out) throws IOException {
        List<Object> header = new ArrayList<>(List.of("optimizer", "step", "loss"));
        for (String g : end.groups()) header.add("grad_norm_" + g);
        for (String g : end.groups()) header.add("update_ratio_" + g);
        out.line(Csv.row(header.toArray()));
        int n = end.groups().size();
        for (RacerRun r : end.racers()) {
            String name = shortName(r.optimizer());
            for (RacePoint p : r.points()) {
                List<Object> fields = new ArrayList<>(List.of(name, p.step(), p.loss()));
                for (int g = 0; g < n; g++) fields.add(p.gradNorm(g));
                for (int g = 0; g < n; g++) fields.add(p.updateRatio(g));
                out.line(Csv.row(fields.toArray()));
            }
        }
    }

    /** Why each racer that did not finish ended, one line each. */
    static void notes(RaceSnapshot end, PrintWriter err) {
        for (RacerRun r : end.racers()) {
            if (r.status() != TrainingSnapshot.Status.FINISHED) err.println(r.optimizer() + ": " + r.message());
        }
        err.flush();
    }
}
