package org.landscapelab.io;

import static org.landscapelab.io.AnimationFrames.frame;
import static org.landscapelab.io.AnimationFrames.progress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
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

class AnimatedGifTest {
    @TempDir
    Path dir;

    @Test
    void theGifHasItsFramesSizeDelayAndLoops() throws IOException {
        Path file = dir.resolve("anim.gif");
        List<long[]> reported = new ArrayList<>();
        try (AnimatedGif gif = AnimatedGif.create(file, 64, 48, 5, true, 12, progress(reported, Integer.MAX_VALUE))) {
            for (int i = 0; i < 12; i++) gif.add(frame(64, 48, i));
            gif.finish();
        }
        Gif read = Gif.read(file);
        assertThat(read.frames).isEqualTo(12);
        assertThat(read.widths).containsOnly(64);
        assertThat(read.heights).containsOnly(48);
        assertThat(read.delays).containsOnly(5);
        assertThat(read.loops).isTrue();
        assertThat(read.loopCount).isZero();
        assertThat(reported).hasSize(12);
        assertThat(reported.get(11)).containsExactly(12, 12);
        // the frames are pictures, not blanks: frame 3's bar is where it was drawn
        BufferedImage third = read.images.get(3);
        assertThat(new Color(third.getRGB(3 * 4 + 1, 24)).getRed()).isGreaterThan(200);
        assertThat(new Color(third.getRGB(40, 24)).getRed()).isLessThan(60);
    }

    @Test
    void aGifThatPlaysOnceHasNoLoopExtension() throws IOException {
        Path file = dir.resolve("once.gif");
        try (AnimatedGif gif = AnimatedGif.create(file, 20, 20, 10, false, 2, Progress.NONE)) {
            gif.add(frame(20, 20, 0));
            gif.add(frame(20, 20, 1));
            gif.finish();
        }
        Gif read = Gif.read(file);
        assertThat(read.frames).isEqualTo(2);
        assertThat(read.loops).isFalse();
        assertThat(read.delays).containsOnly(10);
    }

    @Test
    void cancellingLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("anim.gif");
        Files.writeString(file, "the old animation");
        List<long[]> reported = new ArrayList<>();
        assertThatThrownBy(() -> {
            try (AnimatedGif gif = AnimatedGif.create(file, 32, 32, 4, true, 10, progress(reported, 3))) {
                for (int i = 0; i < 10; i++) gif.add(frame(32, 32, i));
                gif.finish();
            }
        }).isInstanceOf(CancellationException.class);
        assertThat(reported).hasSize(3);
        assertThat(Files.readString(file)).isEqualTo("the old animation");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aFrameOfAnotherSizeIsRefused() throws IOException {
        try (AnimatedGif gif = AnimatedGif.create(dir.resolve("a.gif"), 32, 32, 4, true, 1, Progress.NONE)) {
            assertThatThrownBy(() -> gif.add(frame(33, 32, 0))).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(dir.resolve("a.gif")).doesNotExist();
    }

    @Test
    void aRunAnimationHasTheRequestedFramesSizeAndRate() throws IOException {
        Landscape l = Samples.catalog("double_well");
        Trajectory t = Runs.run(l, Samples.fbmRun());
        Figure figure = Figure.compute(l, FigureOptions.forLandscape(l).withSize(200, 150));
        List<Point> points = new ArrayList<>();
        for (int k = 0; k < t.size(); k++) points.add(t.point(k));
        TrajectoryOverlay run = TrajectoryOverlay.of("SGD + fBM", Palette.VERMILLION, List.copyOf(points));
        Path file = dir.resolve("run.gif");

        AnimationExport.runs(file, figure, List.of(run), new AnimationSettings(200, 150, 10, 1.2, true), Progress.NONE);

        Gif read = Gif.read(file);
        assertThat(read.frames).isEqualTo(12);
        assertThat(read.widths).containsOnly(200);
        assertThat(read.heights).containsOnly(150);
        assertThat(read.delays).containsOnly(10);
        assertThat(read.loops).isTrue();
        // the trajectory grows: later frames differ more from the first
        BufferedImage first = read.images.get(0);
        assertThat(differing(first, read.images.get(11))).isGreaterThan(differing(first, read.images.get(2))).isGreaterThan(0);
    }

    @Test
    void anEnsembleAnimationShowsItsRecordedFrames() throws IOException {
        Landscape l = Samples.catalog("quadratic_saddle");
        EnsembleSpec spec = new EnsembleSpec(Samples.fbmRun().withStart(new Point(0, 0)).withSteps(60), 50,
                StartRegion.gaussian(new Point(0, 0), 0.05), null, 20);
        EnsembleResult r = Ensembles.run(l, spec, 2, Progress.NONE);
        Figure figure = Figure.compute(l, FigureOptions.forLandscape(l).withSize(160, 120));
        Path file = dir.resolve("ensemble.gif");

        AnimationExport.ensemble(file, figure, r, new CloudOverlay("particles", Palette.ORANGE, List.of(), false),
                new AnimationSettings(160, 120, 25, 0.4, false), Progress.NONE);

        Gif read = Gif.read(file);
        assertThat(read.frames).isEqualTo(10);
        assertThat(read.delays).containsOnly(4);
        assertThat(read.loops).isFalse();
    }

    @Test
    void framesMapEvenlyOntoSteps() {
        assertThat(AnimationExport.stepAt(0, 5, 100)).isZero();
        assertThat(AnimationExport.stepAt(4, 5, 100)).isEqualTo(100);
        assertThat(AnimationExport.stepAt(2, 5, 100)).isEqualTo(50);
        assertThat(AnimationExport.stepAt(0, 1, 100)).isEqualTo(100);
    }

    /** Pixels that differ clearly (not by a palette's rounding) between two frames. */
    private static long differing(BufferedImage a, BufferedImage b) {
        long n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                Color p = new Color(a.getRGB(x, y));
                Color q = new Color(b.getRGB(x, y));
                if (Math.abs(p.getRed() - q.getRed()) + Math.abs(p.getGreen() - q.getGreen()) + Math.abs(p.getBlue() - q.getBlue()) > 60) n++;
            }
        }
        return n;
    }



    /** What ImageIO reads back from a GIF: frame count, sizes, delays and the looping extension. */
    private static final class Gif {
        int frames;
        final List<Integer> widths = new ArrayList<>();
        final List<Integer> heights = new ArrayList<>();
        final List<Integer> delays = new ArrayList<>();
        final List<BufferedImage> images = new ArrayList<>();
        boolean loops;
        int loopCount = -1;

        static Gif read(Path file) throws IOException {
            Gif gif = new Gif();
            try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
                ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
                reader.setInput(in);
                gif.frames = reader.getNumImages(true);
                for (int i = 0; i < gif.frames; i++) {
                    gif.widths.add(reader.getWidth(i));
                    gif.heights.add(reader.getHeight(i));
                    gif.images.add(reader.read(i));
                    IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                    IIOMetadataNode control = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
                    gif.delays.add(Integer.parseInt(control.getAttribute("delayTime")));
                    var apps = root.getElementsByTagName("ApplicationExtension");
                    for (int a = 0; a < apps.getLength(); a++) {
                        IIOMetadataNode app = (IIOMetadataNode) apps.item(a);
                        if (app.getAttribute("applicationID").equals("NETSCAPE") && app.getAttribute("authenticationCode").equals("2.0")) {
                            byte[] data = (byte[]) app.getUserObject();
                            gif.loops = data[0] == 1;
                            gif.loopCount = (data[1] & 0xFF) | (data[2] & 0xFF) << 8;
                        }
                    }
                }
                reader.dispose();
            }
            return gif;
        }
    }
}
