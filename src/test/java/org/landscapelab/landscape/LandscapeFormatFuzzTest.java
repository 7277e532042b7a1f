package org.landscapelab.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.landscapelab.io.ReaderFuzz;

/** Seeded mutations of every sample landscape file give a landscape or a LandscapeFileException naming the file, nothing else. */
class LandscapeFormatFuzzTest {
    private static final int CASES = 4000;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void mutatedFilesGiveOnlyCleanErrors() throws IOException {
        List<String> samples = new ArrayList<>();
        try (var files = Files.list(Path.of("sample-landscapes"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) samples.add(Files.readString(p));
        }
        assertThat(samples).hasSizeGreaterThanOrEqualTo(8);
        LandscapeFormat format = new LandscapeFormat();
        List<String> bugs = ReaderFuzz.bugs(samples, CASES, 13, LandscapeFileException.class, json -> format.read(json, ReaderFuzz.FILE));
        assertThat(bugs).as(String.join("\n", bugs)).isEmpty();
    }
}
