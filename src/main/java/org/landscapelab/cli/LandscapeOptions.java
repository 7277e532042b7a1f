package org.landscapelab.cli;

import org.landscapelab.landscape.Landscape;
import picocli.CommandLine.Option;

/** --landscape and --domain, shared by the commands that run on a landscape. */
final class LandscapeOptions {
    @Option(names = "--landscape", required = true, paramLabel = "L",
            description = "A catalog name (e.g. himmelblau), a landscape file, or an expression in x and y.")
    String landscape;

    @Option(names = "--domain", paramLabel = "XMIN,XMAX,YMIN,YMAX", description = "Override the landscape's domain.")
    String domain;

    Landscape landscape() {
        return new LandscapeResolver(Cli.catalog()).resolve(landscape, Options.domain("--domain", domain));
    }
}
