package org.landscapelab.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Seeded mutations of every shipped scenario give a scenario or a ScenarioFileException naming the file, nothing else. */
class ScenarioFuzzTest {
    private static final int CASES = 4800;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void mutatedScenariosGiveOnlyCleanErrors() throws IOException {
        List<String> scenarios = new ArrayList<>();
        try (var list = Files.list(Path.of("sample-landscapes/scenarios"))) {
            for (Path p : list.filter(p -> p.toString().endsWith(".json")).sorted().toList()) scenarios.add(Files.readString(p));
        }
        assertThat(scenarios).hasSizeGreaterThanOrEqualTo(8);
        ScenarioFormat format = new ScenarioFormat();
        List<String> bugs = ReaderFuzz.bugs(scenarios, CASES, 11, ScenarioFileException.class, json -> format.read(json, ReaderFuzz.FILE));
        assertThat(bugs).as(String.join("\n", bugs)).isEmpty();
    }
}
