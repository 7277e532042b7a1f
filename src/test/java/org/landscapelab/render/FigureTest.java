package org.landscapelab.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.landscapelab.landscape.CriticalPoint;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Point;

class FigureTest {

    private static Figure figure(String expression, Domain domain, Set<Layer> layers) {
        FigureOptions options = FigureOptions.defaults().withSize(300, 240).withLayers(layers);
        return Figure.compute(Landscape.ofExpression(expression, domain), options);
    }

    private static int[] rgb(int argb) {
        return new int[] {argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF};
    }

    private static void assertColour(int argb, int expected, int tolerance) {
        int[] a = rgb(argb);
        int[] e = rgb(expected);
        for (int c = 0; c < 3; c++) assertThat(a[c]).as("channel %d of %s vs %s", c, Integer.toHexString(argb), Integer.toHexString(expected)).isCloseTo(e[c], within(tolerance));
    }

    @Test
    void heatmapPutsLargeValuesUpAndRightWithTheMapsColours() {
        // f = x + y on [0,1]^2: bottom-left is the minimum (viridis 0), top-right the maximum (viridis 1)
        Figure f = figure("x + y", new Domain(0, 1, 0, 1), EnumSet.of(Layer.HEATMAP));
        BufferedImage image = FigureExport.png(f, 300, 240, 72);
        PlotTransform tr = f.layout(300, 240).transform();
        Point2D low = tr.toScreen(new Point(0.01, 0.01));
        Point2D high = tr.toScreen(new Point(0.99, 0.99));
        Point2D middle = tr.toScreen(new Point(0.3, 0.7));
        assertColour(image.getRGB((int) low.getX(), (int) low.getY()), Colormap.VIRIDIS.argb(0), 8);
        assertColour(image.getRGB((int) high.getX(), (int) high.getY()), Colormap.VIRIDIS.argb(1), 8);
        assertColour(image.getRGB((int) middle.getX(), (int) middle.getY()), Colormap.VIRIDIS.argb(0.5), 8);
    }

    @Test
    void criticalPointMarkersHaveTheColourOfTheirType() {
        Set<Layer> markersOnly = EnumSet.of(Layer.CRITICAL_POINTS);
        Domain box = new Domain(-1, 1, -1, 1);
        assertColour(centrePixel(figure("x^2 - y^2", box, markersOnly)), Markers.color(CriticalPoint.Type.SADDLE).getRGB(), 0);
        assertColour(centrePixel(figure("x^2 + y^2", box, markersOnly)), Markers.color(CriticalPoint.Type.MINIMUM).getRGB(), 0);
        assertColour(centrePixel(figure("-x^2 - 2*y^2", box, markersOnly)), Markers.color(CriticalPoint.Type.MAXIMUM).getRGB(), 0);
        // the monkey saddle is degenerate: the Hessian vanishes at the origin
        assertColour(centrePixel(figure("x^3 - 3*x*y^2", box, markersOnly)), Markers.color(CriticalPoint.Type.DEGENERATE).getRGB(), 0);
        // ...and without the layer nothing is drawn there but the background
        assertColour(centrePixel(figure("x^2 - y^2", box, EnumSet.noneOf(Layer.class))), Color.WHITE.getRGB(), 0);
    }

    private static int centrePixel(Figure f) {
        BufferedImage image = FigureExport.png(f, 300, 240, 72);
        Point2D c = f.layout(300, 240).transform().toScreen(new Point(0, 0));
        return image.getRGB((int) Math.round(c.getX()), (int) Math.round(c.getY()));
    }

    @Test
    void markerShapesDifferByType() {
        Style st = new Style(FigureOptions.defaults());
        List<Double> areas = new ArrayList<>();
        for (CriticalPoint.Type type : CriticalPoint.Type.values()) {
            Rectangle2D b = Markers.shape(type, 0, 0, st).getBounds2D();
            areas.add(b.getWidth() * 1000 + b.getHeight());
        }
        assertThat(areas).doesNotHaveDuplicates();
    }

    @Test
    void saddleOutlineIsTheZeroSetOfTheHessianDeterminant() {
        // f = sin x sin y: det H = sin^2 x sin^2 y - cos^2 x cos^2 y = -cos(x + y) cos(x - y),
        // zero on the lines x +- y = pi/2 + k pi
        Domain box = new Domain(-3, 3, -3, 3);
        LandscapeLayer layer = LandscapeLayer.compute(Landscape.ofExpression("sin(x) * sin(y)", box), Viewport.of(box), 300, 300,
                FigureOptions.defaults());
        List<ContourLine> outline = layer.saddleOutline();
        double h = layer.raster().cellWidth();
        assertThat(outline).isNotEmpty();
        for (ContourLine line : outline) {
            for (int p = 0; p < line.size(); p++) {
                double u = distanceToLines(line.x(p) + line.y(p));
                double v = distanceToLines(line.x(p) - line.y(p));
                double distance = Math.min(u, v) / Math.sqrt(2);
                double toCrossing = Math.hypot(u, v) / Math.sqrt(2);
                // linear interpolation is off by about h^2 / (distance to where two zero lines
                // cross): tiny away from the crossings; at one, within the cell its saddle case draws
                assertThat(distance).isLessThan(toCrossing > 5 * h ? 0.05 * h : 0.75 * h);
            }
        }
    }

    private static double distanceToLines(double s) {
        double r = Math.IEEEremainder(s - Math.PI / 2, Math.PI);
        return Math.abs(r);
    }

    @Test
    void layoutTransformRoundTripsAndKeepsAspect() {
        Figure f = figure("x^2 + y^2", new Domain(-4, 4, -1, 1), EnumSet.allOf(Layer.class));
        FigureLayout layout = f.layout(640, 480);
        PlotTransform tr = layout.transform();
        Rectangle2D plot = layout.plot();
        assertThat(plot.getWidth() / plot.getHeight()).isCloseTo(4.0, within(1e-9));
        assertThat(tr.scaleX()).isCloseTo(tr.scaleY(), within(1e-9));
        assertThat(tr.toDomain(plot.getX(), plot.getMaxY())).isEqualTo(new Point(-4, -1));
        Point p = new Point(1.25, -0.5);
        Point2D s = tr.toScreen(p);
        assertThat(tr.toDomain(s.getX(), s.getY()).distanceTo(p)).isLessThan(1e-12);
        Point2D viaAffine = tr.toScreen().transform(new Point2D.Double(p.x(), p.y()), null);
        assertThat(viaAffine.distance(s)).isLessThan(1e-9);
        // everything fits on the canvas
        assertThat(new Rectangle2D.Double(0, 0, 640, 480).contains(plot)).isTrue();
        assertThat(layout.colorbar()).isPresent();
        assertThat(layout.colorbar().get().getX()).isGreaterThan(plot.getMaxX());
    }

    @Test
    void aFigureWhoseViewportMovedRecomputesItsLayerButKeepsItWhenNothingChanged() {
        Figure f = figure("x^2 + y^2", new Domain(-1, 1, -1, 1), EnumSet.allOf(Layer.class));
        Figure same = f.resolvedFor(300, 240, 1);
        assertThat(same.landscape()).isSameAs(f.landscape());
        Figure sharper = f.resolvedFor(300, 240, 2);
        assertThat(sharper.landscape().raster().nx()).isEqualTo((int) Math.ceil(2 * f.layout(300, 240).plot().getWidth()));
        assertThat(sharper.landscape().critical()).isSameAs(f.landscape().critical());
        Figure panned = f.withViewport(f.viewport().panned(0.5, 0)).resolvedFor(300, 240, 1);
        assertThat(panned.landscape().region()).isEqualTo(new Domain(-0.5, 1.5, -1, 1));
    }

    @Test
    void trajectoriesWithNonFinitePointsAndEmptyOverlaysDraw() {
        Figure f = figure("x^2 + y^2", new Domain(-1, 1, -1, 1), EnumSet.allOf(Layer.class))
                .withOverlay(TrajectoryOverlay.of("diverged", Palette.BLUE,
                        List.of(new Point(0.5, 0.5), new Point(-0.9, 0.9), new Point(Double.NaN, Double.POSITIVE_INFINITY))).withDivergenceAt(1))
                .withOverlay(new CloudOverlay("", Palette.ORANGE, List.of(), true))
                .withOverlay(new ArrowOverlay("zero", Palette.SKY_BLUE, new Point(0, 0), new Point(0, 0)));
        BufferedImage image = FigureExport.png(f, 300, 240, 72);
        Point2D cross = f.layout(300, 240).transform().toScreen(new Point(-0.9, 0.9));
        assertColour(image.getRGB((int) Math.round(cross.getX()), (int) Math.round(cross.getY())), Palette.BLUE.getRGB(), 10);
    }

    @Test
    void viewportZoomKeepsTheAnchorAndPanShifts() {
        Viewport v = Viewport.of(new Domain(-2, 2, -1, 3));
        Viewport zoomed = v.zoomed(2, new Point(1, 0));
        assertThat(zoomed.region()).isEqualTo(new Domain(-0.5, 1.5, -0.5, 1.5));
        assertThat(v.panned(1, -1).region()).isEqualTo(new Domain(-1, 3, -2, 2));
    }
}
