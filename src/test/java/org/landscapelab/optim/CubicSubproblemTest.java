package org.landscapelab.optim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cubic-regularized Newton step s from x = 0 on f = g·x + ½xᵀHx is the model's global
 * minimizer iff g + Hs + (M/2)|s|s = 0 and H + (M/2)|s|I ⪰ 0. Checked through the optimizer on
 * seeded random symmetric matrices (eigenvalues from commons-math, independent of the code under
 * test), including matrices built to be in the hard case.
 */
class CubicSubproblemTest {

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {1, 2, 3, 5, 12})
    void stepSatisfiesTheOptimalityConditionsOnRandomMatrices(int n) {
        SplittableRandom r = new SplittableRandom(100 + n);
        for (int trial = 0; trial < 200; trial++) {
            double[] h = SecondOrderTest.randomSymmetric(n, r);
            double scale = Math.exp(r.nextDouble(-3, 3));
            for (int i = 0; i < h.length; i++) h[i] *= scale;
            double[] g = new double[n];
            for (int i = 0; i < n; i++) g[i] = r.nextDouble(-1, 1) * Math.exp(r.nextDouble(-4, 2));
            double m = Math.exp(r.nextDouble(-3, 3));
            checkOptimal(h, g, m, "trial " + trial);
        }
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {2, 3, 6})
    void hardCaseGradientOrthogonalToTheLowestEigenvector(int n) {
        SplittableRandom r = new SplittableRandom(200 + n);
        for (int trial = 0; trial < 100; trial++) {
            // H = Q diag(λ) Qᵀ, λ_0 < 0 strictly lowest; g with no component along q_0 and small enough
            // that |s(−λ_0)| < −2λ_0/M: no root of the secular equation above −λ_0.
            RealMatrix q = randomOrthogonal(n, r);
            double[] lambda = new double[n];
            lambda[0] = -r.nextDouble(0.5, 3);
            for (int k = 1; k < n; k++) lambda[k] = lambda[0] + r.nextDouble(0.5, 4);
            double m = Math.exp(r.nextDouble(-2, 2));
            double radius = -2 * lambda[0] / m;
            double[] gHat = new double[n];
            for (int k = 1; k < n; k++) gHat[k] = r.nextDouble(-1, 1) * 0.3 * radius * (lambda[k] - lambda[0]) / Math.sqrt(n);
            double[] h = new double[n * n];
            double[] g = new double[n];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < n; k++) g[i] += q.getEntry(i, k) * gHat[k];
                for (int j = 0; j < n; j++) {
                    double sum = 0;
                    for (int k = 0; k < n; k++) sum += q.getEntry(i, k) * lambda[k] * q.getEntry(j, k);
                    h[i * n + j] = sum;
                }
            }
            double[] s = checkOptimal(h, g, m, "hard case trial " + trial);
            // In the hard case the multiplier is exactly −λ_min: |s| = −2λ_min/M.
            assertThat(norm(s)).as("hard case trial %d: |s|", trial).isCloseTo(radius, org.assertj.core.data.Percentage.withPercentage(1e-6));
        }
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {2, 4})
    void exactHardCaseOnADiagonalMatrixAndZeroGradient(int n) {
        double[] h = new double[n * n];
        for (int i = 0; i < n; i++) h[i * n + i] = i == 0 ? -2 : 1 + i;
        double[] g = new double[n];
        for (int i = 1; i < n; i++) g[i] = 0.1 * i;
        checkOptimal(h, g, 3, "diagonal hard case");
        checkOptimal(h, new double[n], 3, "zero gradient at a saddle");
        double[] psd = h.clone();
        psd[0] = 0;
        checkOptimal(psd, g, 3, "singular positive semi-definite");
        checkOptimal(psd, new double[n], 3, "flat");
    }

    /** Steps once from 0 and checks the conditions; returns s. */
    static double[] checkOptimal(double[] h, double[] g, double m, String what) {
        int n = g.length;
        double[] s = new double[n];
        Optimizers.create(OptimizerSpec.parse("cubic-newton lr=1 M=" + m), n).step(s, new Quadratic(g, h));
        double sNorm = norm(s);
        double hNorm = 0;
        for (double e : h) hNorm = Math.max(hNorm, Math.abs(e) * n);
        double scale = norm(g) + hNorm * sNorm + m * sNorm * sNorm + Double.MIN_NORMAL;
        for (int i = 0; i < n; i++) {
            double residual = g[i] + 0.5 * m * sNorm * s[i];
            for (int j = 0; j < n; j++) residual += h[i * n + j] * s[j];
            assertThat(Math.abs(residual)).as("%s: |g + Hs + (M/2)|s|s| component %d", what, i).isLessThanOrEqualTo(1e-11 * scale);
        }
        double lambdaMin = lambdaMin(h, n);
        assertThat(lambdaMin + 0.5 * m * sNorm).as("%s: λ_min(H + (M/2)|s|I)", what)
                .isGreaterThanOrEqualTo(-1e-11 * (hNorm + m * sNorm));
        return s;
    }

    static double lambdaMin(double[] h, int n) {
        RealMatrix matrix = new Array2DRowRealMatrix(n, n);
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) matrix.setEntry(i, j, h[i * n + j]);
        double min = Double.POSITIVE_INFINITY;
        for (double v : new EigenDecomposition(matrix).getRealEigenvalues()) min = Math.min(min, v);
        return min;
    }

    static RealMatrix randomOrthogonal(int n, SplittableRandom r) {
        RealMatrix a = new Array2DRowRealMatrix(n, n);
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) a.setEntry(i, j, r.nextDouble(-1, 1));
        return new QRDecomposition(a).getQ();
    }

    static double norm(double[] v) {
        double sum = 0;
        for (double e : v) sum += e * e;
        return Math.sqrt(sum);
    }
}
