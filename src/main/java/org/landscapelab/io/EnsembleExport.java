package org.landscapelab.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.landscapelab.sim.EnsembleResult;
import org.landscapelab.sim.EscapeSummary;

/**
 * An ensemble's result as data files, each with what reproduces it (the manifest's ensemble).
 * <ul>
 *   <li>CSV: {@value #CSV_HEADER}, one row per particle; escape_step and diverged_at are empty for
 *       "never"; the manifest goes beside it as NAME.manifest.json.</li>
 *   <li>JSON: {@code {"format": "landscape-lab/ensemble", "version": 1, "manifest": {...},
 *       "particles": N, "start_x": [...], "start_y", "escape_step", "diverged_at", "final_x", "final_y",
 *       "final_value", "summary": {...}}}; "never" and non-finite numbers are null.</li>
 * </ul>
 * Every file is written atomically.
 */
public final class EnsembleExport {
    public static final String CSV_HEADER = "particle,start_x,start_y,escape_step,diverged_at,final_x,final_y,final_value";
    public static final String JSON_FORMAT = "landscape-lab/ensemble";

    private EnsembleExport() {}

    public static void writeCsv(Path csv, Manifest manifest, EnsembleResult result) throws IOException {
        check(manifest, result);
        AtomicWrite.write(csv, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            w.write(CSV_HEADER);
            w.write('\n');
            StringBuilder line = new StringBuilder(160);
            for (int i = 0; i < result.particles(); i++) {
                line.setLength(0);
                line.append(i).append(',').append(CsvNumbers.text(result.start(i).x())).append(',')
                        .append(CsvNumbers.text(result.start(i).y())).append(',')
                        .append(CsvNumbers.stepOrEmpty(result.escapeStep(i))).append(',')
                        .append(CsvNumbers.stepOrEmpty(result.divergedAt(i))).append(',')
                        .append(CsvNumbers.text(result.finalX(i))).append(',').append(CsvNumbers.text(result.finalY(i))).append(',')
                        .append(CsvNumbers.text(result.finalValue(i))).append('\n');
                w.append(line);
            }
            w.flush();
        });
        new ManifestFormat().save(ManifestFormat.beside(csv), manifest);
    }

    public static void writeJson(Path json, Manifest manifest, EnsembleResult r) throws IOException {
        check(manifest, r);
        AtomicWrite.write(json, out -> {
            ExportJson doc = ExportJson.start(out, JSON_FORMAT, manifest);
            int n = r.particles();
            doc.generator().writeNumberField("particles", n);
            doc.numbers("start_x", n, i -> r.start(i).x());
            doc.numbers("start_y", n, i -> r.start(i).y());
            doc.steps("escape_step", n, r::escapeStep);
            doc.steps("diverged_at", n, r::divergedAt);
            doc.numbers("final_x", n, r::finalX);
            doc.numbers("final_y", n, r::finalY);
            doc.numbers("final_value", n, r::finalValue);
            EscapeSummary s = r.escapeSummary();
            doc.generator().writeObjectFieldStart("summary");
            doc.generator().writeNumberField("escaped", s.escaped());
            doc.generator().writeNumberField("diverged", s.diverged());
            doc.numberOrNull("mean_escape_step", s.mean());
            doc.numberOrNull("standard_error", s.standardError());
            doc.numberOrNull("median_escape_step", s.median());
            doc.numberOrNull("min_escape_step", s.min());
            doc.numberOrNull("max_escape_step", s.max());
            doc.generator().writeEndObject();
            doc.finish();
        });
    }

    /** The result must be the manifest's ensemble, or the file would not reproduce it. */
    private static void check(Manifest manifest, EnsembleResult result) {
        if (manifest.ensemble().isEmpty() || !manifest.ensemble().get().equals(result.spec())) {
            throw new IllegalArgumentException("the manifest does not record this ensemble; use manifest.withEnsemble(result.spec())");
        }
    }
}
