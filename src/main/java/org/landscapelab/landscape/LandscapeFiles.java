package org.landscapelab.landscape;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Loads landscape files from disk; one bad file never stops the others from loading. */
public final class LandscapeFiles {
    /** Larger files are not landscapes; refuse them before reading them into memory. */
    private static final long MAX_BYTES = 4 << 20;

    private final LandscapeFormat format = new LandscapeFormat();

    /** What a directory gave: the landscapes that loaded, and one error per file that did not. */
    public record Loaded(List<Landscape> landscapes, List<LandscapeFileException> errors) {
        public Loaded {
            landscapes = List.copyOf(landscapes);
            errors = List.copyOf(errors);
        }
    }

    public Landscape load(Path file) throws LandscapeFileException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            if (Files.size(file) > MAX_BYTES) throw new LandscapeFileException(name, "", "file is larger than 4 MiB");
            return format.read(Files.readString(file, StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new LandscapeFileException(name, "", "cannot read: " + describe(e));
        }
    }

    /** Every *.json directly in {@code dir}, sorted by file name. */
    public Loaded loadDirectory(Path dir) {
        List<Landscape> landscapes = new ArrayList<>();
        List<LandscapeFileException> errors = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            errors.add(new LandscapeFileException(dir.toString(), "", "cannot list directory: " + describe(e)));
            return new Loaded(landscapes, errors);
        }
        for (Path f : files) {
            try {
                landscapes.add(load(f));
            } catch (LandscapeFileException e) {
                errors.add(e);
            }
        }
        return new Loaded(landscapes, errors);
    }

    private static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? kind : kind + " " + e.getMessage();
    }
}
