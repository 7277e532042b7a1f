package org.landscapelab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the ground truth lives: system property lab.reference.dir, default the copy in src/test/resources/reference. */
public final class ReferenceData {
    private ReferenceData() {}

    public static Path dir() {
        Path dir = Path.of(System.getProperty("lab.reference.dir", "src/test/resources/reference"));
        assertThat(dir).as("reference data folder (set -Dlab.reference.dir)").isDirectory();
        return dir;
    }

    /** Every *.json case file in a sub-folder, so that cases dropped in later run too. */
    public static List<Path> cases(String subfolder) {
        try (Stream<Path> s = Files.list(dir().resolve(subfolder))) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertThat(files).as("case files in " + subfolder).isNotEmpty();
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
