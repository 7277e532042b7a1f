package org.landscapelab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.landscapelab.landscape.BadFileException;

/**
 * What a failed read of a session or manifest leaves: an exception and nothing else. The readers
 * build records and return them only once the whole file is checked, so a reader used for a bad
 * file reads the next good one exactly as a fresh reader does, and the JSON handed to it is not
 * changed. Also the regression tests of the reader bugs the fuzz tests found.
 */
class ReaderFailureTest {
    private static final int CASES = 300;

    @Test
    void aFailedSessionReadLeavesTheReaderAsItWas() throws Exception {
        List<String> valid = SessionFuzzTest.validSessions();
        SessionFormat used = new SessionFormat();
        JsonMutator mutator = new JsonMutator(3);
        int failed = 0;
        for (int i = 0; i < CASES; i++) {
            String good = valid.get(i % valid.size());
            try {
                used.read(mutator.mutate(good), "bad.json");
            } catch (SessionFileException e) {
                failed++;
            }
            assertThat(used.text(used.read(good, "good.json"))).isEqualTo(new SessionFormat().text(new SessionFormat().read(good, "good.json")));
        }
        assertThat(failed).as("most mutations are refused").isGreaterThan(CASES / 3);
    }

    @Test
    void aFailedManifestReadChangesNeitherTheReaderNorTheJsonItWasGiven() throws Exception {
        List<String> valid = ManifestFuzzTest.validManifests();
        ManifestFormat used = new ManifestFormat();
        ObjectMapper mapper = new ObjectMapper();
        JsonMutator mutator = new JsonMutator(4);
        int failed = 0;
        for (int i = 0; i < CASES; i++) {
            String good = valid.get(i % valid.size());
            JsonNode node = parsedOrNull(mapper, mutator.mutate(good));
            if (!(node instanceof ObjectNode root)) continue;
            ObjectNode before = root.deepCopy();
            try {
                used.read(root, "bad.json");
            } catch (ManifestFileException e) {
                failed++;
            }
            assertThat(root).isEqualTo(before);
            assertThat(used.text(used.read(good, "good.json"))).isEqualTo(new ManifestFormat().text(new ManifestFormat().read(good, "good.json")));
        }
        assertThat(failed).as("most mutations are refused").isGreaterThan(CASES / 4);
    }

    private static JsonNode parsedOrNull(ObjectMapper mapper, String json) {
        try {
            return mapper.readTree(json);
        } catch (Exception e) {
            return null;
        }
    }

    /** Found by the fuzz tests: the whole bad value was quoted, a megabyte line on the terminal. */
    @Test
    void aHugeBadValueIsQuotedOnlyInPart() {
        String session = new SessionFormat().text(SessionTest.session(Samples.catalog("himmelblau")));
        String manifest = ManifestFuzzTest.validManifests().get(0);
        String huge = "\"" + "x".repeat(1_000_000) + "\"";
        assertShortError(() -> new SessionFormat().read(session.replace("\"steps\" : 300", "\"steps\" : " + huge), "s.json"),
                "s.json: field 'race.steps': expected a whole number, got \"xxx");
        assertShortError(() -> new ManifestFormat().read(manifest.replace("\"seed\" : 12", "\"seed\" : " + "[".repeat(900) + "]".repeat(900)), "m.json"),
                "m.json: field 'runs[0].seed': expected a whole number, got [[[");
        assertShortError(() -> new SessionFormat().read(session.replace("\"#d55e00\"", "\"#" + "d".repeat(1_000_000) + "\""), "s.json"),
                "s.json: field 'race.optimizers[0].color': expected a colour #rrggbb, got \"#ddd");
    }

    private static void assertShortError(ThrowingRead read, String start) {
        assertThatThrownBy(read::run).isInstanceOfSatisfying(BadFileException.class, e -> {
            assertThat(e.getMessage()).startsWith(start).hasSizeLessThan(400).endsWith(" characters)");
        });
    }

    private interface ThrowingRead {
        void run() throws Exception;
    }

    /** Found by the fuzz tests: an unknown field named "" gave an error that named no field. */
    @Test
    void anUnknownFieldWithAnEmptyOrInvisibleNameIsShownQuoted() {
        String manifest = ManifestFuzzTest.validManifests().get(0);
        assertThatThrownBy(() -> new ManifestFormat().read(manifest.replace("\"app_version\"", "\"\" : 1, \"app_version\""), "m.json"))
                .isInstanceOfSatisfying(ManifestFileException.class, e -> {
                    assertThat(e.field()).isEqualTo("\"\"");
                    assertThat(e.getMessage()).startsWith("m.json: field '\"\"': unknown field; known fields are app_version, digest, ");
                });
        String session = new SessionFormat().text(SessionTest.session(Samples.catalog("himmelblau")));
        assertThatThrownBy(() -> new SessionFormat().read(session.replace("\"step\" : 120", "\"step\" : 120, \"\\u0000\" : 1"), "s.json"))
                .isInstanceOfSatisfying(SessionFileException.class, e -> assertThat(e.field()).isEqualTo("playback.\"\\u0000\""));
    }
}
