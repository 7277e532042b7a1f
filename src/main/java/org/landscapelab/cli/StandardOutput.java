package org.landscapelab.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The commands' standard output: a PrintWriter whose failed writes throw {@link OutputFailure}
 * instead of being swallowed (a plain PrintWriter onto a full disk exits 0 with a truncated CSV).
 */
public final class StandardOutput {
    private StandardOutput() {}

    /** UTF-8 text onto {@code out}, buffered; {@link Cli#run} turns a failed write into its exit code. */
    public static PrintWriter onto(OutputStream out) {
        return new PrintWriter(new Failing(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)));
    }

    /** PrintWriter catches IOException only: an unchecked exception goes through it to the command. */
    private static final class Failing extends Writer {
        private final Writer out;

        Failing(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] buffer, int off, int len) {
            try {
                out.write(buffer, off, len);
            } catch (IOException e) {
                throw new OutputFailure(e);
            }
        }

        @Override
        public void write(String text, int off, int len) {
            try {
                out.write(text, off, len);
            } catch (IOException e) {
                throw new OutputFailure(e);
            }
        }

        @Override
        public void flush() {
            try {
                out.flush();
            } catch (IOException e) {
                throw new OutputFailure(e);
            }
        }

        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException e) {
                throw new OutputFailure(e);
            }
        }
    }
}
