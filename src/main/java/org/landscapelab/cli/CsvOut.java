package org.landscapelab.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.landscapelab.io.AtomicWrite;

/** CSV lines to standard output, or with --out atomically to a file: a failed write leaves no partial file. */
final class CsvOut {
    private CsvOut() {}

    /** Takes one line, without its end. */
    interface LineSink {
        void line(CharSequence text) throws IOException;
    }

    /** Writes every line to a sink. */
    interface Lines {
        void writeTo(LineSink out) throws IOException;
    }

    /** The --out file, checked before any work is done; null for standard output. */
    static Path option(String out) {
        if (out == null) return null;
        Path path = OutputFile.of("--out", out);
        if (!path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw new UsageException("--out: expected a .csv file, got '" + path.getFileName() + "'");
        }
        return path;
    }

    static void write(PrintWriter stdout, Path path, Lines lines) {
        try {
            if (path == null) {
                lines.writeTo(stdout::println);
                stdout.flush();
                return;
            }
            AtomicWrite.write(path, stream -> {
                Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
                lines.writeTo(line -> w.append(line).append('\n'));
                w.flush();
            });
        } catch (UncheckedIOException e) {
            throw new UsageException("--out: " + e.getCause().getMessage());
        } catch (IOException e) {
            if (path == null) throw new UncheckedIOException(e); // a PrintWriter does not throw
            throw new UsageException("--out: " + e.getMessage());
        }
    }
}
