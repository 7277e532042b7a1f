package org.landscapelab.cli;

import java.util.ArrayList;
import java.util.List;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Parameter;
import picocli.CommandLine.Option;

/** --landscape, --domain and --set, shared by the commands that run on a landscape. */
final class LandscapeOptions {
    @Option(names = "--landscape", required = true, paramLabel = "L",
            description = "A catalog name (e.g. himmelblau), a landscape file, or an expression in x and y.")
    String landscape;

    @Option(names = "--domain", paramLabel = "XMIN,XMAX,YMIN,YMAX", description = "Override the landscape's domain.")
    String domain;

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "A value for one of the landscape's parameters, within its range; repeatable: --set a=0.5.")
    List<String> parameters = new ArrayList<>();

    Landscape landscape() {
        Landscape l = new LandscapeResolver(Cli.catalog(), Cli.samples()).resolve(landscape, Options.domain("--domain", domain));
        for (String assignment : parameters) l = withParameter(l, assignment);
        return l;
    }

    private static Landscape withParameter(Landscape l, String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) throw new UsageException("--set: expected NAME=VALUE, got '" + assignment + "'");
        String name = assignment.substring(0, eq).trim();
        Parameter p = l.parameter(name).orElseThrow(() -> new UsageException("--set: " + l.name() + " has no parameter '" + name
                + "'; " + (l.parameters().isEmpty() ? "it has none" : "its parameters: "
                + String.join(", ", l.parameters().stream().map(Parameter::name).toList()))));
        double value;
        try {
            value = Double.parseDouble(assignment.substring(eq + 1).trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--set " + name + ": '" + assignment.substring(eq + 1) + "' is not a number");
        }
        if (!(value >= p.min() && value <= p.max())) {
            throw new UsageException("--set " + name + "=" + assignment.substring(eq + 1).trim() + ": outside its range ["
                    + Csv.number(p.min()) + ", " + Csv.number(p.max()) + "]");
        }
        return l.withParameter(name, value);
    }
}
