package org.landscapelab.io;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the files shipped inside the app (sample landscapes, scenarios) whether the classes run
 * from a folder (mvn javafx:run) or from the fat jar.
 */
public final class BundledFiles {
    private BundledFiles() {}

    /** Name and text of every file in a bundled folder with the given ending, sorted by name. */
    public static List<Map.Entry<String, String>> read(String folder, String ending) throws IOException {
        URL url = BundledFiles.class.getResource("/" + folder);
        if (url == null) return List.of();
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return readAll(fs.getPath("/" + folder), ending);
            }
            return readAll(Path.of(uri), ending);
        } catch (URISyntaxException e) {
            throw new IOException("bad resource location " + url, e);
        }
    }

    private static List<Map.Entry<String, String>> readAll(Path dir, String ending) throws IOException {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(ending)).sorted().toList()) {
                out.add(Map.entry(p.getFileName().toString(), Files.readString(p)));
            }
        }
        return out;
    }
}
