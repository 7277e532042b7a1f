package org.landscapelab.optim;

import java.util.Arrays;

/**
 * The cubic-regularized model's global minimizer in the Hessian's eigenbasis:
 * min_s Σ g_k s_k + ½ Σ λ_k s_k² + (M/6)|s|³.
 *
 * <p>s is a global minimizer iff (H + μI)s = −g, μ = M|s|/2 and H + μI ⪰ 0 (Nesterov &amp; Polyak
 * 2006, Thm. 10). So μ ≥ μ₀ = max(0, −λ_min) and, with s(μ) = −g/(λ + μ), μ solves the secular
 * equation |s(μ)| = 2μ/M. The unknown is δ = μ − μ₀ rather than μ: near the hard case the root lies
 * within a few ulps of μ₀, where λ_min + μ would cancel catastrophically, while the offsets
 * λ_k + μ₀ are exact (zero for the lowest). |s| − 2μ/M is convex and decreasing in δ, so Newton's
 * method started left of the root climbs to it monotonically; bisection guards the rest.
 *
 * <p>Hard case: g has no component along the eigenvectors of λ_min and |s(μ₀)| &lt; 2μ₀/M, so no root
 * exists. Then μ = μ₀ and the missing length goes along the lowest eigenvector (either sign is
 * optimal; the one against g's component there, if any, is taken).
 */
final class CubicSubproblem {
    private CubicSubproblem() {}

    /**
     * Writes the minimizer s and returns the multiplier μ = M|s|/2.
     *
     * @param lambda eigenvalues, ascending
     * @param g the gradient in eigen-coordinates
     * @param m the cubic weight M &gt; 0
     * @param offset workspace of length n
     * @param s output, the step in eigen-coordinates
     */
    static double solve(double[] lambda, double[] g, double m, double[] offset, double[] s) {
        int n = lambda.length;
        double mu0 = Math.max(0, -lambda[0]);
        for (int k = 0; k < n; k++) offset[k] = lambda[k] + mu0;
        double gNorm = 0;
        for (double gk : g) gNorm = Math.hypot(gNorm, gk);
        if (gNorm == 0 && mu0 == 0) {
            Arrays.fill(s, 0);
            return 0;
        }
        double phi0 = phi(offset, g, m, mu0, 0);
        if (phi0 < 0) return hardCase(offset, g, m, mu0, s);

        double a = 0;                         // φ(a) ≥ 0
        double b = Math.sqrt(m * gNorm / 2);  // |s(μ₀ + b)| ≤ |g|/b ≤ 2b/M, so φ(b) ≤ 0
        while (phi(offset, g, m, mu0, b) > 0) b = 2 * b + Double.MIN_NORMAL;
        double delta = a;
        for (int iteration = 0; iteration < 500; iteration++) {
            double phi = phi(offset, g, m, mu0, delta);
            if (phi == 0) break;
            if (phi > 0) a = delta; else b = delta;
            if (b - a <= 2 * Math.ulp(b)) break;
            double next = delta - phi / phiDerivative(offset, g, m, delta);
            if (phi > 0 && next <= delta) break; // Newton from the left has converged to the last bit
            if (!(next > a && next < b)) next = 0.5 * (a + b);
            delta = next;
        }
        if (Math.abs(phi(offset, g, m, mu0, b)) < Math.abs(phi(offset, g, m, mu0, delta))) delta = b;
        for (int k = 0; k < n; k++) s[k] = component(g[k], offset[k] + delta);
        return mu0 + delta;
    }

    private static double hardCase(double[] offset, double[] g, double m, double mu0, double[] s) {
        double rest = 0;
        for (int k = 1; k < offset.length; k++) {
            s[k] = component(g[k], offset[k]);
            rest += s[k] * s[k];
        }
        double radius = 2 * mu0 / m;
        double along = Math.sqrt(Math.max(0, radius * radius - rest));
        s[0] = g[0] > 0 ? -along : along;
        return mu0;
    }

    /** −g_k / d_k, where a zero gradient component contributes nothing even if d_k = 0. */
    private static double component(double gk, double dk) {
        return gk == 0 ? 0 : -gk / dk;
    }

    /** |s(μ₀ + δ)| − 2(μ₀ + δ)/M. */
    private static double phi(double[] offset, double[] g, double m, double mu0, double delta) {
        return norm(offset, g, delta) - 2 * (mu0 + delta) / m;
    }

    private static double phiDerivative(double[] offset, double[] g, double m, double delta) {
        double sum = 0;
        for (int k = 0; k < offset.length; k++) {
            if (g[k] == 0) continue;
            double sk = g[k] / (offset[k] + delta);
            sum += sk * sk / (offset[k] + delta);
        }
        return -sum / norm(offset, g, delta) - 2 / m;
    }

    private static double norm(double[] offset, double[] g, double delta) {
        double sum = 0;
        for (int k = 0; k < offset.length; k++) {
            if (g[k] == 0) continue;
            double sk = g[k] / (offset[k] + delta);
            sum += sk * sk;
        }
        return Math.sqrt(sum);
    }
}
