package org.landscapelab.io;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the {@code ffmpeg} program that writes MP4 videos, as matplotlib's animation writer does:
 * on the PATH. The lab bundles no encoder: Debian's, Homebrew's and winget's ffmpeg have libx264,
 * and the pure-Java alternatives write files many times larger.
 */
public final class Ffmpeg {
    /** What to tell the user when there is none. */
    public static final String MISSING =
            "MP4 needs ffmpeg on the PATH: apt-get install ffmpeg / brew install ffmpeg / winget install ffmpeg; GIF works without it";
    /** Homebrew's folders: an app started from the macOS Finder gets a PATH without them. */
    private static final List<String> HOMEBREW_FOLDERS = List.of("/opt/homebrew/bin", "/usr/local/bin");

    private Ffmpeg() {}

    /** ffmpeg on this process's PATH (on macOS also in Homebrew's folders), if there is one. */
    public static Optional<Path> find() {
        return find(System.getenv("PATH"), System.getProperty("os.name", ""));
    }

    /** ffmpeg on the PATH, or IOException with {@link #MISSING}. */
    public static Path require() throws IOException {
        return find().orElseThrow(() -> new IOException(MISSING));
    }

    /** The first executable ffmpeg in the folders of {@code path} (a PATH variable, possibly null) on the named OS. */
    static Optional<Path> find(String path, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        String program = os.startsWith("windows") ? "ffmpeg.exe" : "ffmpeg";
        List<String> folders = new ArrayList<>(path == null ? List.of() : List.of(path.split(File.pathSeparator)));
        if (os.startsWith("mac")) folders.addAll(HOMEBREW_FOLDERS);
        for (String folder : folders) {
            if (folder.isBlank()) continue;
            try {
                Path candidate = Path.of(folder, program);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) return Optional.of(candidate);
            } catch (InvalidPathException e) {
                // a malformed PATH entry names no program
            }
        }
        return Optional.empty();
    }
}
