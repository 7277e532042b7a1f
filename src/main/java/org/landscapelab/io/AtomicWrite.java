package org.landscapelab.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file all or nothing: into a temporary file beside the target, forced to disk, then
 * renamed over it. A failure, or a crash, mid-write leaves the old file as it was; a failure leaves
 * no temporary file behind, nor does Ctrl-C or SIGTERM (a shutdown hook deletes the pending ones).
 * A hard crash may leave a hidden {@code .NAME.PID-UUID.tmp}, never a partial target; the next write
 * to that target sweeps it away (see {@link #isStale}).
 *
 * <p>A symbolic link is written through (its target is updated, the link stays a link), and an
 * existing file keeps its POSIX permissions.
 */
public final class AtomicWrite {
    /** What to write; may throw to abandon the write. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * The longest file name most file systems allow (NAME_MAX: 255 bytes on ext4, XFS, btrfs, APFS,
     * NTFS in UTF-16 units). A temporary name never exceeds it, so every legal target name can be written.
     */
    static final int MAX_NAME_BYTES = 255;
    /** What a temporary name adds to the target's name: "." + "." + a pid of up to 19 digits + "-" + a UUID + ".tmp". */
    private static final int TEMP_NAME_OVERHEAD = 1 + 1 + 19 + 1 + 36 + 4;
    /**
     * A temporary file whose name carries no process id (written by an older version) is stale
     * once untouched this long: every write keeps its temporary file busy, so an hour of silence
     * means its writer is gone.
     */
    static final Duration STALE_AFTER = Duration.ofHours(1);
    /** The kernel's own bound on a chain of symbolic links (Linux MAXSYMLINKS). */
    private static final int MAX_LINKS = 40;

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
     * Writes files that belong together (a figure and its manifest): every temporary file is opened
     * (so an unwritable target fails before anything is written), filled and forced to disk before the
     * first rename, so a failure up to then leaves every target as it was.
     */
    public static void writeAll(Map<Path, Content> files) throws IOException {
        List<Pending> pending = new ArrayList<>();
        try {
            for (Path target : files.keySet()) pending.add(open(target));
            int i = 0;
            for (Content content : files.values()) {
                Pending file = pending.get(i++);
                try {
                    content.writeTo(file.stream());
                } catch (IOException e) {
                    throw file.failure(e);
                }
            }
            for (Pending file : pending) file.prepare();
            for (Pending file : pending) file.commit();
        } finally {
            for (Pending file : pending) file.close();
        }
    }

    /**
     * A write that stays open over many calls (frames of an animation): {@link Pending#commit}
     * puts the file in place, {@link Pending#close} without a commit discards it.
     */
    public static Pending open(Path target) throws IOException {
        if (Files.isDirectory(target)) throw new IOException("cannot write " + target + ": it is a directory");
        Path destination = throughLinks(target);
        Path dir = destination.getParent();
        sweepStale(destination);
        Path tmp = dir.resolve(tempName(destination.getFileName().toString(), ProcessHandle.current().pid(), UUID.randomUUID()));
        FileChannel channel;
        try {
            // Not Files.createTempFile: that makes the file owner-only; this one gets the umask's permissions.
            channel = PendingTemps.create(tmp);
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + directoryProblem(dir, e), e);
        }
        return new Pending(target, destination, tmp, channel);
    }

    /** The file a write to {@code target} replaces: the end of its chain of symbolic links, absolute. */
    private static Path throughLinks(Path target) throws IOException {
        Path p = target.toAbsolutePath();
        for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(p); i++) {
            p = p.getParent().resolve(Files.readSymbolicLink(p)).normalize();
        }
        if (Files.isSymbolicLink(p)) throw new IOException("cannot write " + target + ": too many levels of symbolic links");
        if (Files.isDirectory(p)) throw new IOException("cannot write " + target + ": it is a directory");
        return p;
    }

    /**
     * ".NAME.PID-UUID.tmp"; a NAME so long that this would pass {@link #MAX_NAME_BYTES} is cut (at a
     * character) and given a hash of the whole name, so that the temporary names of two long
     * targets never mix and the sweep still finds them.
     */
    static String tempName(String targetName, long pid, UUID id) {
        return "." + tempStem(targetName) + "." + pid + "-" + id + ".tmp";
    }

    private static String tempStem(String name) {
        int budget = MAX_NAME_BYTES - TEMP_NAME_OVERHEAD;
        if (name.getBytes(StandardCharsets.UTF_8).length <= budget) return name;
        String hash = HexFormat.of().formatHex(sha256(name), 0, 8);
        StringBuilder cut = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + n > budget - 1 - hash.length()) break;
            cut.appendCodePoint(cp);
            bytes += n;
            i += Character.charCount(cp);
        }
        return cut + "~" + hash;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** PID-UUID in the current names, a bare UUID in an older version's. */
    private static final Pattern TEMP_ID = Pattern.compile("(?:(\\d{1,19})-)?\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    /** Deletes the stale temporary files of earlier writes to {@code destination}; a sweep that fails changes nothing. */
    private static void sweepStale(Path destination) {
        String prefix = "." + tempStem(destination.getFileName().toString()) + ".";
        Instant now = Instant.now();
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(destination.getParent(), p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".tmp") && n.length() > prefix.length() + 4;
        })) {
            for (Path tmp : temps) {
                String n = tmp.getFileName().toString();
                Matcher id = TEMP_ID.matcher(n.substring(prefix.length(), n.length() - 4));
                if (!id.matches() || !Files.isRegularFile(tmp, java.nio.file.LinkOption.NOFOLLOW_LINKS)) continue;
                Long pid = id.group(1) == null ? null : Long.valueOf(id.group(1));
                if (isStale(tmp, pid, Files.getLastModifiedTime(tmp), now)) Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            // best effort: a temporary file left over is untidy, never wrong
        }
    }

    /**
     * Whether a temporary file is left over from a writer that is gone: its process is not running
     * on this machine (or it is this process, which is not writing it), or, for a name without a
     * process id, it has not been touched for {@link #STALE_AFTER}. A live writer's file is never
     * taken; a reused process id only delays the sweep.
     */
    static boolean isStale(Path tmp, Long pid, FileTime modified, Instant now) {
        if (pid == null) return modified.toInstant().plus(STALE_AFTER).isBefore(now);
        if (pid == ProcessHandle.current().pid()) return !PendingTemps.contains(tmp);
        return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }

    /**
     * The temporary files this process is writing, deleted by a shutdown hook on Ctrl-C or SIGTERM.
     * Static because the hook is the process's own: one per JVM, whatever writes; a concurrent set
     * because the app writes from background threads and the hook runs on its own thread.
     */
    private static final class PendingTemps {
        private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

        static {
            try {
                Runtime.getRuntime().addShutdownHook(new Thread(PendingTemps::deleteAll, "atomic-write-cleanup"));
            } catch (IllegalStateException e) {
                // the first write came during shutdown: it ends by a commit or a discard, or not at all
            }
        }

        private PendingTemps() {}

        static FileChannel create(Path tmp) throws IOException {
            PENDING.add(tmp);
            try {
                return FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (IOException e) {
                PENDING.remove(tmp);
                throw e;
            }
        }

        static boolean contains(Path tmp) {
            return PENDING.contains(tmp);
        }

        static void remove(Path tmp) {
            PENDING.remove(tmp);
        }

        /** A rename racing with this either happened (the target is whole) or now fails (the target is as it was). */
        private static void deleteAll() {
            for (Path tmp : PENDING) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // the process is ending; nothing more can be done
                }
            }
        }
    }

    /** An open atomic write; not thread-safe. */
    public static final class Pending implements AutoCloseable {
        private final Path target;
        private final Path destination;
        private final Path tmp;
        private final FileChannel channel;
        private final OutputStream stream;
        private boolean prepared;
        private boolean finished;

        private Pending(Path target, Path destination, Path tmp, FileChannel channel) {
            this.target = target;
            this.destination = destination;
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
            boolean moved = false;
            try {
                prepare();
                finished = true;
                try {
                    Files.move(tmp, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, destination, StandardCopyOption.REPLACE_EXISTING);
                }
                moved = true;
                PendingTemps.remove(tmp);
                forceDirectory(destination.getParent());
            } catch (IOException e) {
                throw failure(e);
            } finally {
                finished = true;
                if (!moved) discard();
            }
        }

        /** Everything but the rename: the content on disk, with the permissions of the file it replaces. */
        private void prepare() throws IOException {
            if (prepared) return;
            try {
                stream.flush();
                keepPermissions();
                channel.force(true);
                channel.close();
            } catch (IOException e) {
                throw failure(e);
            }
            prepared = true;
        }

        /** An existing file keeps its mode (a script stays executable, a private file private); owner and group cannot be carried over. */
        private void keepPermissions() throws IOException {
            if (!Files.exists(destination)) return;
            try {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(destination));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the new file has the default permissions
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
                PendingTemps.remove(tmp);
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

        /** The hidden temporary file, for a program that must write it by name (ffmpeg seeks back into an MP4). */
        public Path temporaryFile() {
            return tmp;
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
    public static String problem(IOException e) {
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
