package org.landscapelab.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.landscapelab.sim.Trajectory;

/**
 * Trajectories as data files, each with what reproduces them.
 * <ul>
 *   <li>CSV: one file for all runs, {@value #CSV_HEADER}, one row per recorded point, run k being the
 *       manifest's runs[k]; the manifest goes beside it as NAME.manifest.json. One file rather than one
 *       per run: it loads into a single data frame and groups by run.</li>
 *   <li>JSON: {@code {"format": "landscape-lab/trajectories", "version": 1, "manifest": {...}, "runs": [
 *       {"run", "steps", "diverged_at", "divergence", "x": [...], "y", "value", "grad_x", "grad_y"}]}},
 *       the manifest embedded; non-finite numbers (where a run blew up) are null.</li>
 * </ul>
 * A run that diverged ends at the point where it did. Every file is written atomically.
 */
public final class TrajectoryExport {
    public static final String CSV_HEADER = "run,step,x,y,value,grad_x,grad_y";
    public static final String JSON_FORMAT = "landscape-lab/trajectories";

    private TrajectoryExport() {}

    /** Writes the CSV, then its manifest beside it. */
    public static void writeCsv(Path csv, Manifest manifest, List<Trajectory> runs) throws IOException {
        check(manifest, runs);
        AtomicWrite.write(csv, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            w.write(CSV_HEADER);
            w.write('\n');
            StringBuilder line = new StringBuilder(128);
            for (int r = 0; r < runs.size(); r++) {
                Trajectory t = runs.get(r);
                for (int k = 0; k < t.size(); k++) {
                    line.setLength(0);
                    line.append(r).append(',').append(k).append(',').append(CsvNumbers.text(t.x(k))).append(',')
                            .append(CsvNumbers.text(t.y(k))).append(',').append(CsvNumbers.text(t.value(k))).append(',')
                            .append(CsvNumbers.text(t.gradient(k).x())).append(',').append(CsvNumbers.text(t.gradient(k).y())).append('\n');
                    w.append(line);
                }
            }
            w.flush();
        });
        new ManifestFormat().save(ManifestFormat.beside(csv), manifest);
    }

    /** Writes the JSON with the manifest inside. */
    public static void writeJson(Path json, Manifest manifest, List<Trajectory> runs) throws IOException {
        check(manifest, runs);
        AtomicWrite.write(json, out -> {
            ExportJson doc = ExportJson.start(out, JSON_FORMAT, manifest);
            JsonGenerator g = doc.generator();
            g.writeArrayFieldStart("runs");
            for (int r = 0; r < runs.size(); r++) {
                Trajectory t = runs.get(r);
                g.writeStartObject();
                g.writeNumberField("run", r);
                g.writeNumberField("steps", t.steps());
                if (t.diverged()) g.writeNumberField("diverged_at", t.divergedAt());
                else g.writeNullField("diverged_at");
                g.writeStringField("divergence", t.divergence());
                doc.numbers("x", t.size(), t::x);
                doc.numbers("y", t.size(), t::y);
                doc.numbers("value", t.size(), t::value);
                doc.numbers("grad_x", t.size(), k -> t.gradient(k).x());
                doc.numbers("grad_y", t.size(), k -> t.gradient(k).y());
                g.writeEndObject();
            }
            g.writeEndArray();
            doc.finish();
        });
    }

    private static void check(Manifest manifest, List<Trajectory> runs) {
        if (runs.size() != manifest.runs().size()) {
            throw new IllegalArgumentException(runs.size() + " trajectories for the manifest's " + manifest.runs().size() + " runs");
        }
    }
}
