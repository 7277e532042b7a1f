package org.landscapelab.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** An output file option, checked before any work is done so that a typo costs no computation. */
final class OutputFile {
    private OutputFile() {}

    static Path of(String option, String text) {
        Path path;
        try {
            path = Path.of(text);
        } catch (InvalidPathException e) {
            throw new UsageException(option + ": not a valid file name: '" + text + "'");
        }
        if (path.getFileName() == null) throw new UsageException(option + ": expected a file name, got '" + text + "'");
        if (Files.isDirectory(path)) throw new UsageException(option + ": cannot write " + text + ": it is a directory");
        Path dir = path.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) throw new UsageException(option + ": cannot write " + text + ": the directory " + dir + " does not exist");
        if (!Files.isWritable(dir)) throw new UsageException(option + ": cannot write " + text + ": no permission to write in " + dir);
        return path;
    }
}
