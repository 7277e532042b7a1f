package org.landscapelab.io;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.landscapelab.landscape.Point;
import org.landscapelab.render.CloudOverlay;
import org.landscapelab.render.Figure;
import org.landscapelab.render.Overlay;
import org.landscapelab.render.TrajectoryOverlay;
import org.landscapelab.sim.EnsembleResult;
import org.landscapelab.sim.Progress;

/**
 * Renders a run or an ensemble as an animated GIF or an MP4 video (the settings' format), headless,
 * through the same {@link Figure} as the screen: the landscape is drawn once, then each frame's
 * overlays over a copy of it, and each frame goes to the file's {@link FrameSink} as soon as it is
 * drawn. Call it off the UI thread; {@code progress} reports frames done and cancels between frames
 * (the old file then stays as it was).
 */
public final class AnimationExport {
    private AnimationExport() {}

    /**
     * Trajectories growing from their starts: frame i of n shows every run up to step
     * round(i * last / (n - 1)), last being the longest run's last step.
     *
     * @param runs each run's whole path with its label, colour and divergence; their current step is ignored
     */
    public static void runs(Path file, Figure figure, List<TrajectoryOverlay> runs, AnimationSettings settings, Progress progress)
            throws IOException {
        int last = runs.stream().mapToInt(r -> r.points().size() - 1).max().orElse(0);
        int n = settings.frameCount();
        write(file, figure, settings, progress, i -> {
            int step = stepAt(i, n, last);
            List<Overlay> overlays = new ArrayList<>();
            for (TrajectoryOverlay r : runs) overlays.add(r.withCurrent(Math.min(step, r.points().size() - 1)));
            return new Frame(overlays, "step " + step);
        });
    }

    /**
     * An ensemble's particles moving: frame i of n shows the ensemble's recorded frame
     * round(i * (frames - 1) / (n - 1)).
     *
     * @param cloud the label, colour and density of the particles; its points are ignored
     */
    public static void ensemble(Path file, Figure figure, EnsembleResult result, CloudOverlay cloud, AnimationSettings settings,
                                Progress progress) throws IOException {
        if (result.frames() == 0) throw new IllegalArgumentException("the ensemble recorded no frames; run it with frames > 0");
        int[] steps = result.frameSteps();
        int n = settings.frameCount();
        write(file, figure, settings, progress, i -> {
            int f = stepAt(i, n, result.frames() - 1);
            return new Frame(List.of(new CloudOverlay(cloud.label(), cloud.color(), points(result.frame(f)), cloud.density())),
                    "step " + steps[f]);
        });
    }

    /** The overlays of one frame and the caption in its corner. */
    private record Frame(List<Overlay> overlays, String caption) {}

    static int stepAt(int frame, int frames, int last) {
        return frames <= 1 ? last : (int) Math.round((double) frame * last / (frames - 1));
    }

    private static void write(Path file, Figure figure, AnimationSettings s, Progress progress, IntFunction<Frame> frames)
            throws IOException {
        int w = s.width();
        int h = s.height();
        int n = s.frameCount();
        // The legend's size depends on the overlays' labels, which every frame shares: lay out once.
        Figure sharp = figure.withOverlays(frames.apply(0).overlays()).resolvedFor(w, h, 1);
        BufferedImage base = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = base.createGraphics();
        try {
            sharp.drawLandscape(g, w, h);
        } finally {
            g.dispose();
        }
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        try (FrameSink out = sink(file, s, progress)) {
            for (int i = 0; i < n; i++) {
                Frame frame = frames.apply(i);
                base.copyData(image.getRaster());
                Graphics2D fg = image.createGraphics();
                try {
                    sharp.withOverlays(frame.overlays()).drawOverlays(fg, w, h);
                    caption(fg, sharp, frame.caption(), w, h);
                } finally {
                    fg.dispose();
                }
                out.add(image);
            }
            out.finish();
        }
    }

    /** The only difference between the formats: where the frames go. */
    private static FrameSink sink(Path file, AnimationSettings s, Progress progress) throws IOException {
        return switch (s.format()) {
            case GIF -> AnimatedGif.create(file, s.width(), s.height(), s.delayCentiseconds(), s.loop(), s.frameCount(), progress);
            case MP4 -> Mp4Video.create(file, s.width(), s.height(), s.framesPerSecond(), s.frameCount(), progress, Ffmpeg.require());
        };
    }

    /** The step, small, at the top right above the plot, where the title leaves room. */
    private static void caption(Graphics2D g, Figure figure, String text, int w, int h) {
        Rectangle2D plot = figure.layout(w, h).plot();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(11 * figure.options().fontScale())));
        Color fg = figure.options().theme().foreground();
        g.setColor(fg);
        int textWidth = g.getFontMetrics().stringWidth(text);
        g.drawString(text, (float) (plot.getMaxX() - textWidth), (float) (plot.getY() - 5));
    }

    private static List<Point> points(float[] xy) {
        List<Point> out = new ArrayList<>(xy.length / 2);
        for (int i = 0; i + 1 < xy.length; i += 2) {
            if (Float.isFinite(xy[i]) && Float.isFinite(xy[i + 1])) out.add(new Point(xy[i], xy[i + 1]));
        }
        return out;
    }
}
