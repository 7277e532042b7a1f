package org.landscapelab.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.landscapelab.landscape.expr.Kernel;
import org.landscapelab.render.FigureOptions;
import org.landscapelab.render.LandscapeLayer;
import org.landscapelab.render.Viewport;

/** A landscape without an expression: values precomputed on a grid, figures from the grid, critical points by Newton on the exact function. */
class ValueGridTest {
    /** f = x³ − 3x + y²: a minimum at (1, 0), a saddle at (−1, 0). */
    private static final Expression CUBIC = Expression.parse("x^3 - 3*x + y^2");

    /** The exact function, counting its evaluations. */
    private static final class Counted implements Kernel {
        final AtomicLong calls = new AtomicLong();

        @Override
        public double value(double x, double y, double[] vars) {
            calls.incrementAndGet();
            return CUBIC.kernel().value(x, y, vars);
        }

        @Override
        public double gradient(double x, double y, double[] vars, double[] out) {
            calls.incrementAndGet();
            return CUBIC.kernel().gradient(x, y, vars, out);
        }

        @Override
        public double hessian(double x, double y, double[] vars, double[] out) {
            calls.incrementAndGet();
            return CUBIC.kernel().hessian(x, y, vars, out);
        }
    }

    private static ValueGrid sampled(int k, double range) {
        double[] c = new double[k];
        for (int i = 0; i < k; i++) c[i] = -range + 2 * range * i / (k - 1);
        double[] v = new double[k * k], fx = new double[k * k], fy = new double[k * k], g = new double[2];
        LandscapeFunction f = CUBIC.bind();
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                v[i * k + j] = f.gradient(c[i], c[j], g);
                fx[i * k + j] = g[0];
                fy[i * k + j] = g[1];
            }
        }
        return new ValueGrid(c, v, fx, fy);
    }

    @Test
    void theInterpolationIsTheValuesAtTheNodesBilinearBetweenAndNaNOutside() {
        ValueGrid grid = sampled(5, 2);
        LandscapeFunction s = grid.interpolated();
        assertThat(s.value(1, 0)).isEqualTo(-2);
        assertThat(s.value(-1, 1)).isEqualTo(3);
        // Halfway between (1, 0) = −2 and (2, 0) = 2 along x.
        assertThat(s.value(1.5, 0)).isCloseTo(0, offset(1e-15));
        assertThat(s.value(2.0001, 0)).isNaN();
        assertThat(grid.domain()).isEqualTo(new Domain(-2, 2, -2, 2));
        assertThatThrownBy(() -> new ValueGrid(new double[] {0, 1}, new double[3], new double[4], new double[4]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a 2 x 2 grid needs 4 values, got 3");
    }

    @Test
    void criticalPointsComeFromNewtonOnTheExactFunctionStartedAtTheGrid() {
        ValueGrid grid = sampled(33, 2);
        Counted exact = new Counted();
        CriticalSet set = grid.critical(LandscapeFunction.of(exact, CUBIC.cost()));
        assertThat(set.points()).hasSize(2);
        CriticalPoint saddle = set.points().get(0), minimum = set.points().get(1);
        assertThat(saddle.type()).isEqualTo(CriticalPoint.Type.SADDLE);
        assertThat(saddle.x()).isCloseTo(-1, offset(1e-12));
        assertThat(saddle.y()).isCloseTo(0, offset(1e-12));
        assertThat(minimum.type()).isEqualTo(CriticalPoint.Type.MINIMUM);
        assertThat(minimum.x()).isCloseTo(1, offset(1e-12));
        // A few starts of a few Hessians each, not a 96 × 96 search.
        assertThat(exact.calls.get()).isLessThanOrEqualTo((long) ValueGrid.MAX_STARTS * (CriticalPoints.START_EVALUATIONS + 1));
    }

    @Test
    void aFigureOfAGridLandscapeDrawsTheGridAndNeverEvaluatesFPerPixel() {
        ValueGrid grid = sampled(33, 2);
        Counted exact = new Counted();
        Landscape l = Landscape.ofGrid("grid", "A cubic on a grid", "sampled", LandscapeFunction.of(exact, CUBIC.cost()), grid, List.of("α", "β"));
        LandscapeLayer layer = LandscapeLayer.compute(l, Viewport.of(l.domain()), 200, 200, FigureOptions.defaults());
        long afterFirst = exact.calls.get();
        assertThat(afterFirst).isLessThan(200 * 200);
        assertThat(layer.raster().value(100, 100)).isEqualTo(grid.interpolated().value(layer.raster().x(100), layer.raster().y(100)));
        assertThat(layer.critical().points()).hasSize(2);
        // Zoomed in on the minimum: the points found once are kept, and only those inside show.
        LandscapeLayer.compute(l, Viewport.of(new Domain(0, 2, -1, 1)), 100, 100, FigureOptions.defaults());
        assertThat(exact.calls.get()).isEqualTo(afterFirst);
        assertThat(CriticalPoints.of(l, new Domain(0, 2, -1, 1)).points()).extracting(CriticalPoint::type)
                .containsExactly(CriticalPoint.Type.MINIMUM);
    }

    @Test
    void aGridLandscapeHasNoExpressionAndIsTheSameDefinitionOnlyWithItsOwnGrid() {
        ValueGrid grid = sampled(9, 2);
        LandscapeFunction f = CUBIC.bind();
        Landscape a = Landscape.ofGrid("slice", "Slice", "how it was made", f, grid, List.of("α", "β"));
        assertThat(a.hasExpression()).isFalse();
        assertThat(a.expression()).isNull();
        assertThat(a.axisNames()).containsExactly("α", "β");
        assertThat(a.surface()).isNotSameAs(a.function());
        assertThat(a.sameDefinition(a.withScale(ColorScale.LOG))).isTrue();
        assertThat(a.withScale(ColorScale.LOG).grid()).containsSame(grid);
        assertThat(a.sameDefinition(Landscape.ofGrid("slice", "Slice", "", f, sampled(9, 2), List.of("α", "β")))).isFalse();
        Landscape typed = Landscape.ofExpression("x^3 - 3*x + y^2", grid.domain());
        assertThat(typed.sameDefinition(a)).isFalse();
        assertThat(typed.surface()).isSameAs(typed.function());
        assertThat(typed.axisNames()).containsExactly("x", "y");
        assertThatThrownBy(() -> a.withParameter("a", 1)).isInstanceOf(IllegalArgumentException.class);
        // The colour scale is decided from the grid's values, as it is from f's for an expression.
        assertThat(a.scale()).isEqualTo(DefaultScale.of(grid.values()));
    }

    @Test
    void ensemblesOnAGridLandscapeAreBoundedByTheirWorkAndOnExpressionsAsBefore() {
        Landscape costly = Landscape.ofGrid("slice", "A slice", "", LandscapeFunction.of(new Counted(), 1_000_000_000L), sampled(9, 2),
                List.of("α", "β"));
        EvaluationBudget.checkEnsemble(costly, 10, 30, 1);
        assertThatThrownBy(() -> EvaluationBudget.checkEnsemble(costly, 10, 30, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("on A slice every step is a backpropagation: 10 particles × 30 steps × 2 ensembles = 600 evaluations,"
                        + " more than the 300 that fit the limit of 3e+11 units of work (1,000,000,000 units each); use fewer particles or steps");
        EvaluationBudget.checkEnsemble(Landscape.ofExpression("x^2", new Domain(-1, 1, -1, 1)), 10_000, 5_000_000, 50);
    }
}
