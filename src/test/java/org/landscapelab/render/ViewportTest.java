package org.landscapelab.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Point;

class ViewportTest {
    @Test
    void zoomingOutStopsBeforeTheWidthOverflows() {
        Viewport v = Viewport.of(new Domain(-2, 2, -2, 2));
        for (int i = 0; i < 2000; i++) v = v.zoomed(0.5, new Point(1, 1));
        assertThat(v.region().width()).isLessThanOrEqualTo(Domain.MAX_EXTENT).isGreaterThan(Domain.MAX_EXTENT / 4);
        assertThat(v.transform(new java.awt.geom.Rectangle2D.Double(0, 0, 300, 200)).scaleX()).isPositive().isFinite();
    }

    @Test
    void zoomingInStopsWhereTheEdgesWouldMeet() {
        Viewport v = Viewport.of(new Domain(-2, 2, -2, 2));
        for (int i = 0; i < 2000; i++) v = v.zoomed(2, new Point(0.3, 0.7));
        assertThat(v.region().xMin()).isLessThan(v.region().xMax());
        assertThat(v.region().contains(0.3, 0.7)).isTrue();
    }

    @Test
    void panningPastWhatDoubleHoldsLeavesTheView() {
        Viewport v = Viewport.of(new Domain(-2, 2, -2, 2));
        assertThat(v.panned(Double.MAX_VALUE, 0)).isEqualTo(v);
        assertThat(v.panned(1e300, 0)).isEqualTo(v); // its edges would round to the same number
        assertThat(v.panned(1e6, 0).region()).isEqualTo(new Domain(1e6 - 2, 1e6 + 2, -2, 2));
    }
}
