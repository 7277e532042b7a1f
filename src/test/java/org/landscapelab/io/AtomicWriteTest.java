package org.landscapelab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
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

    @Test
    void staleTemporaryFilesAreSweptByTheNextWriteAndLiveOnesKept() throws Exception {
        Path target = dir.resolve("a.csv");
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        long live = ProcessHandle.current().parent().orElseThrow().pid();
        Path crashed = temp(".a.csv." + gone.pid() + "-" + UUID.randomUUID() + ".tmp");
        Path oldStyleOld = temp(".a.csv." + UUID.randomUUID() + ".tmp");
        Files.setLastModifiedTime(oldStyleOld, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path oldStyleFresh = temp(".a.csv." + UUID.randomUUID() + ".tmp");
        Path writing = temp(".a.csv." + live + "-" + UUID.randomUUID() + ".tmp");
        Path otherTarget = temp(".a.csv.bak." + gone.pid() + "-" + UUID.randomUUID() + ".tmp");

        AtomicWrite.writeString(target, "new");

        assertThat(files()).containsExactlyInAnyOrder(target, oldStyleFresh, writing, otherTarget);
        assertThat(crashed).doesNotExist();
        assertThat(oldStyleOld).doesNotExist();
    }

    @Test
    void aNameOfTheFullLegalLengthStillWrites() throws IOException {
        for (String name : List.of("x".repeat(251) + ".csv", "\u00e9".repeat(125) + ".csv")) {
            assertThat(name.getBytes(StandardCharsets.UTF_8).length).isBetween(254, 255);
            Path target = dir.resolve(name);
            AtomicWrite.writeString(target, "long");
            assertThat(Files.readString(target)).isEqualTo("long");
            Files.delete(target);
        }
        assertThat(files()).isEmpty();
    }

    @Test
    void temporaryNamesStayWithinTheLimitAndApartForLongTargets() {
        UUID id = UUID.randomUUID();
        String a = AtomicWrite.tempName("x".repeat(250) + ".a", Long.MAX_VALUE, id);
        String b = AtomicWrite.tempName("x".repeat(250) + ".b", Long.MAX_VALUE, id);
        assertThat(a.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(AtomicWrite.MAX_NAME_BYTES);
        assertThat(a).isNotEqualTo(b);
        assertThat(AtomicWrite.tempName("fig.svg", 42, id)).isEqualTo(".fig.svg.42-" + id + ".tmp");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aWriteThroughASymbolicLinkUpdatesItsTargetAndKeepsTheLink() throws IOException {
        Path real = Files.writeString(Files.createDirectory(dir.resolve("data")).resolve("real.csv"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("data", "real.csv"));
        AtomicWrite.writeString(link, "new");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.csv"), dir.resolve("data").resolve("later.csv"));
        AtomicWrite.writeString(dangling, "made");
        assertThat(Files.isSymbolicLink(dangling)).isTrue();
        assertThat(Files.readString(dir.resolve("data").resolve("later.csv"))).isEqualTo("made");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void anExistingFileKeepsItsPermissions() throws IOException {
        Path target = Files.writeString(dir.resolve("run.sh"), "old");
        Set<PosixFilePermission> mode = PosixFilePermissions.fromString("rwxr-x---");
        Files.setPosixFilePermissions(target, mode);
        AtomicWrite.writeString(target, "new");
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(mode);
        assertThat(Files.readString(target)).isEqualTo("new");
    }

    @Test
    void filesWrittenTogetherAreAllLeftAsTheyWereWhenOneCannotBeWritten() throws IOException {
        Path figure = Files.writeString(dir.resolve("fig.svg"), "old figure");
        Path manifest = Files.createDirectory(dir.resolve("fig.manifest.json"));
        Map<Path, AtomicWrite.Content> files = new LinkedHashMap<>();
        files.put(figure, out -> out.write("new figure".getBytes(StandardCharsets.UTF_8)));
        files.put(manifest, out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> AtomicWrite.writeAll(files)).hasMessage("cannot write " + manifest + ": it is a directory");
        assertThat(Files.readString(figure)).isEqualTo("old figure");
        assertThat(files()).containsExactlyInAnyOrder(figure, manifest);

        Files.delete(manifest);
        files.put(manifest, out -> {
            throw new FileSystemException(manifest.toString(), null, "No space left on device");
        });
        assertThatThrownBy(() -> AtomicWrite.writeAll(files)).hasMessage("cannot write " + manifest + ": the disk is full");
        assertThat(Files.readString(figure)).isEqualTo("old figure");
        assertThat(files()).containsExactly(figure);
    }

    private Path temp(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "partial");
    }

    private Stream<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList().stream();
        }
    }
}
