package org.landscapelab.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.landscapelab.landscape.CriticalPoint;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Point;

class TrajectoryDrawingTest {
    /** One domain unit is one point on screen; y points up in the domain, down on screen. */
    private static final PlotTransform UNIT = new PlotTransform(new Domain(0, 1000, 0, 1000), new Rectangle2D.Double(0, 0, 1000, 1000));
    private static final Style STYLE = new Style(FigureOptions.defaults());

    private static List<Point> line(int steps, double dx) {
        List<Point> pts = new ArrayList<>();
        for (int k = 0; k <= steps; k++) pts.add(new Point(10 + k * dx, 500));
        return pts;
    }

    private static List<double[]> dots(ScreenPath p) {
        List<double[]> out = new ArrayList<>();
        for (int j = 0; j < p.size; j++) if (p.dot[j]) out.add(new double[] {p.x[j], p.y[j]});
        return out;
    }

    @Test
    void aCreepingPathGetsADotPerDotSpacingNotPerStep() {
        // 0.8 points a step (above the shortest segment): a dot every 10 steps, 8 points apart
        List<double[]> d = dots(ScreenPath.of(line(1000, 0.8), 1000, 1, UNIT, STYLE, true));
        assertThat(d).hasSizeBetween(95, 100);
        for (int i = 1; i < d.size(); i++) {
            assertThat(d.get(i)[0] - d.get(i - 1)[0]).isBetween(ScreenPath.DOT_SPACING, ScreenPath.DOT_SPACING + 0.8);
        }
    }

    @Test
    void aFastPathShowsEveryStep() {
        ScreenPath p = ScreenPath.of(line(30, 20), 30, 1, UNIT, STYLE, true);
        // every iterate but the start (a ring) and the current one (its marker)
        assertThat(dots(p)).hasSize(29);
    }

    @Test
    void aPathJitteringInPlaceIsNotABlob() {
        List<Point> pts = new ArrayList<>();
        for (int k = 0; k <= 2000; k++) pts.add(new Point(500 + 3 * (k % 2), 500 + 2 * (k % 3)));
        assertThat(dots(ScreenPath.of(pts, 2000, 1, UNIT, STYLE, true))).isEmpty();
    }

    @Test
    void aPathDrawnFrameByFrameGetsTheDotsAndDashesOfOneDrawnWhole() {
        List<Point> pts = new ArrayList<>();
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (int k = 0; k <= 1000; k++) pts.add(new Point(500 + 40 * Math.sin(k / 50.0) + random.nextGaussian(), 300 + 0.3 * k));
        ScreenPath whole = ScreenPath.of(pts, 1000, 1, UNIT, STYLE, true);
        ScreenPath earlier = ScreenPath.of(pts, 500, 1, UNIT, STYLE, true);
        for (int j = 0; j < earlier.size - 1; j++) {
            assertThat(whole.step[j]).isEqualTo(earlier.step[j]);
            assertThat(whole.dot[j]).as("dot at vertex %d", j).isEqualTo(earlier.dot[j]);
            assertThat(whole.along[j]).isEqualTo(earlier.along[j]);
        }
    }

    @Test
    void dotsScaleWithTheFigure() {
        Style large = new Style(FigureOptions.defaults().withFontScale(2));
        List<double[]> d = dots(ScreenPath.of(line(1000, 0.8), 1000, 1, UNIT, large, true));
        assertThat(d.get(1)[0] - d.get(0)[0]).isBetween(2 * ScreenPath.DOT_SPACING, 2 * ScreenPath.DOT_SPACING + 0.8);
    }

    @Test
    void theTailIsLightAndThinAndStrengthensMonotonicallyOverTheLastPartOnScreen() {
        for (double dx : new double[] {0.8, 3, 40}) {
            ScreenPath p = ScreenPath.of(line(2000, dx), 2000, 1, UNIT, STYLE, true);
            int start = Tail.rampStart(p, STYLE);
            assertThat(p.along[p.size - 1] - p.along[start]).isBetween(Tail.RAMP_LENGTH, Tail.RAMP_LENGTH + dx);
            int band = -1;
            for (int j = 1; j < p.size; j++) {
                int b = Tail.band(p.along[j], p.along[start], p.along[p.size - 1]);
                assertThat(b).as("band at vertex %d", j).isGreaterThanOrEqualTo(band);
                if (j <= start) assertThat(b).isEqualTo(-1);
                band = b;
            }
            assertThat(band).isEqualTo(Tail.BANDS - 1);
        }
        for (int b = -1; b < Tail.BANDS - 1; b++) {
            assertThat(Tail.alphaOf(b)).isLessThan(Tail.alphaOf(b + 1));
            assertThat(Tail.widthOf(b)).isLessThan(Tail.widthOf(b + 1));
        }
        assertThat(Tail.alphaOf(-1)).isEqualTo(Tail.ALPHA);
        assertThat(Tail.widthOf(-1)).isEqualTo(Tail.WIDTH);
        assertThat(Tail.alphaOf(Tail.BANDS - 1)).isEqualTo(1.0);
        assertThat(Tail.widthOf(Tail.BANDS - 1)).isEqualTo(OverlayPainter.LINE_WIDTH);
    }

    @Test
    void onAWhitePlotTheOldPartOfAPathIsLighterThanTheRecentPart() {
        Domain box = new Domain(0, 1, 0, 1);
        Figure f = Figure.compute(Landscape.ofExpression("x", box), FigureOptions.defaults().withSize(300, 240).withLayers(EnumSet.of(Layer.OVERLAYS)));
        List<Point> pts = new ArrayList<>();
        for (int k = 0; k <= 2000; k++) pts.add(new Point(0.05 + 0.9 * k / 2000, 0.5));
        f = f.withOverlay(TrajectoryOverlay.of("", Palette.BLUE, pts));
        BufferedImage image = FigureExport.png(f, 300, 240, 72);
        PlotTransform tr = f.layout(300, 240).transform();
        int old = image.getRGB((int) Math.round(tr.screenX(0.2)), (int) Math.round(tr.screenY(0.5)));
        int recent = image.getRGB((int) Math.round(tr.screenX(0.9)), (int) Math.round(tr.screenY(0.5)));
        assertThat(brightness(old)).isGreaterThan(brightness(recent) + 40);
        assertThat(brightness(old)).isLessThan(255 * 3 - 40); // light, not gone
    }

    private static int brightness(int argb) {
        return (argb >> 16 & 0xFF) + (argb >> 8 & 0xFF) + (argb & 0xFF);
    }

    @Test
    void theMovingAverageIsExact() {
        List<Point> pts = List.of(new Point(0, 0), new Point(10, 0), new Point(10, 10), new Point(Double.NaN, 0), new Point(4, 4),
                new Point(6, 2));
        List<Point> s = ScreenPath.smoothed(pts, 5);
        double a = PathStyle.SMOOTHING;
        assertThat(s.get(0)).isEqualTo(new Point(0, 0));
        assertThat(s.get(1).x()).isCloseTo(10 * a, within(1e-15));
        assertThat(s.get(2).x()).isCloseTo(10 * a + a * (10 - 10 * a), within(1e-15));
        assertThat(s.get(2).y()).isCloseTo(10 * a, within(1e-15));
        assertThat(s.get(3).x()).isNaN(); // kept, and the average starts again after it
        assertThat(s.get(4)).isEqualTo(new Point(4, 4));
        assertThat(s.get(5).x()).isCloseTo(4 + 2 * a, within(1e-15));
        assertThat(s.get(5).y()).isCloseTo(4 - 2 * a, within(1e-15));
        assertThat(ScreenPath.smoothed(pts, 2)).hasSize(3);
    }

    @Test
    void aThinnedPathKeepsEveryKthIterateAndTheCurrentOne() {
        int stride = PathStyle.thinningStride(2001);
        assertThat(stride).isEqualTo(11);
        ScreenPath p = ScreenPath.of(line(2000, 1), 2000, stride, UNIT, STYLE, true);
        for (int j = 0; j < p.size - 1; j++) assertThat(p.step[j] % stride).isZero();
        assertThat(p.step[p.size - 1]).isEqualTo(2000);
        assertThat(p.size).isLessThanOrEqualTo(PathStyle.THIN_VERTICES + 2);
        assertThat(PathStyle.thinningStride(150)).isEqualTo(1);
    }

    @Test
    void eachFigureStyleDrawsEveryKindOfPath() {
        Domain box = new Domain(-1, 1, -1, 1);
        List<Point> noisy = new ArrayList<>();
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int k = 0; k < 3000; k++) noisy.add(new Point(0.3 * random.nextGaussian(), 0.3 * random.nextGaussian()));
        noisy.add(new Point(Double.NaN, 0));
        for (PathStyle ps : PathStyle.values()) {
            Figure f = Figure.compute(Landscape.ofExpression("x^2 + y^2", box), FigureOptions.defaults().withSize(300, 240).withPathStyle(ps))
                    .withOverlay(TrajectoryOverlay.of("noisy", Palette.BLUE, noisy).withCurrent(2999))
                    .withOverlay(TrajectoryOverlay.of("one point", Palette.VERMILLION, List.of(new Point(0.5, 0.5))));
            BufferedImage image = FigureExport.png(f, 300, 240, 72);
            Point2D end = f.layout(300, 240).transform().toScreen(noisy.get(2999));
            // the current marker sits on the raw iterate in every style
            int c = image.getRGB((int) Math.round(end.getX()), (int) Math.round(end.getY()));
            assertThat(new Color(c).equals(Palette.BLUE)).as("%s: marker at the current iterate", ps).isTrue();
        }
        assertThat(PathStyle.byId(" Smooth")).isEqualTo(PathStyle.SMOOTH);
    }

    @Test
    void seriesDifferInShapeAndColourAndNeverLookLikeACriticalPoint() {
        Set<String> looks = new HashSet<>();
        Set<String> criticalLooks = Set.of(key(Markers.color(CriticalPoint.Type.MINIMUM), SeriesStyle.Marker.CIRCLE),
                key(Markers.color(CriticalPoint.Type.SADDLE), SeriesStyle.Marker.DIAMOND),
                key(Markers.color(CriticalPoint.Type.DEGENERATE), SeriesStyle.Marker.SQUARE));
        int n = Palette.size() * SeriesStyle.CYCLE / 2; // lcm(6, 4)
        for (int k = 0; k < n; k++) {
            String look = key(Palette.color(k), SeriesStyle.of(k).marker());
            assertThat(looks.add(look)).as("series %d looks like an earlier one", k).isTrue();
            assertThat(criticalLooks).as("series %d", k).doesNotContain(look);
        }
        Set<Object> dashes = new HashSet<>();
        for (int k = 0; k < SeriesStyle.CYCLE; k++) dashes.add(SeriesStyle.of(k).solid() ? "solid" : List.of(SeriesStyle.of(k).dash()));
        assertThat(dashes).hasSize(SeriesStyle.CYCLE);
    }

    private static String key(Color c, SeriesStyle.Marker m) {
        return c.getRGB() + " " + m;
    }

    @Test
    void theLegendShowsEachTrajectorysColourMarkerAndDash() {
        Domain box = new Domain(-1, 1, -1, 1);
        List<Point> path = List.of(new Point(0, 0), new Point(0.5, 0.5));
        Figure f = Figure.compute(Landscape.ofExpression("x^2 + y^2", box), FigureOptions.defaults().withSize(300, 240))
                .withOverlay(TrajectoryOverlay.of("first", Palette.color(0), path))
                .withOverlay(new CloudOverlay("cloud", Palette.ORANGE, path, false))
                .withOverlay(TrajectoryOverlay.of("", Palette.color(1), path)) // no entry, but the second series
                .withOverlay(TrajectoryOverlay.of("third", Palette.color(2), path));
        List<Legend.TrajectoryGlyph> glyphs = Legend.entries(f).stream().map(Legend.Entry::glyph)
                .filter(g -> g instanceof Legend.TrajectoryGlyph).map(g -> (Legend.TrajectoryGlyph) g).toList();
        assertThat(glyphs).containsExactly(new Legend.TrajectoryGlyph(Palette.color(0), SeriesStyle.of(0)),
                new Legend.TrajectoryGlyph(Palette.color(2), SeriesStyle.of(2)));
    }
}
