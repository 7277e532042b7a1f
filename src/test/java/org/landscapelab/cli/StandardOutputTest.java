package org.landscapelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystemException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Standard output that cannot be written, in-process: a sink that fails as a full disk or a closed pipe does. */
class StandardOutputTest {
    private static final String[] LONG_TRACE = {"trace", "--landscape", "himmelblau", "--optimizer", "sgd", "--param", "lr=0.001", "--steps", "200000"};

    /** Takes {@code room} bytes, then fails every write with {@code why}; counts the writes it was asked for. */
    private static final class Sink extends OutputStream {
        final long room;
        final String why;
        long taken;
        int failedWrites;

        Sink(long room, String why) {
            this.room = room;
            this.why = why;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (taken + len > room) {
                failedWrites++;
                throw new FileSystemException(null, null, why);
            }
            taken += len;
        }
    }

    private record Result(int exitCode, String err) {}

    private static Result run(Sink sink, String... args) {
        StringWriter err = new StringWriter();
        int code = Cli.run(args, StandardOutput.onto(sink), new PrintWriter(err));
        return new Result(code, err.toString());
    }

    @Test
    void aFullDiskIsExitOneWithOneLineSayingSo() {
        Sink full = new Sink(100_000, "No space left on device");
        Result r = run(full, LONG_TRACE);
        assertThat(r.exitCode()).isEqualTo(Cli.OUTPUT_FAILED);
        assertThat(r.err()).isEqualTo("error: writing output: the disk is full" + System.lineSeparator());
        assertThat(full.failedWrites).as("the command stops at the first failed write").isEqualTo(1);
    }

    @Test
    void aFailureInTheLastFlushIsStillAFailure() {
        Result r = run(new Sink(0, "Input/output error"), "trace", "--landscape", "himmelblau", "--optimizer", "sgd", "--steps", "3");
        assertThat(r.exitCode()).isEqualTo(Cli.OUTPUT_FAILED);
        assertThat(r.err()).isEqualTo("error: writing output: Input/output error" + System.lineSeparator());
    }

    @Test
    void helpOntoAFullDiskFailsToo() {
        Result r = run(new Sink(0, "No space left on device"), "trace", "--help");
        assertThat(r.exitCode()).isEqualTo(Cli.OUTPUT_FAILED);
        assertThat(r.err()).startsWith("error: writing output: the disk is full");
    }

    @Test
    void aClosedPipeStopsTheWorkQuietlyWithExit141() {
        Sink pipe = new Sink(3_000, "Broken pipe");
        Result r = run(pipe, LONG_TRACE);
        assertThat(r.exitCode()).isEqualTo(Cli.CLOSED_PIPE);
        assertThat(r.err()).isEmpty();
        assertThat(pipe.failedWrites).isEqualTo(1);
    }

    @Test
    void anEnsembleOntoAClosedPipeIsQuietToo() {
        Result r = run(new Sink(0, "Broken pipe"), "ensemble", "--landscape", "double_well", "--optimizer", "sgd", "--steps", "10",
                "--particles", "20", "--threads", "1");
        assertThat(r.exitCode()).isEqualTo(Cli.CLOSED_PIPE);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void validOutputIsUnchangedByte_forByte() {
        String[] args = {"trace", "--landscape", "himmelblau", "--optimizer", "adam", "--param", "lr=0.1", "--steps", "50"};
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        int code = Cli.run(args, StandardOutput.onto(bytes), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(CliRun.of(args).out());
    }

    @Test
    void replayOntoAFullDiskIsExitOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) {
        String manifest = tmp.resolve("r.manifest.json").toString();
        CliRun render = CliRun.of("render", "--landscape", "himmelblau", "--optimizer", "sgd", "--steps", "3000", "--width", "160",
                "--height", "120", "--out", tmp.resolve("r.svg").toString(), "--manifest");
        assertThat(render.exitCode()).as("stderr was: %s", render.err()).isZero();
        Result r = run(new Sink(10_000, "No space left on device"), "replay", manifest);
        assertThat(r.exitCode()).isEqualTo(Cli.OUTPUT_FAILED);
        assertThat(r.err()).isEqualTo("error: writing output: the disk is full" + System.lineSeparator());
    }

    /** picocli's @file expansion would read /dev/zero forever and splice a file's words into the arguments. */
    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void atFilesAreNotExpanded() {
        CliRun zero = CliRun.of("critical", "--landscape", "himmelblau", "@/dev/zero");
        assertThat(zero.isCleanUsageError()).as("stderr was: %s", zero.err()).isTrue();
        assertThat(zero.err()).contains("@/dev/zero");
        CliRun dir = CliRun.of("critical", "--landscape", "himmelblau", "@/tmp");
        assertThat(dir.isCleanUsageError()).as("stderr was: %s", dir.err()).isTrue();
    }

    @Test
    void anAtValueIsTakenLiterally(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws IOException {
        java.nio.file.Path words = java.nio.file.Files.writeString(tmp.resolve("x"), "himmelblau\n");
        CliRun run = CliRun.of("critical", "--landscape", "@" + words);
        assertThat(run.isCleanUsageError()).as("stderr was: %s", run.err()).isTrue();
        assertThat(run.err()).startsWith("error: --landscape").contains("@" + words);
    }
}
