package org.landscapelab.cli;

import java.io.IOException;
import java.util.Locale;
import org.landscapelab.io.AtomicWrite;

/**
 * Standard output could not be written: the disk is full, or the reader of a pipe has gone
 * ({@code | head -3}). Unchecked, so that it leaves the command at the write that failed (no more
 * work for output nobody can read) through PrintWriter, which swallows IOExceptions.
 */
final class OutputFailure extends RuntimeException {
    OutputFailure(IOException cause) {
        super(cause.getMessage(), cause);
    }

    /** The reader closed its end; not an error of ours, so it is ended quietly. */
    boolean closedPipe() {
        String m = getMessage() == null ? "" : getMessage().toLowerCase(Locale.ROOT);
        // Linux and macOS say EPIPE's "Broken pipe"; Windows "The pipe is being closed" or "has been ended"
        return m.contains("broken pipe") || m.contains("pipe is being closed") || m.contains("pipe has been ended");
    }

    /** Why, in words: "the disk is full". */
    String reason() {
        return AtomicWrite.problem((IOException) getCause());
    }

    /** The failure somewhere in {@code e}'s causes (picocli and thread pools wrap it), or null. */
    static OutputFailure in(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof OutputFailure f) return f;
        }
        return null;
    }
}
