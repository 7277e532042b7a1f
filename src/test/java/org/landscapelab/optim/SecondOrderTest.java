package org.landscapelab.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

/** Newton is attracted to saddles; saddle-free Newton is repelled; closed forms on quadratics. */
class SecondOrderTest {

    static Optimizer create(String spec, int n) {
        return Optimizers.create(OptimizerSpec.parse(spec), n);
    }

    /** A random symmetric matrix with entries in [−1, 1], row-major. */
    static double[] randomSymmetric(int n, SplittableRandom r) {
        double[] h = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) h[i * n + j] = h[j * n + i] = r.nextDouble(-1, 1);
        }
        return h;
    }

    @Test
    void newtonLandsOnTheSaddleOfXSquaredMinusYSquaredInOneStep() {
        LandscapeOracle saddle = new LandscapeOracle("x^2 - y^2");
        double[] x = {0.7, -0.3};
        create("newton", 2).step(x, saddle);
        assertThat(x).containsExactly(0, 0); // attracted: the saddle is the quadratic model's critical point
    }

    @Test
    void newtonFindsTheMinimumOfAPositiveDefiniteQuadraticInOneStep() {
        LandscapeOracle bowl = new LandscapeOracle("3*(x - 1)^2 + (x - 1)*(y + 2) + 2*(y + 2)^2");
        double[] x = {-4, 5};
        create("newton", 2).step(x, bowl);
        assertThat(x).containsExactly(new double[] {1, -2}, within(1e-14));
    }

    @Test
    void newtonJumpsToTheCriticalPointOfAnIndefiniteQuadraticIn60Dimensions() {
        int n = 60;
        SplittableRandom r = new SplittableRandom(7);
        double[] h = randomSymmetric(n, r);
        double[] c = new double[n];
        for (int i = 0; i < n; i++) c[i] = r.nextDouble(-1, 1);
        RealMatrix hm = new Array2DRowRealMatrix(n, n);
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) hm.setEntry(i, j, h[i * n + j]);
        double[] critical = new LUDecomposition(hm).getSolver().solve(new ArrayRealVector(c)).mapMultiply(-1).toArray();

        double[] x = new double[n];
        create("newton", n).step(x, new Quadratic(c, h));
        for (int i = 0; i < n; i++) assertThat(x[i]).isCloseTo(critical[i], within(1e-9 * (1 + Math.abs(critical[i]))));
    }

    @Test
    void regularizationShiftsTheCurvature() {
        double[] x = {1, 1};
        create("newton lr=0.5 regularization=3", 2).step(x, Quadratic.diagonal(1, -2));
        // x − lr·g/(λ + ρ) per coordinate: 1 − 0.5·1/4 and 1 − 0.5·(−2)/1
        assertThat(x).containsExactly(new double[] {1 - 0.125, 2}, within(1e-15));
    }

    @Test
    void newtonDoesNotMoveAlongDirectionsWithoutCurvature() {
        double[] x = {0.5, 0.5};
        create("newton", 2).step(x, new LandscapeOracle("x^2 + y"));
        assertThat(x).containsExactly(0, 0.5);
        double[] origin = {0, 0};
        create("newton", 2).step(origin, new LandscapeOracle("x^3 - 3*x*y^2")); // g = 0, H = 0
        assertThat(origin).containsExactly(0, 0);
    }

    @Test
    void saddleFreeNewtonMovesAwayFromTheSaddle() {
        LandscapeOracle saddle = new LandscapeOracle("x^2 - y^2");
        Optimizer sfn = create("saddle-free-newton damping=1e-6", 2);
        double[] x = {0.7, -0.3};
        double f0 = sfn.step(x, saddle);
        // |H| = diag(2, 2): x-coordinate goes to 0 as with Newton, y doubles instead of vanishing
        assertThat(x).containsExactly(0, -0.6);
        double f1 = sfn.step(x, saddle);
        assertThat(x).containsExactly(0, -1.2);
        assertThat(saddle.value(x)).isLessThan(f1).isLessThan(f0);
    }

    @Test
    void saddleFreeNewtonFloorsSmallCurvatureAtTheDamping() {
        double[] x = {1, 1};
        create("saddle-free-newton lr=1 damping=0.5", 2).step(x, Quadratic.diagonal(0.1, -4));
        assertThat(x).containsExactly(new double[] {1 - 0.1 / 0.5, 1 - (-4.0) / 4}, within(1e-15));
    }

    @Test
    void cubicNewtonLeavesAnExactSaddleAlongNegativeCurvature() {
        LandscapeOracle saddle = new LandscapeOracle("x^2 - y^2");
        double[] x = {0, 0};
        create("cubic-newton M=4", 2).step(x, saddle);
        // hard case: g = 0, μ = −λ_min = 2, |s| = 2μ/M = 1 along ±y
        assertThat(x[0]).isEqualTo(0);
        assertThat(Math.abs(x[1])).isCloseTo(1, within(1e-12));
    }

    @Test
    void secondOrderMethodsRefuseAnOracleWithoutHessian() {
        for (String kind : new String[] {"newton", "cubic-newton", "saddle-free-newton"}) {
            Oracle noHessian = FirstOrderClosedFormTest.linear(new double[] {1, 2});
            assertThatThrownBy(() -> create(kind, 2).step(new double[2], noHessian))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(kind + " needs the Hessian of the objective, which this one does not provide");
        }
    }
}
