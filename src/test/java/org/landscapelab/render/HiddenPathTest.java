package org.landscapelab.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Point;

/** A path switched off in the legend: not drawn, its legend entry kept in place and dimmed, found by a click on it. */
class HiddenPathTest {
    private static final int W = 420;
    private static final int H = 300;

    private static Figure figure(boolean hideSecond, double secondY) {
        Figure f = Figure.compute(Landscape.ofExpression("x", new Domain(0, 1, 0, 1)),
                FigureOptions.defaults().withSize(W, H).withLayers(EnumSet.of(Layer.OVERLAYS, Layer.LEGEND)));
        return f.withOverlay(TrajectoryOverlay.of("first", Palette.BLUE, line(0.3)))
                .withOverlay(TrajectoryOverlay.of("second", Palette.VERMILLION, line(secondY)).withHidden(hideSecond));
    }

    private static List<Point> line(double y) {
        List<Point> pts = new ArrayList<>();
        for (int k = 0; k <= 100; k++) pts.add(new Point(0.05 + 0.9 * k / 100, y));
        return pts;
    }

    @Test
    void aHiddenPathIsNotDrawnWhereverItGoes() {
        // Two hidden paths with the same label and colour but different points: the same pixels.
        assertThat(pixels(figure(true, 0.7))).isEqualTo(pixels(figure(true, 0.5)));
        // Shown, the two paths differ: the comparison above can see a path.
        assertThat(pixels(figure(false, 0.7))).isNotEqualTo(pixels(figure(false, 0.5)));
    }

    @Test
    void aHiddenPathKeepsItsLegendEntryDimmed() {
        Figure shown = figure(false, 0.7);
        Figure hidden = figure(true, 0.7);
        Rectangle2D legend = shown.layout(W, H).legend().orElseThrow();
        assertThat(hidden.layout(W, H).legend()).contains(legend); // the same place: the legend does not jump
        Rectangle2D secondRow = new Rectangle2D.Double(legend.getX(), legend.getCenterY(), legend.getWidth(), legend.getHeight() / 2);
        Rectangle2D firstRow = new Rectangle2D.Double(legend.getX(), legend.getY(), legend.getWidth(), legend.getHeight() / 2);
        assertThat(darkness(hidden, secondRow)).isLessThan((long) (0.6 * darkness(shown, secondRow)));
        assertThat(darkness(hidden, firstRow)).isEqualTo(darkness(shown, firstRow));
    }

    @Test
    void aClickOnAnEntryNamesItsPath() {
        Figure f = figure(true, 0.7);
        Rectangle2D legend = f.layout(W, H).legend().orElseThrow();
        double x = legend.getCenterX();
        assertThat(f.legendSeriesAt(W, H, x, legend.getY() + legend.getHeight() * 0.25)).contains("first");
        assertThat(f.legendSeriesAt(W, H, x, legend.getY() + legend.getHeight() * 0.75)).contains("second");
        assertThat(f.legendSeriesAt(W, H, x, legend.getMaxY() + 5)).isEmpty();
        assertThat(f.legendSeriesAt(W, H, legend.getX() - 5, legend.getCenterY())).isEmpty();
        assertThat(f.withOptions(f.options().withLayer(Layer.LEGEND, false)).legendSeriesAt(W, H, x, legend.getCenterY())).isEmpty();
    }

    private static int[] pixels(Figure f) {
        BufferedImage image = FigureExport.png(f, W, H, 72);
        return image.getRGB(0, 0, W, H, null, 0, W);
    }

    /** The summed darkness (255 − channel, over the three channels) of the figure's pixels in a rectangle. */
    private static long darkness(Figure f, Rectangle2D r) {
        BufferedImage image = FigureExport.png(f, W, H, 72);
        long sum = 0;
        for (int y = (int) r.getMinY(); y < (int) r.getMaxY(); y++) {
            for (int x = (int) r.getMinX(); x < (int) r.getMaxX(); x++) {
                int c = image.getRGB(x, y);
                sum += 3 * 255 - ((c >> 16 & 0xFF) + (c >> 8 & 0xFF) + (c & 0xFF));
            }
        }
        return sum;
    }
}
