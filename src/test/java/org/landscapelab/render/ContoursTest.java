package org.landscapelab.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Landscape;

class ContoursTest {
    private static final Domain BOX = new Domain(-2, 2, -2, 2);

    private static Raster raster(String expression, Domain domain, int n) {
        return Raster.sample(Landscape.ofExpression(expression, domain).function(), domain, n, n);
    }

    @Test
    void levelSetsOfAParaboloidAreClosedCirclesOfTheRightRadius() {
        Raster r = raster("x^2 + y^2", BOX, 201);
        double h = r.cellWidth();
        double[] radii = {0.3, 0.5, 1.0, 1.7};
        double[] levels = new double[radii.length];
        for (int k = 0; k < radii.length; k++) levels[k] = radii[k] * radii[k];
        List<ContourLine> lines = Contours.trace(r, levels);
        assertThat(lines).hasSize(radii.length);
        for (int k = 0; k < radii.length; k++) {
            ContourLine line = lines.get(k);
            assertThat(line.level()).isEqualTo(levels[k]);
            assertThat(line.closed()).isTrue();
            // one point per crossed edge: about 4 * 2r / h of them around the circle
            assertThat(line.size()).isBetween((int) (8 * radii[k] / h) - 4, (int) (8 * radii[k] / h) + 4);
            double maxError = 0;
            for (int p = 0; p < line.size(); p++) maxError = Math.max(maxError, Math.abs(Math.hypot(line.x(p), line.y(p)) - radii[k]));
            assertThat(maxError).isLessThan(0.01 * h);
            // consecutive points are neighbours on the grid, also across the closing gap
            for (int p = 0; p < line.size(); p++) {
                int q = (p + 1) % line.size();
                assertThat(Math.hypot(line.x(q) - line.x(p), line.y(q) - line.y(p))).isLessThan(1.5 * h);
            }
            // "above on the left": outside a circle of x^2 + y^2 is above, so it runs clockwise
            assertThat(signedArea(line)).isCloseTo(-Math.PI * radii[k] * radii[k], within(0.01));
        }
    }

    @Test
    void aCircleCutByTheBorderGivesOpenArcsEndingOnIt() {
        Raster r = raster("x^2 + y^2", BOX, 101);
        List<ContourLine> lines = Contours.trace(r, 2.3 * 2.3); // r = 2.3 leaves the box [-2, 2]^2 at all four sides
        assertThat(lines).hasSize(4);
        double border = 2 - r.cellWidth() / 2; // the outermost cell centres
        for (ContourLine line : lines) {
            assertThat(line.closed()).isFalse();
            for (int p : new int[] {0, line.size() - 1}) {
                assertThat(Math.max(Math.abs(line.x(p)), Math.abs(line.y(p)))).isCloseTo(border, within(1e-9));
            }
        }
    }

    @Test
    void aSaddleHasTwoBranchesAboveAndTwoBelowItsValue() {
        Raster r = raster("x^2 - y^2", new Domain(-1, 1, -1, 1), 64);
        assertThat(Contours.trace(r, 0.25)).hasSize(2).allMatch(l -> !l.closed() && Math.abs(l.x(0)) > 0.49);
        assertThat(Contours.trace(r, -0.25)).hasSize(2).allMatch(l -> !l.closed() && Math.abs(l.y(0)) > 0.49);
        assertThat(Contours.trace(r, -0.25, 0.25, 0.5)).hasSize(6);
    }

    @Test
    void saddleCellsAreResolvedByTheCentreAverage() {
        // One cell: bottom-left and top-right corners 1, the others 0; the centre average is 0.5.
        Raster cell = Raster.sample(new Domain(0, 2, 0, 2), 2, 2, () -> (x, y) -> (x < 1) == (y < 1) ? 1 : 0);
        // Level 0.4: the centre is above, the above corners are joined, the segments cut off the
        // below corners (bottom-right and top-left).
        List<ContourLine> joined = Contours.trace(cell, 0.4);
        assertThat(joined).hasSize(2);
        assertThat(joined).anySatisfy(l -> assertCutsOffCorner(l, 1.5, 0.5));
        assertThat(joined).anySatisfy(l -> assertCutsOffCorner(l, 0.5, 1.5));
        // Level 0.6: the centre is below, the segments cut off the above corners.
        List<ContourLine> separated = Contours.trace(cell, 0.6);
        assertThat(separated).hasSize(2);
        assertThat(separated).anySatisfy(l -> assertCutsOffCorner(l, 0.5, 0.5));
        assertThat(separated).anySatisfy(l -> assertCutsOffCorner(l, 1.5, 1.5));
    }

    private static void assertCutsOffCorner(ContourLine l, double cx, double cy) {
        assertThat(l.size()).isEqualTo(2);
        for (int p = 0; p < 2; p++) {
            // each end lies on a cell edge through the corner (x = cx or y = cy), next to it
            boolean onEdge = Math.abs(l.x(p) - cx) < 1e-12 || Math.abs(l.y(p) - cy) < 1e-12;
            assertThat(onEdge).isTrue();
            assertThat(Math.hypot(l.x(p) - cx, l.y(p) - cy)).isLessThan(1);
        }
    }

    @Test
    void cellsWithNanCornersAreSkipped() {
        // sqrt(1 - x^2 - y^2) is NaN outside the unit disc: the level 0.5 circle (r^2 = 0.75) stays whole
        Raster r = raster("sqrt(1 - x^2 - y^2)", new Domain(-1.2, 1.2, -1.2, 1.2), 121);
        List<ContourLine> lines = Contours.trace(r, 0.5, 2.0);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).closed()).isTrue();
        assertThat(Math.hypot(lines.get(0).x(0), lines.get(0).y(0))).isCloseTo(Math.sqrt(0.75), within(1e-3));
    }

    @Test
    void manyComponentsAreJoinedSeparately() {
        // cos(x) cos(y) has its extrema at (k pi, l pi); inside this box k, l = 1..3, with value
        // (-1)^(k + l): five peaks (k + l even) and four pits, each ringed by its own closed line
        Domain d = new Domain(0.5, 4 * Math.PI - 0.5, 0.5, 4 * Math.PI - 0.5);
        Raster r = raster("cos(x) * cos(y)", d, 300);
        long peaks = Contours.trace(r, 0.8).stream().filter(ContourLine::closed).count();
        long pits = Contours.trace(r, -0.8).stream().filter(ContourLine::closed).count();
        assertThat(peaks).isEqualTo(5);
        assertThat(pits).isEqualTo(4);
    }

    private static double signedArea(ContourLine l) {
        double a = 0;
        for (int p = 0; p < l.size(); p++) {
            int q = (p + 1) % l.size();
            a += l.x(p) * l.y(q) - l.x(q) * l.y(p);
        }
        return a / 2;
    }
}
