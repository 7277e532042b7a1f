package org.landscapelab.ui.three;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.render.Raster;

class SurfaceGridTest {

    @Test
    void nodesSpanTheRegionEdgeToEdgeWithNearlySquareCells() {
        SurfaceGrid g = SurfaceGrid.of(new Domain(-2, 2, -1, 3.5), 10);
        assertThat(g.ny()).isEqualTo(10);
        assertThat(g.nx()).isEqualTo(9); // 8 cells of 0.5 across 4, against 9 of 0.5 up 4.5
        assertThat(g.x(0)).isEqualTo(-2);
        assertThat(g.x(g.nx() - 1)).isEqualTo(2);
        assertThat(g.y(0)).isEqualTo(-1);
        assertThat(g.y(g.ny() - 1)).isEqualTo(3.5);
        // A very flat region still gets two rows of nodes.
        assertThat(SurfaceGrid.of(new Domain(0, 1000, 0, 1), 50).ny()).isEqualTo(2);
        assertThatThrownBy(() -> SurfaceGrid.of(new Domain(0, 1, 0, 1), 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void samplesAreTheFunctionAtTheNodes() {
        Landscape l = Landscape.ofExpression("sin(3*x) * cos(2*y) + x*y", new Domain(-1, 2, 0.5, 1.5));
        SurfaceGrid g = SurfaceGrid.of(l.domain(), 31);
        Raster r = g.sample(l.function());
        assertThat(r.nx()).isEqualTo(g.nx());
        assertThat(r.ny()).isEqualTo(g.ny());
        for (int j = 0; j < g.ny(); j++) {
            for (int i = 0; i < g.nx(); i++) {
                assertThat(r.value(i, j)).isCloseTo(l.function().value(g.x(i), g.y(j)), within(1e-12));
            }
        }
    }
}
