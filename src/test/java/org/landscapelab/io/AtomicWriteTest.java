package org.landscapelab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriteTest {
    @TempDir
    Path dir;

    @Test
    void aWriteReplacesTheOldFile() throws IOException {
        Path target = dir.resolve("a.txt");
        Files.writeString(target, "old");
        AtomicWrite.writeString(target, "new");
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void aWriteThatFailsHalfwayKeepsTheOldBytesAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("a.svg");
        byte[] old = "<svg>the old figure</svg>".getBytes(StandardCharsets.UTF_8);
        Files.write(target, old);
        assertThatThrownBy(() -> AtomicWrite.write(target, out -> {
            out.write("<svg>half a new".getBytes(StandardCharsets.UTF_8));
            throw new FileSystemException(target.toString(), null, "No space left on device");
        })).isInstanceOf(IOException.class).hasMessage("cannot write " + target + ": the disk is full");
        assertThat(Files.readAllBytes(target)).isEqualTo(old);
        assertThat(files()).containsExactly(target);
    }

    @Test
    void aWrappedStreamFailureKeepsItsMessage() {
        Path target = dir.resolve("a.png");
        assertThatThrownBy(() -> AtomicWrite.write(target, out -> {
            try {
                out.write(new byte[10]);
                throw new FileSystemException(target.toString(), null, "No space left on device");
            } catch (IOException e) {
                throw new javax.imageio.IIOException("I/O error writing PNG file!", e);
            }
        })).hasMessage("cannot write " + target + ": the disk is full");
    }

    @Test
    void aPendingWriteClosedWithoutCommitLeavesNothing() throws IOException {
        Path target = dir.resolve("anim.gif");
        try (AtomicWrite.Pending p = AtomicWrite.open(target)) {
            p.stream().write(new byte[1000]);
            assertThat(Files.exists(target)).isFalse(); // nothing appears before the commit
        }
        assertThat(files()).isEmpty();
    }

    @Test
    void aMissingDirectoryIsNamed() {
        Path target = dir.resolve("no-such-dir").resolve("x.csv");
        assertThatThrownBy(() -> AtomicWrite.writeString(target, "x"))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot write " + target + ": the directory " + target.getParent() + " does not exist");
    }

    @Test
    void aDirectoryIsNotOverwritten() throws IOException {
        Path target = Files.createDirectory(dir.resolve("figure.png"));
        assertThatThrownBy(() -> AtomicWrite.writeString(target, "x")).hasMessageContaining("it is a directory");
        assertThat(Files.isDirectory(target)).isTrue();
    }

    @Test
    void operatingSystemErrorsReadAsWords() {
        assertThat(AtomicWrite.problem(new FileSystemException("/x", null, "Disk quota exceeded"))).isEqualTo("the disk quota is exceeded");
        assertThat(AtomicWrite.problem(new FileSystemException("/x", null, "Read-only file system"))).isEqualTo("the file system is read-only");
        assertThat(AtomicWrite.problem(new java.nio.file.AccessDeniedException("/x"))).isEqualTo("permission denied");
        assertThat(AtomicWrite.problem(new IOException("No space left on device"))).isEqualTo("the disk is full");
        // ImageIO wraps what the stream threw: the cause is what the user needs to read
        assertThat(AtomicWrite.problem(new javax.imageio.IIOException("I/O error writing PNG file!", new IOException("No space left on device"))))
                .isEqualTo("the disk is full");
    }

    private Stream<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList().stream();
        }
    }
}
