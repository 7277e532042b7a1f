package org.landscapelab.io;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.landscapelab.sim.Progress;

/**
 * Writes an MP4 video (H.264, yuv420p, the index at the front for slide software) by piping raw
 * RGB frames to ffmpeg, as matplotlib's animation writer does. ffmpeg writes the hidden temporary
 * file of an {@link AtomicWrite}, which {@link #finish()} puts in place once ffmpeg has succeeded;
 * closing without finishing (an error, a cancellation) kills ffmpeg and leaves any old file as it was.
 * ffmpeg's messages are read on a thread of their own, so that a full pipe never stalls it, and its
 * last lines explain a failure.
 */
public final class Mp4Video implements FrameSink {
    /** x264's default quality: drawn figures stay sharp, and the file is a fraction of the GIF's size. */
    private static final int CRF = 23;
    /** x264's balanced default; on drawn figures the presets differ by a few per cent in size (a 10 s 720p race: 0.15-0.16 MB). */
    private static final String PRESET = "medium";
    /** How much of ffmpeg's complaint an error shows. */
    private static final int ERROR_LINES = 6;

    private final Path target;
    private final AtomicWrite.Pending file;
    private final Process ffmpeg;
    private final OutputStream frames;
    private final LastLines messages;
    private final int width;
    private final int height;
    private final int expectedFrames;
    private final Progress progress;
    private final byte[] rgb;
    private final int[] row;
    private int written;
    private boolean done;

    private Mp4Video(Path target, AtomicWrite.Pending file, Process ffmpeg, int width, int height, int expectedFrames, Progress progress) {
        this.target = target;
        this.file = file;
        this.ffmpeg = ffmpeg;
        this.frames = ffmpeg.getOutputStream();
        this.messages = LastLines.drain(ffmpeg.getErrorStream(), ERROR_LINES);
        this.width = width;
        this.height = height;
        this.expectedFrames = expectedFrames;
        this.progress = progress;
        this.rgb = new byte[width * height * 3];
        this.row = new int[width];
    }

    /**
     * Starts ffmpeg ({@code executable}, usually {@link Ffmpeg#require()}) on a video of width x height
     * (both even) at {@code framesPerSecond}. {@code expectedFrames} is the total that {@code progress}
     * reports against; its {@code cancelled()} is checked before each frame and while ffmpeg finishes.
     */
    public static Mp4Video create(Path target, int width, int height, int framesPerSecond, int expectedFrames, Progress progress,
                                  Path executable) throws IOException {
        if (width < 2 || height < 2 || width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("an MP4's width and height must be even, got " + width + " x " + height);
        }
        if (framesPerSecond < 1) throw new IllegalArgumentException("frame rate must be at least 1 per second, got " + framesPerSecond);
        if (executable == null || !Files.isRegularFile(executable) || !Files.isExecutable(executable)) {
            throw new IOException(Ffmpeg.MISSING + (executable == null ? "" : " (there is none at " + executable + ")"));
        }
        AtomicWrite.Pending file = AtomicWrite.open(target);
        Process process;
        try {
            process = new ProcessBuilder(command(executable, width, height, framesPerSecond, file.temporaryFile()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException | RuntimeException e) {
            file.close();
            throw new IOException("cannot write " + target + ": cannot start " + executable + ": " + e.getMessage(), e);
        }
        try {
            return new Mp4Video(target, file, process, width, height, Math.max(0, expectedFrames), progress);
        } catch (RuntimeException | Error e) {
            process.destroyForcibly();
            file.close();
            throw e;
        }
    }

    /**
     * ffmpeg reading raw RGB frames on its standard input and writing H.264 in MP4 to {@code out}. The
     * colours are converted with BT.709 and tagged so: players assume it for HD video, and ffmpeg's
     * untagged default (BT.601) would shift the colour map's hues.
     */
    static List<String> command(Path executable, int width, int height, int framesPerSecond, Path out) {
        return List.of(executable.toString(), "-hide_banner", "-nostdin", "-nostats", "-loglevel", "error", "-y",
                "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", width + "x" + height, "-r", Integer.toString(framesPerSecond), "-i", "-",
                "-an", "-vf", "scale=out_color_matrix=bt709:out_range=tv",
                "-c:v", "libx264", "-preset", PRESET, "-crf", Integer.toString(CRF), "-pix_fmt", "yuv420p",
                "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709", "-color_range", "tv",
                "-movflags", "+faststart", "-f", "mp4", "file:" + out.toAbsolutePath());
    }

    /** Sends a frame (of the video's size) to ffmpeg; throws CancellationException if cancelled. */
    @Override
    public void add(BufferedImage frame) throws IOException {
        if (done) throw new IllegalStateException("the video is already finished or closed");
        if (progress.cancelled()) throw new CancellationException("MP4 export cancelled");
        if (frame.getWidth() != width || frame.getHeight() != height) {
            throw new IllegalArgumentException("frame is " + frame.getWidth() + " x " + frame.getHeight() + ", the video " + width + " x " + height);
        }
        int k = 0;
        for (int y = 0; y < height; y++) {
            frame.getRGB(0, y, width, 1, row, 0, width);
            for (int p : row) {
                rgb[k++] = (byte) (p >> 16);
                rgb[k++] = (byte) (p >> 8);
                rgb[k++] = (byte) p;
            }
        }
        try {
            frames.write(rgb);
        } catch (IOException e) {
            throw failure(e); // ffmpeg stopped reading: it has failed
        }
        written++;
        progress.update(written, Math.max(written, expectedFrames));
    }

    /** Lets ffmpeg finish the video and puts it in place of the target. */
    @Override
    public void finish() throws IOException {
        if (done) throw new IllegalStateException("the video is already finished or closed");
        if (written == 0) throw new IllegalStateException("a video needs at least one frame");
        try {
            frames.close();
        } catch (IOException e) {
            throw failure(e);
        }
        if (waitForExit() != 0) throw failure(null);
        done = true;
        file.commit();
    }

    /** Without {@link #finish()}: kills ffmpeg and discards what it wrote; the target stays as it was. */
    @Override
    public void close() throws IOException {
        if (done) return;
        done = true;
        ffmpeg.destroyForcibly();
        try {
            ffmpeg.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // it was killed; the file is discarded anyway
        } finally {
            file.close();
        }
    }

    /** ffmpeg's exit code, cancelling if asked to while it encodes the last frames. */
    private int waitForExit() throws IOException {
        try {
            while (!ffmpeg.waitFor(100, TimeUnit.MILLISECONDS)) {
                if (progress.cancelled()) throw new CancellationException("MP4 export cancelled");
            }
            return ffmpeg.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while ffmpeg was writing " + target);
        }
    }

    /** "cannot write TARGET: ffmpeg failed (exit code N):" and ffmpeg's last lines, once it has ended. */
    private IOException failure(IOException cause) throws IOException {
        int exit;
        try {
            if (!ffmpeg.waitFor(10, TimeUnit.SECONDS)) ffmpeg.destroyForcibly().waitFor();
            exit = ffmpeg.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while ffmpeg was writing " + target);
        }
        String said = messages.text();
        String why = said.isEmpty() ? (cause == null ? "it gave no reason" : AtomicWrite.problem(cause)) : said;
        return new IOException("cannot write " + target + ": ffmpeg failed (exit code " + exit + "):\n" + why, cause);
    }

    /** Reads a stream to its end on a daemon thread, keeping its last lines. */
    private static final class LastLines {
        private final ArrayDeque<String> lines = new ArrayDeque<>();
        private final int keep;
        private final Thread reader;

        private LastLines(InputStream in, int keep) {
            this.keep = keep;
            this.reader = new Thread(() -> read(in), "ffmpeg messages");
            reader.setDaemon(true);
        }

        static LastLines drain(InputStream in, int keep) {
            LastLines l = new LastLines(in, keep);
            l.reader.start();
            return l;
        }

        private void read(InputStream in) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.isBlank()) continue;
                    synchronized (lines) {
                        if (lines.size() == keep) lines.removeFirst();
                        lines.addLast(line.strip());
                    }
                }
            } catch (IOException e) {
                // the process has gone; what was read is what it said
            }
        }

        /** The last lines, once the stream has ended (ffmpeg has exited), one per line. */
        String text() throws InterruptedIOException {
            try {
                reader.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading ffmpeg's messages");
            }
            synchronized (lines) {
                return String.join("\n", lines);
            }
        }
    }
}
