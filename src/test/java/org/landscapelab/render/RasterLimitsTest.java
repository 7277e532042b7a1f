package org.landscapelab.render;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.landscapelab.landscape.Dataset;
import org.landscapelab.landscape.Expression;
import org.landscapelab.landscape.LandscapeFunction;
import org.landscapelab.landscape.WorkLimitException;

class RasterLimitsTest {
    @Test
    void pixelsAreCountedAsTheirProductNotPerSide() {
        assertThatCode(() -> RasterLimits.checkPixels("a 4K screen at 300 dpi has", 3840, 2160)).doesNotThrowAnyException();
        assertThatCode(() -> RasterLimits.checkPixels("an A2 poster at 300 dpi has", 4961, 7016)).doesNotThrowAnyException();
        assertThatThrownBy(() -> RasterLimits.checkPixels("the PNG would have", 14400, 14400))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the PNG would have 14400 x 14400 = 207,360,000 pixels, more than the limit of 40,000,000");
    }

    @Test
    void aVectorFiguresHeatmapIsCountedAtItsResolution() {
        assertThatCode(() -> RasterLimits.checkVector(2384, 3370)).doesNotThrowAnyException(); // A0 in points
        assertThatThrownBy(() -> RasterLimits.checkVector(14400, 14400)).hasMessageContaining("28800 x 28800 = 829,440,000 pixels");
    }

    @Test
    void cellsTimesTheCostOfAnEvaluationIsBounded() {
        double[][] rows = new double[99_000][];
        for (int i = 0; i < rows.length; i++) rows[i] = new double[] {i % 7};
        LandscapeFunction big = Expression.parse("(a*x - y)^2", List.of("a")).bindSum(new double[0], new Dataset(List.of("a"), rows));
        assertThatCode(() -> RasterLimits.checkWork(big, 64 * 64)).doesNotThrowAnyException();
        assertThatThrownBy(() -> RasterLimits.checkWork(big, 1900L * 1400))
                .isInstanceOf(WorkLimitException.class)
                .hasMessageStartingWith("drawing the landscape at 2,660,000 points needs ")
                .hasMessageContaining("over 99000 data rows), more than the limit of 4.00e+10; draw it smaller");
    }
}
