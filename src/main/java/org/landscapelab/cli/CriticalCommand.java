package org.landscapelab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.landscapelab.landscape.CriticalPoint;
import org.landscapelab.landscape.CriticalPoints;
import org.landscapelab.landscape.CriticalSet;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.WorkLimitException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(name = "critical", mixinStandardHelpOptions = true,
        description = "Print every critical point of a landscape in its domain as CSV: x,y,value,type,eig_min,eig_max.")
final class CriticalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LandscapeOptions landscapeOptions;

    @Override
    public Integer call() {
        Landscape l = landscapeOptions.landscape();
        CriticalSet set;
        try {
            set = CriticalPoints.find(l.function(), l.domain());
        } catch (WorkLimitException e) {
            throw new UsageException("--landscape: " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("x,y,value,type,eig_min,eig_max");
        for (CriticalPoint p : set.points()) {
            out.println(Csv.row(p.x(), p.y(), p.value(), p.type().label(), p.eigMin(), p.eigMax()));
        }
        out.flush();
        if (set.hasCurves()) {
            spec.commandLine().getErr().println("note: the gradient also vanishes along curves in this domain ("
                    + set.curvePoints().size() + " sampled points near them); those non-isolated critical points are not listed");
        }
        return 0;
    }
}
