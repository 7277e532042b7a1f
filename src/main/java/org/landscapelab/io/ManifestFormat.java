package org.landscapelab.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.LandscapeFileException;
import org.landscapelab.landscape.LandscapeFormat;
import org.landscapelab.sim.EnsembleSpec;
import org.landscapelab.sim.RunSpec;

/**
 * The manifest file, {@code "format": "landscape-lab/manifest", "version": 2}:
 * <pre>
 * { "format", "version", "app_version", "digest": "sha256:…",
 *   "landscape": { the landscape file format, with current parameter values and data rows },
 *   "runs": [ { "optimizer": "adam lr=0.01 betas=0.9,0.999 ...", "noise": "fbm:sigma=0.05,hurst=0.3",
 *               "noise_mode": "iterate", "start": [x, y], "steps", "seed", "batch_size", "bound": null } ],
 *   "ensemble": null or { "run": {as above}, "particles", "frames",
 *               "start_region": { "shape": "point|box|gaussian", "center": [x, y], "half_width", "half_height" },
 *               "escape": null or { "center": [x, y], "radius": r or null, "value_drop": d or null } } }
 * </pre>
 * Numbers round-trip exactly. Reading refuses other formats, newer versions, unknown fields and
 * malformed values with a {@link ManifestFileException} naming the field.
 *
 * <p>The digest (version 2; {@link ManifestDigest} says what it covers) is written on every save
 * and export. A manifest whose settings no longer match it was edited: it is still read, marked
 * {@link Manifest.Integrity#EDITED}, so that a replay warns but still runs what the file now says
 * (people edit manifests on purpose to change a setting). Version 1 manifests have no digest and
 * are read as {@link Manifest.Integrity#UNKNOWN}.
 */
public final class ManifestFormat {
    public static final String FORMAT = "landscape-lab/manifest";
    /** 2: the digest. An older lab refuses a version 2 manifest by its version instead of by the unknown field. */
    public static final int VERSION = 2;
    /** Manifests embed data rows (at most 100,000); anything far larger is not a manifest. */
    private static final long MAX_BYTES = 256L << 20;
    private static final Set<String> FIELDS = Set.of("format", "version", "app_version", ManifestDigest.FIELD, "landscape", "runs", "ensemble");

    private final ObjectMapper mapper = JsonFields.strictMapper();

    /** Where the manifest of a data or figure file goes: runs.csv gives runs.manifest.json. */
    public static Path beside(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return file.resolveSibling(base + ".manifest.json");
    }

    public ObjectNode write(Manifest m) {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("app_version", m.appVersion());
        root.putNull(ManifestDigest.FIELD); // here in the file's order; filled in once the settings are written
        root.set("landscape", new LandscapeFormat().write(m.landscape()));
        ArrayNode runs = root.putArray("runs");
        for (RunSpec r : m.runs()) SpecJson.writeRun(runs.addObject(), r);
        if (m.ensemble().isPresent()) SpecJson.writeEnsemble(root.putObject("ensemble"), m.ensemble().get());
        else root.putNull("ensemble");
        root.put(ManifestDigest.FIELD, ManifestDigest.of(root));
        return root;
    }

    /** Pretty-printed JSON text, ending in a newline. */
    public String text(Manifest m) {
        return JsonFields.prettyText(mapper, write(m));
    }

    /** Writes the manifest atomically. */
    public void save(Path file, Manifest m) throws IOException {
        AtomicWrite.writeString(file, text(m));
    }

    public Manifest load(Path file) throws ManifestFileException {
        String name = file.toString();
        return read(fields(name).readFile(file, MAX_BYTES, "manifest"), name);
    }

    public Manifest read(String json, String file) throws ManifestFileException {
        JsonFields<ManifestFileException> f = fields(file);
        return read(f.root(mapper, json), file);
    }

    /** A manifest from its JSON object, e.g. one embedded in a data export. */
    public Manifest read(ObjectNode root, String file) throws ManifestFileException {
        JsonFields<ManifestFileException> f = fields(file);
        f.header(root, FORMAT, VERSION, "manifest");
        f.checkFields(root, FIELDS, "");
        String version = f.text(root, "app_version", "app_version");
        Landscape landscape = landscape(f.object(root, "landscape", "landscape"), file);
        JsonNode runsNode = f.required(root, "runs", "runs");
        if (!runsNode.isArray()) throw f.error("runs", "expected an array of runs");
        List<RunSpec> runs = new ArrayList<>();
        for (int i = 0; i < runsNode.size(); i++) runs.add(SpecJson.readRun(f, runsNode.get(i), "runs[" + i + "]"));
        JsonNode e = root.get("ensemble");
        Optional<EnsembleSpec> ensemble = e == null || e.isNull() ? Optional.empty() : Optional.of(SpecJson.readEnsemble(f, e, "ensemble"));
        if (runs.isEmpty() && ensemble.isEmpty()) throw f.error("runs", "the manifest has no runs and no ensemble");
        Manifest read = new Manifest(version, landscape, runs, ensemble);
        return new Manifest(version, landscape, runs, ensemble, integrity(f, root, read));
    }

    /** Whether the file's digest is the one its settings, as read, give. */
    private Manifest.Integrity integrity(JsonFields<ManifestFileException> f, ObjectNode root, Manifest read) throws ManifestFileException {
        JsonNode digest = root.get(ManifestDigest.FIELD);
        if (digest == null || digest.isNull()) {
            return root.get("version").intValue() < 2 ? Manifest.Integrity.UNKNOWN : Manifest.Integrity.EDITED;
        }
        String written = f.text(root, ManifestDigest.FIELD, ManifestDigest.FIELD);
        return written.equals(write(read).get(ManifestDigest.FIELD).asText()) ? Manifest.Integrity.UNEDITED : Manifest.Integrity.EDITED;
    }

    private static Landscape landscape(ObjectNode node, String file) throws ManifestFileException {
        try {
            return new LandscapeFormat().read(node, file);
        } catch (LandscapeFileException e) {
            throw new ManifestFileException(file, e.field().isEmpty() ? "landscape" : "landscape." + e.field(), e.problem());
        }
    }

    private static JsonFields<ManifestFileException> fields(String file) {
        return new JsonFields<>((field, problem) -> new ManifestFileException(file, field, problem));
    }
}
