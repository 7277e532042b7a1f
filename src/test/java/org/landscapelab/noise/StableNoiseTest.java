package org.landscapelab.noise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.landscapelab.noise.SampleStatistics.assertWithinStandardErrors;

import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

/** Chambers–Mallows–Stuck draws against the symmetric alpha-stable law E exp(itS) = exp(-|t|^alpha). */
class StableNoiseTest {
    private static final int N = 200_000;

    private static double[] increments(double alpha, double dt, long seed) {
        return new StableNoise(alpha).increments(N, dt, new NoiseStreams(seed).stream(0, 0));
    }

    /**
     * P(|S| <= x) for the fraction of N i.i.d. draws: binomial, SE = sqrt(p(1 - p)/N), p the exact
     * probability.
     */
    private static void assertAbsCdf(String what, double[] unit, double x, double p) {
        int inside = 0;
        for (double s : unit) if (Math.abs(s) <= x) inside++;
        assertWithinStandardErrors(what + " P(|S| <= " + x + ")", (double) inside / unit.length, p, Math.sqrt(p * (1 - p) / unit.length));
    }

    private static double[] divided(double[] x, double scale) {
        for (int i = 0; i < x.length; i++) x[i] /= scale;
        return x;
    }

    /** alpha = 2 is Gaussian with variance 2 (this convention): increments have variance 2 dt, SE 2 dt sqrt(2/N). */
    @Test
    void alphaTwoIsGaussianWithVarianceTwoDt() {
        double dt = 0.1;
        double[] x = increments(2, dt, 71);
        double meanSquare = 0;
        for (double v : x) meanSquare += v * v;
        assertWithinStandardErrors("alpha=2 variance", meanSquare / N, 2 * dt, 2 * dt * Math.sqrt(2.0 / N));
        assertAbsCdf("alpha=2", divided(x, Math.sqrt(dt)), 1.0, Erf.erf(0.5)); // |N(0, 2)| <= x: erf(x / 2)
    }

    /** alpha = 1 is standard Cauchy after dividing by dt^{1/alpha} = dt: P(|S| <= q) = (2/pi) atan q, median |S| = 1. */
    @Test
    void alphaOneIsCauchy() {
        double dt = 0.25;
        double[] s = divided(increments(1, dt, 72), new StableNoise(1).incrementScale(dt));
        for (double q : new double[] {0.25, 1, 4, 40}) assertAbsCdf("Cauchy", s, q, 2 / Math.PI * Math.atan(q));
    }

    /** alpha = 1.5 against the law itself, by inverting the characteristic function, into the tail (x = 20). */
    @Test
    void alphaOnePointFiveMatchesItsCharacteristicFunction() {
        double dt = 0.5;
        double[] s = divided(increments(1.5, dt, 73), new StableNoise(1.5).incrementScale(dt));
        for (double x : new double[] {0.5, 1, 2, 5, 20}) assertAbsCdf("alpha=1.5", s, x, absCdf(1.5, x));
    }

    /** The quadrature below is checked where the law is known: Cauchy and Gaussian. */
    @Test
    void characteristicFunctionInversionIsAccurate() {
        for (double x : new double[] {0.5, 1, 5, 20}) {
            assertThat(absCdf(1, x)).isCloseTo(2 / Math.PI * Math.atan(x), within(1e-9));
            assertThat(absCdf(2, x)).isCloseTo(Erf.erf(x / 2), within(1e-9));
        }
    }

    /**
     * P(|S| <= x) = (2/pi) int_0^inf sin(t x)/t · exp(-t^alpha) dt (Gil-Pelaez for a symmetric law), by
     * Simpson's rule up to T with exp(-T^alpha) = 1e-20, step small against the period 2 pi / x.
     */
    private static double absCdf(double alpha, double x) {
        double upper = Math.pow(20 * Math.log(10), 1 / alpha);
        int steps = 2 * (int) Math.ceil(upper * Math.max(x, 1) * 100);
        double h = upper / steps;
        double sum = x; // the integrand at t = 0
        for (int i = 1; i <= steps; i++) {
            double t = i * h;
            double f = Math.sin(t * x) / t * Math.exp(-Math.pow(t, alpha));
            sum += (i == steps ? 1 : i % 2 == 1 ? 4 : 2) * f;
        }
        return 2 / Math.PI * sum * h / 3;
    }
}
