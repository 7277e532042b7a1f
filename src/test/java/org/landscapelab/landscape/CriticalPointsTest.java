package org.landscapelab.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact critical points of landscapes whose critical sets are known in closed form. */
class CriticalPointsTest {
    private static final Domain SQUARE = new Domain(-2, 2, -2, 2);

    private static CriticalSet find(String expression, Domain domain) {
        return CriticalPoints.find(Expression.parse(expression).bind(), domain);
    }

    @Test
    void strictSaddleWithEigenDirections() {
        CriticalSet set = find("x^2 - 3*y^2", SQUARE);
        assertThat(set.points()).hasSize(1);
        CriticalPoint p = set.points().get(0);
        assertThat(p.type()).isEqualTo(CriticalPoint.Type.SADDLE);
        assertThat(p.eigMin()).isEqualTo(-6.0);
        assertThat(p.eigMax()).isEqualTo(2.0);
        assertThat(Math.abs(p.hessian().vecMin().y())).isEqualTo(1.0);
        assertThat(Math.abs(p.hessian().vecMax().x())).isEqualTo(1.0);
    }

    @Test
    void monkeySaddleIsOneIsolatedDegeneratePoint() {
        CriticalSet set = find("x^3 - 3*x*y^2", SQUARE);
        assertThat(set.curvePoints()).isEmpty();
        assertThat(set.points()).singleElement().satisfies(p -> {
            assertThat(p.type()).isEqualTo(CriticalPoint.Type.DEGENERATE);
            assertThat(Math.hypot(p.x(), p.y())).isLessThan(1e-6);
        });
    }

    @Test
    void degenerateSaddleBetweenTwoMinima() {
        CriticalSet set = find("x^2/2 - y^4/4 + y^6/6", SQUARE);
        assertThat(set.points()).extracting(CriticalPoint::type).containsExactly(
                CriticalPoint.Type.MINIMUM, CriticalPoint.Type.DEGENERATE, CriticalPoint.Type.MINIMUM);
        assertThat(set.points().get(0).y()).isCloseTo(-1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(set.points().get(2).y()).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void curvesOfMinimaAreReportedAsCurvesNotAsPoints() {
        CriticalSet valley = find("0.5*y^2*x^2", new Domain(-3, 3, -2, 2));
        assertThat(valley.points()).isEmpty();
        assertThat(valley.curvePoints()).hasSizeGreaterThan(50)
                .allSatisfy(q -> assertThat(Math.min(Math.abs(q.x()), Math.abs(q.y()))).isLessThan(1e-6));
        // Both axes are sampled, far from the origin too.
        assertThat(valley.curvePoints()).anySatisfy(q -> assertThat(Math.abs(q.x())).isGreaterThan(2));
        assertThat(valley.curvePoints()).anySatisfy(q -> assertThat(Math.abs(q.y())).isGreaterThan(1.5));

        CriticalSet hat = find("(x^2 + y^2 - 1)^2", SQUARE);
        assertThat(hat.points()).singleElement().satisfies(p -> assertThat(p.type()).isEqualTo(CriticalPoint.Type.MAXIMUM));
        assertThat(hat.curvePoints()).hasSizeGreaterThan(50)
                .allSatisfy(q -> assertThat(Math.hypot(q.x(), q.y())).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-6)));
    }

    @Test
    void rastriginHasItsLatticeOfCriticalPoints() {
        // On [-2.2, 2.2]^2 each axis has 5 near-integer minima and 4 near-half-integer maxima:
        // 25 minima, 16 maxima and 40 saddles.
        CriticalSet set = find("20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)", new Domain(-2.2, 2.2, -2.2, 2.2));
        assertThat(set.points().stream().filter(p -> p.type() == CriticalPoint.Type.MINIMUM)).hasSize(25);
        assertThat(set.points().stream().filter(p -> p.type() == CriticalPoint.Type.MAXIMUM)).hasSize(16);
        assertThat(set.points().stream().filter(p -> p.type() == CriticalPoint.Type.SADDLE)).hasSize(40);
    }

    @Test
    void pointsOutsideTheDomainAreLeftOut() {
        CriticalSet set = find("x^4/4 - x^2/2 + y^2/2", new Domain(-0.5, 2, -1, 1));
        assertThat(set.points()).extracting(CriticalPoint::x).containsExactly(0.0, 1.0);
    }

    @Test
    void functionsWithoutCriticalPointsGiveNone() {
        assertThat(find("x + y", SQUARE).points()).isEmpty();
        assertThat(find("exp(x) + y", SQUARE).points()).isEmpty();
        assertThat(find("sqrt(x) + y^2", SQUARE).points()).isEmpty();
    }

    @Test
    void everyBuiltInHasAFiniteClassifiedSet() {
        for (Landscape l : Catalog.builtIn().all()) {
            CriticalSet set = CriticalPoints.find(l.function(), l.domain());
            List<CriticalPoint> points = set.points();
            assertThat(points.size() + set.curvePoints().size()).as(l.id()).isGreaterThan(0);
            for (CriticalPoint p : points) {
                double[] g = new double[2];
                l.function().gradient(p.x(), p.y(), g);
                assertThat(l.domain().contains(p.x(), p.y())).as(l.id()).isTrue();
                assertThat(Double.isFinite(p.value())).isTrue();
            }
        }
    }
}
