package org.landscapelab.ui.three;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.landscapelab.landscape.Catalog;
import org.landscapelab.landscape.ColorScale;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.render.Raster;
import org.landscapelab.render.ValueScale;

class HeightScaleTest {

    private static Raster nodes(Landscape l, int resolution) {
        return SurfaceGrid.of(l.domain(), resolution).sample(l.function());
    }

    @Test
    void catalogLandscapesKeepTheHeatmapScale() {
        for (Landscape l : Catalog.builtIn().all()) {
            Raster r = nodes(l, 81);
            assertThat(HeightScale.of(l.scale(), r)).as(l.id()).isEqualTo(ValueScale.of(l.scale(), r));
        }
    }

    @Test
    void aFewHugeValuesAreCappedOnALinearScale() {
        // A pole: uncapped, everything but the few cells around it would lie on the floor.
        Landscape pole = Landscape.ofExpression("1/(x^2 + y^2)", new Domain(-1, 1, -1, 1));
        Raster r = nodes(pole, 80); // even: no node on the pole itself, so the values are finite and huge
        assertThat(r.max()).isGreaterThan(1e3);
        ValueScale s = HeightScale.of(ColorScale.LINEAR, r);
        double q = HeightScale.quantile(r, HeightScale.QUANTILE);
        assertThat(s.min()).isEqualTo(r.min());
        assertThat(s.max()).isCloseTo(r.min() + HeightScale.TAIL_FACTOR * (q - r.min()), within(1e-9 * q));
        assertThat(s.max()).isLessThan(r.max() / 10);
        // The log scale is never capped.
        assertThat(HeightScale.of(ColorScale.LOG, r)).isEqualTo(ValueScale.of(ColorScale.LOG, r));
    }

    @Test
    void polynomialCornersAreNotOutliers() {
        // Himmelblau over a domain four times as wide: steep corners, but no small set of extreme values.
        Landscape wide = Landscape.ofExpression("(x^2 + y - 11)^2 + (x + y^2 - 7)^2", new Domain(-10, 10, -10, 10));
        Raster r = nodes(wide, 81);
        assertThat(HeightScale.of(ColorScale.LINEAR, r)).isEqualTo(ValueScale.of(ColorScale.LINEAR, r));
    }

    @Test
    void noFiniteValueGivesTheUnitRange() {
        Landscape nowhere = Landscape.ofExpression("sqrt(-1 - x^2)", new Domain(-1, 1, -1, 1));
        ValueScale s = HeightScale.of(ColorScale.LINEAR, nodes(nowhere, 11));
        assertThat(s.min()).isZero();
        assertThat(s.max()).isEqualTo(1);
    }
}
