package org.landscapelab.io;

import static org.landscapelab.io.AnimationFrames.frame;
import static org.landscapelab.io.AnimationFrames.progress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Point;
import org.landscapelab.render.CloudOverlay;
import org.landscapelab.render.Figure;
import org.landscapelab.render.FigureOptions;
import org.landscapelab.render.Palette;
import org.landscapelab.render.TrajectoryOverlay;
import org.landscapelab.sim.EnsembleResult;
import org.landscapelab.sim.EnsembleSpec;
import org.landscapelab.sim.Ensembles;
import org.landscapelab.sim.Progress;
import org.landscapelab.sim.Runs;
import org.landscapelab.sim.StartRegion;
import org.landscapelab.sim.Trajectory;

/**
 * MP4 export through ffmpeg. The tests that encode need ffmpeg and ffprobe on the PATH (CI installs
 * them) and are skipped with a message without; those of a missing or failing ffmpeg use a stand-in.
 */
class Mp4VideoTest {
    @TempDir
    Path dir;

    @Test
    void aRaceMp4DecodesBackToItsFramesSizeCodecAndPixelFormat() throws Exception {
        Path ffmpeg = ffmpeg();
        Landscape l = Samples.catalog("double_well");
        Trajectory t = Runs.run(l, Samples.fbmRun());
        Figure figure = Figure.compute(l, FigureOptions.forLandscape(l).withSize(320, 240));
        List<Point> points = new ArrayList<>();
        for (int k = 0; k < t.size(); k++) points.add(t.point(k));
        TrajectoryOverlay run = TrajectoryOverlay.of("SGD + fBM", Palette.VERMILLION, List.copyOf(points));
        Path file = dir.resolve("race.mp4");
        List<long[]> reported = new ArrayList<>();

        AnimationExport.runs(file, figure, List.of(run), new AnimationSettings(320, 240, 10, 1.2, true, AnimationFormat.MP4),
                progress(reported, Integer.MAX_VALUE));

        Map<String, String> stream = probe(ffmpeg, file);
        assertThat(stream).containsEntry("codec_name", "h264").containsEntry("pix_fmt", "yuv420p")
                .containsEntry("width", "320").containsEntry("height", "240")
                .containsEntry("nb_read_frames", "12").containsEntry("r_frame_rate", "10/1").containsEntry("color_space", "bt709");
        assertThat(reported).hasSize(12);
        assertThat(reported.get(11)).containsExactly(12, 12);
        // the index (moov) comes before the frames (mdat), so slide software plays it without reading it all
        String head = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(head.indexOf("moov")).isPositive().isLessThan(head.indexOf("mdat"));
        assertOnly(file);
    }

    @Test
    void anEnsembleMp4HasItsFrames() throws Exception {
        Path ffmpeg = ffmpeg();
        Landscape l = Samples.catalog("quadratic_saddle");
        EnsembleSpec spec = new EnsembleSpec(Samples.fbmRun().withStart(new Point(0, 0)).withSteps(60), 50,
                StartRegion.gaussian(new Point(0, 0), 0.05), null, 20);
        EnsembleResult r = Ensembles.run(l, spec, 2, Progress.NONE);
        Figure figure = Figure.compute(l, FigureOptions.forLandscape(l).withSize(160, 120));
        Path file = dir.resolve("ensemble.mp4");

        AnimationExport.ensemble(file, figure, r, new CloudOverlay("particles", Palette.ORANGE, List.of(), false),
                new AnimationSettings(160, 120, 25, 0.4, false, AnimationFormat.MP4), Progress.NONE);

        assertThat(probe(ffmpeg, file)).containsEntry("codec_name", "h264").containsEntry("width", "160")
                .containsEntry("height", "120").containsEntry("nb_read_frames", "10");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void cancellingKillsFfmpegAndLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path ffmpeg = ffmpeg();
        Path file = dir.resolve("talk.mp4");
        Files.writeString(file, "the old video");
        List<long[]> reported = new ArrayList<>();
        List<ProcessHandle> running = new ArrayList<>();
        Progress cancelAfterThree = new Progress() {
            @Override
            public void update(long done, long total) {
                reported.add(new long[] {done, total});
                if (done == 3) running.addAll(ffmpegProcesses());
            }

            @Override
            public boolean cancelled() {
                return reported.size() >= 3;
            }
        };

        assertThatThrownBy(() -> {
            try (Mp4Video video = Mp4Video.create(file, 64, 48, 10, 20, cancelAfterThree, ffmpeg)) {
                for (int i = 0; i < 20; i++) video.add(frame(64, 48, i));
                video.finish();
            }
        }).isInstanceOf(CancellationException.class);

        assertThat(reported).hasSize(3);
        assertThat(running).as("ffmpeg was running when the export was cancelled").hasSize(1);
        assertThat(running.get(0).isAlive()).isFalse();
        assertThat(ffmpegProcesses()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo("the old video");
        assertOnly(file);
    }

    @Test
    void aMissingFfmpegSaysHowToGetIt() throws IOException {
        Path file = dir.resolve("talk.mp4");
        Path nowhere = dir.resolve("bin").resolve("ffmpeg");

        assertThatThrownBy(() -> Mp4Video.create(file, 64, 48, 10, 5, Progress.NONE, nowhere))
                .isInstanceOf(IOException.class)
                .hasMessage("MP4 needs ffmpeg on the PATH: apt-get install ffmpeg / brew install ffmpeg / winget install ffmpeg;"
                        + " GIF works without it (there is none at " + nowhere + ")");
        assertThat(file).doesNotExist();
        assertOnly();
    }

    @Test
    void ffmpegIsLookedForOnThePath() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Path notExecutable = Files.createDirectory(dir.resolve("plain"));
        Files.writeString(notExecutable.resolve("ffmpeg"), "not a program");
        Path bin = Files.createDirectory(dir.resolve("bin"));
        Path program = script(bin.resolve("ffmpeg"), "exit 0");
        String sep = java.io.File.pathSeparator;

        assertThat(Ffmpeg.find(null, "Linux")).isEmpty();
        assertThat(Ffmpeg.find("", "Linux")).isEmpty();
        assertThat(Ffmpeg.find(empty + sep + notExecutable, "Linux")).isEmpty();
        assertThat(Ffmpeg.find(empty + sep + notExecutable + sep + bin, "Linux")).isEqualTo(Optional.of(program));
        assertThat(Ffmpeg.find(bin.toString(), "Windows 11")).as("Windows looks for ffmpeg.exe").isEmpty();
    }

    @Test
    void aFailingFfmpegIsReportedWithItsLastLines() throws IOException {
        Path fake = script(dir.resolve("ffmpeg"), """
                i=1; while [ $i -le 9 ]; do echo "line $i" >&2; i=$((i+1)); done
                echo "Unknown encoder 'libx264'" >&2
                exit 1""");
        Path file = dir.resolve("talk.mp4");

        assertThatThrownBy(() -> {
            try (Mp4Video video = Mp4Video.create(file, 32, 32, 10, 3, Progress.NONE, fake)) {
                for (int i = 0; i < 3; i++) video.add(frame(32, 32, i));
                video.finish();
            }
        }).isInstanceOf(IOException.class)
                .hasMessage("cannot write " + file + ": ffmpeg failed (exit code 1):\nline 5\nline 6\nline 7\nline 8\nline 9\n"
                        + "Unknown encoder 'libx264'");
        assertThat(file).doesNotExist();
        assertOnly(fake);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a stalled pipe write ignores interrupts
    void aChattyFfmpegDoesNotStallTheExport() throws IOException {
        // 1.4 MB of messages before it reads a frame: far more than a pipe holds, so unless they are
        // drained, ffmpeg waits for us to read and we wait for it to take the frames
        Path fake = script(dir.resolve("ffmpeg"), """
                for a in "$@"; do out="$a"; done
                i=0; while [ $i -lt 20000 ]; do echo "frame $i: a long message from the encoder ..................." >&2; i=$((i+1)); done
                cat > /dev/null
                echo "a video" > "${out#file:}"
                """);
        Path file = dir.resolve("talk.mp4");

        try (Mp4Video video = Mp4Video.create(file, 256, 256, 10, 30, Progress.NONE, fake)) {
            for (int i = 0; i < 30; i++) video.add(frame(256, 256, i));
            video.finish();
        }

        assertThat(Files.readString(file)).isEqualTo("a video\n");
        assertOnly(fake, file);
    }

    @Test
    void anMp4NeedsAnEvenSizeAndAllowsVideoFrameRates() {
        assertThatThrownBy(() -> new AnimationSettings(721, 540, 25, 2, false, AnimationFormat.MP4))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("an MP4's width and height must be even, got 721 x 540");
        assertThatThrownBy(() -> new AnimationSettings(720, 405, 25, 2, false, AnimationFormat.MP4))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("an MP4's width and height must be even, got 720 x 405");
        assertThat(new AnimationSettings(721, 405, 25, 2, true).format()).isEqualTo(AnimationFormat.GIF);

        assertThat(new AnimationSettings(1280, 720, 60, 10, false, AnimationFormat.MP4).frameCount()).isEqualTo(600);
        assertThatThrownBy(() -> new AnimationSettings(1280, 720, 61, 10, false, AnimationFormat.MP4))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("frame rate must be in [1, 60] per second, got 61");
        assertThatThrownBy(() -> new AnimationSettings(1280, 720, 60, 10, false, AnimationFormat.GIF))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("frame rate must be in [1, 50] per second, got 60");
        assertThatThrownBy(() -> Mp4Video.create(dir.resolve("odd.mp4"), 33, 32, 10, 1, Progress.NONE, dir))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("an MP4's width and height must be even, got 33 x 32");
    }

    @Test
    void aNameGetsTheFormatsExtension() {
        assertThat(AnimationFormat.MP4.withExtension(Path.of("talks", "race"))).isEqualTo(Path.of("talks", "race.mp4"));
        assertThat(AnimationFormat.MP4.withExtension(Path.of("talks", "race.MP4"))).isEqualTo(Path.of("talks", "race.MP4"));
        assertThat(AnimationFormat.MP4.withExtension(Path.of("race.gif"))).isEqualTo(Path.of("race.gif.mp4"));
        assertThat(AnimationFormat.GIF.withExtension(Path.of("race.gif"))).isEqualTo(Path.of("race.gif"));
    }

    /** ffmpeg on the PATH with ffprobe beside it, or the test is skipped saying why. */
    private static Path ffmpeg() {
        Optional<Path> ffmpeg = Ffmpeg.find();
        assumeTrue(ffmpeg.isPresent() && Files.isExecutable(ffmpeg.get().resolveSibling("ffprobe")),
                "no ffmpeg and ffprobe on the PATH (apt-get install ffmpeg): the MP4 export is not tested");
        return ffmpeg.get();
    }

    /** The video stream as ffprobe decodes it: codec_name, width, height, pix_fmt, r_frame_rate, nb_read_frames, color_space. */
    private static Map<String, String> probe(Path ffmpeg, Path video) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(ffmpeg.resolveSibling("ffprobe").toString(), "-v", "error", "-count_frames", "-select_streams", "v:0",
                "-show_entries", "stream=codec_name,width,height,pix_fmt,r_frame_rate,nb_read_frames,color_space", "-of", "default=noprint_wrappers=1",
                video.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        Map<String, String> entries = new HashMap<>();
        for (String line : out.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) entries.put(line.substring(0, eq), line.substring(eq + 1).strip());
        }
        return entries;
    }

    private static List<ProcessHandle> ffmpegProcesses() {
        return ProcessHandle.current().descendants()
                .filter(h -> h.isAlive() && h.info().command().map(c -> Path.of(c).getFileName().toString().equals("ffmpeg")).orElse(false))
                .toList();
    }

    /** An executable shell script standing in for ffmpeg; skips the test where there is no /bin/sh. */
    private static Path script(Path file, String body) throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh for the stand-in ffmpeg script");
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    /** The temporary directory holds exactly these files (no temporary file left behind). */
    private void assertOnly(Path... files) throws IOException {
        try (Stream<Path> listed = Files.list(dir)) {
            assertThat(listed.filter(Files::isRegularFile)).containsExactlyInAnyOrder(files);
        }
    }
}
