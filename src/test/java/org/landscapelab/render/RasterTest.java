package org.landscapelab.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Landscape;

class RasterTest {
    private static final Domain SQUARE = new Domain(-1, 1, -1, 1);

    @Test
    void samplesCellCentresWithMinAndMax() {
        Raster r = Raster.sample(Landscape.ofExpression("x^2 + y^2", SQUARE).function(), SQUARE, 100, 80);
        assertThat(r.x(0)).isCloseTo(-0.99, within(1e-12));
        assertThat(r.y(79)).isCloseTo(1 - 1.0 / 80, within(1e-12));
        assertThat(r.value(3, 5)).isCloseTo(r.x(3) * r.x(3) + r.y(5) * r.y(5), within(1e-12));
        // nearest centres to the origin are (+-0.01, +-0.0125); farthest are the corner cells
        assertThat(r.min()).isCloseTo(0.01 * 0.01 + 0.0125 * 0.0125, within(1e-12));
        assertThat(r.max()).isCloseTo(0.99 * 0.99 + Math.pow(1 - 1.0 / 80, 2), within(1e-12));
        assertThat(r.allFinite()).isTrue();
    }

    @Test
    void minAndMaxIgnoreNanAndInfinity() {
        // log(x) is NaN for x < 0; 1/y is huge but finite near 0 on this grid
        Raster r = Raster.sample(Landscape.ofExpression("log(x)", SQUARE).function(), SQUARE, 10, 10);
        assertThat(r.allFinite()).isFalse();
        assertThat(r.value(0, 0)).isNaN();
        assertThat(r.min()).isCloseTo(Math.log(0.1), within(1e-12));
        assertThat(r.max()).isCloseTo(Math.log(0.9), within(1e-12));
        Raster none = Raster.sample(SQUARE, 4, 4, () -> (x, y) -> Double.POSITIVE_INFINITY);
        assertThat(none.min()).isNaN();
        assertThat(none.max()).isNaN();
    }

    @Test
    void hessianDeterminantIsNegativeOnASaddle() {
        Raster det = Raster.hessianDeterminant(Landscape.ofExpression("x^2 - 3*y^2 + x*y", SQUARE).function(), SQUARE, 8, 8);
        // H = [[2, 1], [1, -6]], det = -13 everywhere
        assertThat(det.min()).isCloseTo(-13, within(1e-12));
        assertThat(det.max()).isCloseTo(-13, within(1e-12));
    }
}
