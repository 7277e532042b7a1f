package org.landscapelab.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.UUID;

/**
 * Writes a file all or nothing: into a temporary file beside the target, forced to disk, then
 * renamed over it. A failure, or a crash, mid-write leaves the old file as it was; a failure leaves
 * no temporary file behind (a crash may leave a hidden {@code .NAME.*.tmp}, never a partial target).
 */
public final class AtomicWrite {
    /** What to write; may throw to abandon the write. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicWrite() {}

    /** Writes {@code content} into {@code target} atomically. */
    public static void write(Path target, Content content) throws IOException {
        try (Pending file = open(target)) {
            try {
                content.writeTo(file.stream());
            } catch (IOException e) {
                throw file.failure(e);
            }
            file.commit();
        }
    }

    public static void writeString(Path target, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(target, out -> out.write(bytes));
    }

    /**
     * A write that stays open over many calls (frames of an animation): {@link Pending#commit}
     * puts the file in place, {@link Pending#close} without a commit discards it.
     */
    public static Pending open(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (Files.isDirectory(absolute)) throw new IOException("cannot write " + target + ": it is a directory");
        // Not Files.createTempFile: that makes the file owner-only; this one gets the umask's permissions.
        Path tmp = dir.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        FileChannel channel;
        try {
            channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + directoryProblem(dir, e), e);
        }
        return new Pending(target, absolute, tmp, channel);
    }

    /** An open atomic write; not thread-safe. */
    public static final class Pending implements AutoCloseable {
        private final Path target;
        private final Path absolute;
        private final Path tmp;
        private final FileChannel channel;
        private final OutputStream stream;
        private boolean finished;

        private Pending(Path target, Path absolute, Path tmp, FileChannel channel) {
            this.target = target;
            this.absolute = absolute;
            this.tmp = tmp;
            this.channel = channel;
            this.stream = new Guarded(Channels.newOutputStream(channel));
        }

        /** Where the content goes; closing it does not end the write (commit or close does). */
        public OutputStream stream() {
            return stream;
        }

        /** Forces the content to disk and renames it over the target. */
        public void commit() throws IOException {
            if (finished) throw new IllegalStateException("already committed or discarded");
            finished = true;
            boolean moved = false;
            try {
                stream.flush();
                channel.force(true);
                channel.close();
                try {
                    Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
                }
                moved = true;
                forceDirectory(absolute.getParent());
            } catch (IOException e) {
                throw failure(e);
            } finally {
                if (!moved) discard();
            }
        }

        /** Discards the write unless it was committed; the target is left as it was. */
        @Override
        public void close() throws IOException {
            if (finished) return;
            finished = true;
            discard();
        }

        private void discard() throws IOException {
            try {
                channel.close();
            } finally {
                Files.deleteIfExists(tmp);
            }
        }

        /** Turns every failure while writing into "cannot write TARGET: why". */
        private final class Guarded extends FilterOutputStream {
            Guarded(OutputStream out) {
                super(out);
            }

            @Override
            public void write(int b) throws IOException {
                try {
                    out.write(b);
                } catch (IOException e) {
                    throw failure(e);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try {
                    out.write(b, off, len);
                } catch (IOException e) {
                    throw failure(e);
                }
            }

            @Override
            public void flush() throws IOException {
                try {
                    out.flush();
                } catch (IOException e) {
                    throw failure(e);
                }
            }

            @Override
            public void close() {
                // the write ends with commit() or Pending.close(), not when a writer closes its stream
            }
        }

        /** "cannot write TARGET: why"; an image writer's "I/O error writing PNG file!" gives way to the cause it wraps. */
        IOException failure(IOException e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof IOException io && io.getMessage() != null && io.getMessage().startsWith("cannot write " + target + ":")) {
                    return io;
                }
            }
            return new IOException("cannot write " + target + ": " + problem(e), e);
        }
    }

    /** Makes the rename durable; not every platform can open a directory, which is fine. */
    private static void forceDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // the file itself is on disk; only the rename might be lost in a power cut
        }
    }

    private static String directoryProblem(Path dir, IOException e) {
        if (!Files.isDirectory(dir)) return "the directory " + dir + " does not exist";
        if (e instanceof AccessDeniedException) return "no permission to write in " + dir;
        return problem(e);
    }

    /** What an operating system error means, in words; looks through wrapping exceptions for it. */
    static String problem(IOException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            String m = c instanceof FileSystemException f && f.getReason() != null ? f.getReason() : c.getMessage();
            String lower = m == null ? "" : m.toLowerCase(Locale.ROOT);
            if (lower.contains("no space left")) return "the disk is full";
            if (lower.contains("quota")) return "the disk quota is exceeded";
            if (lower.contains("read-only file system")) return "the file system is read-only";
            if (c instanceof AccessDeniedException || lower.contains("permission denied")) return "permission denied";
            if (c instanceof NoSuchFileException) return "no such file or directory";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
