package org.landscapelab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.landscapelab.landscape.ColorScale;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Expression;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Parameter;
import org.landscapelab.landscape.Point;
import org.landscapelab.sim.Runs;

/** A manifest's digest tells an edited manifest from one as it was written, and older manifests without one still read. */
class ManifestDigestTest {
    @TempDir
    Path dir;

    private final ManifestFormat format = new ManifestFormat();
    private final Manifest manifest = Manifest.of(Samples.leastSquares().withParameter("lam", 0.25),
            List.of(Samples.minibatchRun(), Samples.fbmRun()));
    private final String written = format.text(manifest);

    @Test
    void everySavedManifestCarriesItsDigestAndReadsAsUnedited() throws Exception {
        assertThat(written).containsPattern("\"digest\" : \"sha256:[0-9a-f]{64}\"");
        Path file = dir.resolve("m.manifest.json");
        format.save(file, manifest);

        Manifest back = format.load(file);

        assertThat(back.integrity()).isEqualTo(Manifest.Integrity.UNEDITED);
        assertThat(back.integrityNote()).isEmpty();
    }

    @Test
    void dataExportsEmbedTheManifestWithItsDigest() throws Exception {
        Path json = dir.resolve("race.json");
        TrajectoryExport.writeJson(json, manifest, manifest.replay().trajectories());

        ObjectNode embedded = (ObjectNode) new ObjectMapper().readTree(json.toFile()).get("manifest");

        assertThat(embedded.get("digest").asText()).isEqualTo(format.write(manifest).get("digest").asText());
        assertThat(format.read(embedded, "race.json").integrity()).isEqualTo(Manifest.Integrity.UNEDITED);
    }

    @Test
    void layoutKeyOrderAndTheSpellingOfNumbersAreNotEdits() throws Exception {
        JsonNode tree = new ObjectMapper().readTree(written);
        String compact = tree.toString(); // no whitespace at all
        String respelled = written.replace("\"value\" : 0.25", "\"value\" : 2.50E-1");
        assertThat(respelled).isNotEqualTo(written);
        String reordered = "{\"runs\":" + tree.get("runs") + "," + compact.substring(1).replace(",\"runs\":" + tree.get("runs"), "");
        assertThat(reordered).startsWith("{\"runs\"").hasSameSizeAs(compact);

        for (String same : List.of(compact, respelled, reordered)) {
            assertThat(format.read(same, "m.json").integrity()).as(same).isEqualTo(Manifest.Integrity.UNEDITED);
        }
    }

    /** The digest line of a written manifest. */
    private static final String DIGEST = "\\s*\"digest\" : \"sha256:[0-9a-f]{64}\",";

    static Stream<Arguments> labels() {
        return Stream.of(
                edit("app version", t -> t.replaceFirst("\"app_version\" : \"[^\"]*\"", "\"app_version\" : \"0.0.1\"")),
                edit("landscape name", t -> t.replace("\"Least squares", "\"My least squares")),
                edit("landscape id", t -> t.replace("\"id\" : \"least_squares\"", "\"id\" : \"mine\"")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labels")
    void labelsThatNeverChangeAResultAreNotEdits(String what, UnaryOperator<String> edit) throws Exception {
        String edited = edit.apply(written);
        assertThat(edited).isNotEqualTo(written);
        assertThat(format.read(edited, "m.json").integrity()).isEqualTo(Manifest.Integrity.UNEDITED);
    }

    static Stream<Arguments> edits() {
        return Stream.of(
                edit("seed", t -> t.replace("\"seed\" : 7,", "\"seed\" : 8,")),
                edit("learning rate", t -> t.replace("sgd lr=0.02", "sgd lr=0.03")),
                edit("noise", t -> t.replace("white:sigma=0.05", "white:sigma=0.5")),
                edit("parameter value", t -> t.replace("\"value\" : 0.25", "\"value\" : 0.5")),
                edit("expression", t -> t.replace("\"expression\" : \"", "\"expression\" : \"2 * ")),
                edit("digest, one digit", t -> t.replaceFirst("sha256:(.)", t.contains("sha256:0") ? "sha256:1" : "sha256:0")),
                edit("digest, not a digest", t -> t.replaceFirst("sha256:[0-9a-f]{64}", "banana")),
                edit("digest removed", t -> t.replaceFirst(DIGEST, "")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void anEditedManifestStillReadsButIsMarkedEdited(String what, UnaryOperator<String> edit) throws Exception {
        String edited = edit.apply(written);
        assertThat(edited).isNotEqualTo(written);

        Manifest read = format.read(edited, "m.json");

        assertThat(read.integrity()).isEqualTo(Manifest.Integrity.EDITED);
        assertThat(read.integrityNote()).hasValueSatisfying(note -> assertThat(note)
                .contains("edited after it was written").contains("do not match its digest").contains("may not reproduce"));
    }

    private static Arguments edit(String what, UnaryOperator<String> edit) {
        return Arguments.of(what, edit);
    }

    @Test
    void anOlderManifestWithoutADigestReplaysAsBeforeWithANote() throws Exception {
        String older = written.replaceFirst(DIGEST, "").replace("\"version\" : 2,", "\"version\" : 1,");
        assertThat(older).doesNotContain("digest").contains("\"version\" : 1,");

        Manifest read = format.read(older, "old.json");

        assertThat(read.integrity()).isEqualTo(Manifest.Integrity.UNKNOWN);
        assertThat(read.integrityNote()).hasValueSatisfying(note -> assertThat(note).contains("has no digest").contains("older"));
        assertThat(Samples.sameBits(read.replay().trajectories().get(0), Runs.run(manifest.landscape(), Samples.minibatchRun()))).isTrue();
        assertThat(format.text(read)).isEqualTo(written); // saved again, it gets its digest
    }

    @Test
    void aDigestThatIsNotTextIsRefusedByName() {
        String bad = written.replaceFirst("\"sha256:[0-9a-f]{64}\"", "42");
        assertThatThrownBy(() -> format.read(bad, "m.json")).isInstanceOfSatisfying(ManifestFileException.class,
                e -> assertThat(e.getMessage()).isEqualTo("m.json: field 'digest': expected a string, got number"));
    }

    /**
     * The canonical form is a promise to every manifest already written: if this value changes, every
     * saved manifest would read as edited. Change it only with the format's version.
     */
    @Test
    void theDigestOfAFixedManifestNeverChanges() throws Exception {
        Landscape l = new Landscape("fixed", "Fixed", "only for this test", Expression.parse("a*x^2 + y^2", List.of("a")),
                new Domain(-1, 2, -3, 4), List.of(new Parameter("a", 0, 2, 0.1 + 0.2, "")), List.of(new Point(1, 1)), ColorScale.LOG);
        Manifest fixed = new Manifest("1.2.3", l, List.of(Samples.fbmRun(), Samples.pgdRun()), java.util.Optional.empty());

        assertThat(format.write(fixed).get("digest").asText())
                .isEqualTo("sha256:2a723c89c648b7854c95ae9c79c37063a35d53dcebb9b8271897c58db0f379dc");
    }
}
