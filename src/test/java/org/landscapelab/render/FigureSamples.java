package org.landscapelab.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.LandscapeFunction;
import org.landscapelab.landscape.Point;

/**
 * Sample figures for looking at the renderer by eye (not a test): Himmelblau with every layer and
 * overlay, written as PNG, SVG and PDF. Run with the test classpath: FigureSamples OUTPUT_DIR.
 */
public final class FigureSamples {
    public static final String HIMMELBLAU = "(x^2 + y - 11)^2 + (x + y^2 - 7)^2";

    static final double LR_DIVERGING = 0.05;

    private FigureSamples() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/figures");
        Files.createDirectories(dir);
        Landscape himmelblau = Landscape.ofExpression(HIMMELBLAU, new Domain(-5, 5, -5, 5));
        Figure figure = himmelblau(himmelblau, FigureOptions.defaults().withTitle("Himmelblau")
                .withLayer(Layer.EIGEN_DIRECTIONS, true));
        write(figure, dir.resolve("himmelblau.png"));
        write(figure, dir.resolve("himmelblau.svg"));
        write(figure, dir.resolve("himmelblau.pdf"));
        write(figure.withOptions(figure.options().withTheme(Theme.DARK).withScale(org.landscapelab.landscape.ColorScale.LOG)
                .withColormap("cividis").withFontScale(1.3)), dir.resolve("himmelblau-dark-log.png"));
        // screen size: one pixel per point, as the UI draws it
        org.landscapelab.io.FigureFiles.write(figure, dir.resolve("himmelblau-screen.png"), new FigureSize(560, 420, 72));

        Landscape rosenbrock = Landscape.ofExpression("(1 - x)^2 + 100*(y - x^2)^2", new Domain(-2, 2, -1, 3))
                .withScale(org.landscapelab.landscape.ColorScale.LOG);
        Figure r = Figure.compute(rosenbrock, FigureOptions.forLandscape(rosenbrock).withTitle("Rosenbrock, log scale"));
        write(r.withOverlay(TrajectoryOverlay.of("GD, lr 0.001", Palette.VERMILLION,
                descend(rosenbrock.function(), new Point(-1.5, 2.5), 0.001, 3000))), dir.resolve("rosenbrock-log.png"));

        Landscape valley = Landscape.ofExpression("0.5 * y^2 * x^2", new Domain(-2, 2, -2, 2));
        Figure v = Figure.compute(valley, FigureOptions.defaults().withTitle("Widening valley ½ v² u²").withColormap("coolwarm")
                .withLayer(Layer.EIGEN_DIRECTIONS, true));
        write(v, dir.resolve("valley.pdf"));
    }

    /** At the figure's own size, a PNG at the default 300 dpi. */
    private static void write(Figure figure, Path file) throws IOException {
        org.landscapelab.io.FigureFiles.write(figure, file, FigureSize.of(figure.options()));
    }

    /** Himmelblau with two gradient-descent runs (one diverging), a particle cloud and a gradient arrow. */
    static Figure himmelblau(Landscape landscape, FigureOptions options) {
        Figure figure = Figure.compute(landscape, options);
        LandscapeFunction f = landscape.function();
        List<Point> gd = descend(f, new Point(-0.3, -0.9), 0.01, 60);
        List<Point> diverging = descend(f, new Point(-1, 1), LR_DIVERGING, 12);
        int blowUp = 0; // the last iterate inside the domain, before it leaves for good
        while (blowUp + 1 < diverging.size() && landscape.domain().contains(diverging.get(blowUp + 1).x(), diverging.get(blowUp + 1).y())) blowUp++;
        Random random = new Random(1);
        List<Point> cloud = new ArrayList<>();
        for (int k = 0; k < 400; k++) cloud.add(new Point(-2.805 + 0.35 * random.nextGaussian(), 3.131 + 0.25 * random.nextGaussian()));
        double[] g = new double[2];
        f.gradient(1.5, -1.5, g);
        return figure
                .withOverlay(new CloudOverlay("SGD ensemble", Palette.REDDISH_PURPLE, cloud, true))
                .withOverlay(TrajectoryOverlay.of("GD, lr 0.01", Palette.VERMILLION, gd).withCurrent(40))
                .withOverlay(TrajectoryOverlay.of("GD, lr " + LR_DIVERGING, Palette.SKY_BLUE, diverging.subList(0, Math.min(blowUp + 2, diverging.size()))).withDivergenceAt(blowUp))
                .withOverlay(new ArrowOverlay("−∇f / 40", Palette.ORANGE, new Point(1.5, -1.5), new Point(-g[0] / 40, -g[1] / 40)));
    }

    static List<Point> descend(LandscapeFunction f, Point start, double lr, int steps) {
        List<Point> points = new ArrayList<>();
        double x = start.x();
        double y = start.y();
        double[] g = new double[2];
        points.add(start);
        for (int k = 0; k < steps && Double.isFinite(x) && Math.abs(x) < 1e6; k++) {
            f.gradient(x, y, g);
            x -= lr * g[0];
            y -= lr * g[1];
            points.add(new Point(x, y));
        }
        return points;
    }
}
