package org.landscapelab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.landscapelab.io.AppVersion;
import org.landscapelab.io.Manifest;
import org.landscapelab.io.ManifestFileException;
import org.landscapelab.io.ManifestFormat;
import org.landscapelab.sim.Trajectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "replay", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Rerun one run of a manifest (written by render --manifest or an export) and print its trajectory "
                + "as trace does: step,x,y,value, the same numbers to the bit as the original run.",
                "A run that diverges stops there, with a note on stderr."})
final class ReplayCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MANIFEST", description = "A manifest file (NAME.manifest.json).")
    String manifestFile;

    @Option(names = "--run", paramLabel = "K", defaultValue = "0", description = "Which run of the manifest, from 0 (default: ${DEFAULT-VALUE}).")
    int run;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Write the CSV to this file (atomically) instead of printing it.")
    String out;

    @Override
    public Integer call() {
        Path outPath = CsvOut.option(out);
        Manifest m = load();
        if (m.runs().isEmpty()) throw new UsageException("MANIFEST: " + manifestFile + " records no runs (only an ensemble)");
        if (run < 0 || run >= m.runs().size()) {
            throw new UsageException("--run: the manifest has " + m.runs().size() + " run" + (m.runs().size() == 1 ? "" : "s")
                    + " (0.." + (m.runs().size() - 1) + "), got " + run);
        }
        PrintWriter err = spec.commandLine().getErr();
        if (!m.appVersion().equals(AppVersion.current())) {
            err.println("note: the manifest was written by Landscape Lab " + m.appVersion() + ", this is " + AppVersion.current());
        }
        m.integrityNote().ifPresent(note -> err.println((m.integrity() == Manifest.Integrity.EDITED ? "warning: " : "note: ") + note));
        Trajectory t;
        try {
            t = m.replayRun(run);
        } catch (IllegalArgumentException e) {
            throw new UsageException("MANIFEST: run " + run + " cannot run: " + e.getMessage());
        }
        CsvOut.write(spec.commandLine().getOut(), outPath, sink -> lines(t, sink));
        if (t.diverged()) err.println("note: the run diverged at step " + t.divergedAt() + ": " + t.divergence());
        err.flush();
        return 0;
    }

    private Manifest load() {
        Path path = Path.of(manifestFile);
        if (!Files.isRegularFile(path)) throw new UsageException("MANIFEST: no such file: " + manifestFile);
        try {
            return new ManifestFormat().load(path);
        } catch (ManifestFileException e) {
            throw new UsageException("MANIFEST: " + e.getMessage().replace('\n', ' '));
        }
    }

    /** Exactly trace's CSV, line by line. */
    static void lines(Trajectory t, CsvOut.LineSink out) throws IOException {
        out.line("step,x,y,value");
        StringBuilder line = new StringBuilder(64);
        for (int k = 0; k < t.size(); k++) {
            line.setLength(0);
            line.append(k).append(',').append(Csv.number(t.x(k))).append(',').append(Csv.number(t.y(k)))
                    .append(',').append(Csv.number(t.value(k)));
            out.line(line);
        }
    }
}
