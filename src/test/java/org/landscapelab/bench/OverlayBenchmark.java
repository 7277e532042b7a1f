package org.landscapelab.bench;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Point;
import org.landscapelab.render.Figure;
import org.landscapelab.render.FigureOptions;
import org.landscapelab.render.Overlay;
import org.landscapelab.render.Palette;
import org.landscapelab.render.TrajectoryOverlay;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 8 noisy gradient-descent paths of 2,000 steps on Himmelblau drawn into a 1000 x 800 image (one
 * point per pixel, as the screen draws): all their overlays and the legend (a redraw after a
 * change of view, and every export), and one animation frame as the screen draws it (the step
 * just added to the trails, then the live layer). Target for a frame: well under a few ms.
 * Run: scripts/bench Overlay -f 1 -wi 3 -i 5
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class OverlayBenchmark {
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 800;
    private static final int PATHS = 8;
    private static final int STEPS = 2000;

    private Figure figure;
    private BufferedImage image;
    private Graphics2D g;

    @Setup
    public void setUp() {
        Landscape himmelblau = Landscape.ofExpression("(x^2 + y - 11)^2 + (x + y^2 - 7)^2", new Domain(-5, 5, -5, 5));
        List<Overlay> overlays = new ArrayList<>();
        for (int k = 0; k < PATHS; k++) {
            overlays.add(TrajectoryOverlay.of("run " + k, Palette.color(k), noisyDescent(himmelblau, k)));
        }
        figure = Figure.compute(himmelblau, FigureOptions.defaults().withSize(WIDTH, HEIGHT)).withOverlays(overlays);
        image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB);
        g = image.createGraphics();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        g.dispose();
    }

    /** Gradient descent, lr 0.01, with Gaussian noise of σ 0.05 added to every iterate. */
    private static List<Point> noisyDescent(Landscape l, int seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double x = -0.3 + 0.1 * seed;
        double y = -0.9;
        double[] grad = new double[2];
        List<Point> points = new ArrayList<>(STEPS + 1);
        points.add(new Point(x, y));
        for (int k = 0; k < STEPS; k++) {
            l.function().gradient(x, y, grad);
            x -= 0.01 * grad[0] - 0.05 * random.nextGaussian();
            y -= 0.01 * grad[1] - 0.05 * random.nextGaussian();
            points.add(new Point(x, y));
        }
        return List.copyOf(points);
    }

    @Benchmark
    public BufferedImage frame() {
        figure.drawTrails(g, WIDTH, HEIGHT, STEPS - 1);
        figure.drawLive(g, WIDTH, HEIGHT);
        return image;
    }

    @Benchmark
    public BufferedImage drawOverlays() {
        figure.drawOverlays(g, WIDTH, HEIGHT);
        return image;
    }
}
