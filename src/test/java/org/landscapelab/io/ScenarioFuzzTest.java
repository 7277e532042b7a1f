package org.landscapelab.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.landscapelab.SeededJsonMutations;

/**
 * Seeded mutations of every shipped scenario (text and tree edits): each is either a clean
 * {@link ScenarioFileException} naming the file, or a scenario, never another exception.
 */
class ScenarioFuzzTest {
    static final int MUTATIONS_PER_SCENARIO = 600;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void mutatedScenariosGiveCleanErrorsOrLoad() throws Exception {
        List<Path> files;
        try (var list = Files.list(Path.of("sample-landscapes/scenarios"))) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(8);
        ScenarioFormat format = new ScenarioFormat();
        ObjectMapper json = new ObjectMapper();
        int errors = 0, loaded = 0;
        for (Path file : files) {
            String text = Files.readString(file);
            JsonNode tree = json.readTree(text);
            SplittableRandom random = new SplittableRandom(file.getFileName().toString().hashCode());
            for (int i = 0; i < MUTATIONS_PER_SCENARIO; i++) {
                String mutated = SeededJsonMutations.mutate(text, tree, random);
                try {
                    format.read(mutated, "m.json");
                    loaded++;
                } catch (ScenarioFileException e) {
                    assertThat(e.getMessage()).startsWith("m.json: ");
                    assertThat(e.problem()).isNotBlank();
                    errors++;
                } catch (RuntimeException e) {
                    throw new AssertionError(file.getFileName() + " mutation " + i + " threw " + e + " on:\n" + mutated, e);
                }
            }
        }
        assertThat(errors + loaded).isEqualTo(files.size() * MUTATIONS_PER_SCENARIO);
        assertThat(errors).isGreaterThan(files.size() * MUTATIONS_PER_SCENARIO / 4);
        assertThat(loaded).isGreaterThan(0);
    }
}
