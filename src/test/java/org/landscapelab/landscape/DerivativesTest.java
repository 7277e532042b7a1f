package org.landscapelab.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Exact derivatives against Richardson-extrapolated central differences at seeded random points. */
class DerivativesTest {

    static Stream<Landscape> builtIns() {
        return Catalog.builtIn().all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtIns")
    void gradientAndHessianOfEveryBuiltInMatchDifferences(Landscape landscape) {
        check(landscape.function(), landscape.domain(), landscape.id().hashCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "x^y + y^x", "atan(x*y) / (1 + x^2)", "tan(x/3) * tanh(y) - sinh(x) + cosh(y)",
        "log(1 + x^2 + y^2) * sqrt(2 + sin(x*y))", "exp(-(x - 1)^2) * abs(y)^3", "x^-1 + y^-2",
        "max(x^2, y) + min(x, y^3)",
    })
    void typedExpressionsMatchDifferences(String source) {
        check(Expression.parse(source).bind(), new Domain(0.2, 2, 0.3, 2), source.hashCode());
    }

    @org.junit.jupiter.api.Test
    void parametersAreBound() {
        Expression e = Expression.parse("a*x^2 - b*y^3", List.of("a", "b"));
        double[] g = new double[2];
        e.bind(0.5, 2).gradient(1.5, -1, g);
        assertThat(g).containsExactly(0.5 * 2 * 1.5, -2 * 3 * 1.0);
    }

    private static void check(LandscapeFunction f, Domain domain, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double h = 1e-4 * Math.hypot(domain.width(), domain.height());
        for (int i = 0; i < 25; i++) {
            double x = random.nextDouble(domain.xMin(), domain.xMax());
            double y = random.nextDouble(domain.yMin(), domain.yMax());
            double[] d = new double[5];
            double value = f.hessian(x, y, d);
            assertThat(value).isEqualTo(f.value(x, y));
            double gx = richardson(t -> f.value(x + t, y), h);
            double gy = richardson(t -> f.value(x, y + t), h);
            double gradScale = Math.abs(value) / h * 1e-9 + 1e-7;
            close(d[0], gx, gradScale, "f_x", x, y);
            close(d[1], gy, gradScale, "f_y", x, y);
            double hessScale = Math.hypot(d[0], d[1]) / h * 1e-9 + 1e-7;
            close(d[2], richardson(t -> gradient(f, x + t, y)[0], h), hessScale, "f_xx", x, y);
            close(d[3], richardson(t -> gradient(f, x, y + t)[0], h), hessScale, "f_xy", x, y);
            close(d[3], richardson(t -> gradient(f, x + t, y)[1], h), hessScale, "f_yx", x, y);
            close(d[4], richardson(t -> gradient(f, x, y + t)[1], h), hessScale, "f_yy", x, y);
        }
    }

    private static double[] gradient(LandscapeFunction f, double x, double y) {
        double[] g = new double[2];
        f.gradient(x, y, g);
        return g;
    }

    /** Central difference with Richardson extrapolation: error O(h^4). */
    private static double richardson(java.util.function.DoubleUnaryOperator g, double h) {
        double coarse = (g.applyAsDouble(h) - g.applyAsDouble(-h)) / (2 * h);
        double fine = (g.applyAsDouble(h / 2) - g.applyAsDouble(-h / 2)) / h;
        return (4 * fine - coarse) / 3;
    }

    private static void close(double exact, double numeric, double noise, String what, double x, double y) {
        if (!Double.isFinite(exact) && !Double.isFinite(numeric)) return;
        double tolerance = 1e-6 * Math.abs(exact) + noise;
        assertThat(exact).as("%s at (%s, %s), differences give %s", what, x, y, numeric)
                .isCloseTo(numeric, org.assertj.core.data.Offset.offset(tolerance));
    }
}
