package org.landscapelab.nn.slice;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.landscapelab.optim.Vectors;

/**
 * The top two eigenvectors of a network's loss Hessian at θ (largest eigenvalues, algebraically:
 * the sharpest upward curvature), by Lanczos with full reorthogonalization on Hessian-vector
 * products. A product H·v is a central finite difference of two exact backpropagated gradients,
 * (∇loss(θ + h·v) − ∇loss(θ − h·v)) / 2h, so the Hessian itself is never formed.
 */
public final class HessianDirections {
    /**
     * Most Lanczos steps (two backpropagations each): the extreme eigenvalues converge first, and
     * the Krylov basis is kept in memory for the reorthogonalization (40 vectors of a 300,000
     * parameter network are 96 MB).
     */
    public static final int MAX_STEPS = 40;

    /** The directions (unit eigenvectors, d1 for the largest eigenvalue) and their eigenvalues. */
    public record Result(SliceDirections directions, double lambda1, double lambda2) {}

    private HessianDirections() {}

    /**
     * The top two eigenpairs of the Hessian of {@code loss} at {@code theta}, from a Lanczos start
     * vector drawn with {@code seed}; min(dimension, steps) steps.
     */
    public static Result top2(FullBatchLoss loss, double[] theta, int steps, long seed) {
        int n = loss.dimension();
        if (n < 2) throw new IllegalArgumentException("a slice needs at least 2 parameters, the network has " + n);
        if (steps < 2 || steps > MAX_STEPS) throw new IllegalArgumentException("Lanczos steps must be in [2, " + MAX_STEPS + "], got " + steps);
        if (theta.length != n) throw new IllegalArgumentException("theta has " + theta.length + " entries, the network " + n + " parameters");
        HessianProduct h = new HessianProduct(loss, theta);
        SplittableRandom random = new SplittableRandom(seed);
        double[] q = new double[n];
        for (int i = 0; i < n; i++) q[i] = random.nextGaussian();
        Vectors.scale(q, 1 / Vectors.norm(q));
        List<double[]> basis = new ArrayList<>();
        List<Double> alphas = new ArrayList<>(), betas = new ArrayList<>();
        int m = Math.min(n, steps);
        double scale = 0;
        while (true) {
            basis.add(q);
            double[] w = h.times(q);
            double a = Vectors.dot(q, w);
            alphas.add(a);
            scale = Math.max(scale, Math.abs(a));
            // Full reorthogonalization, twice ("twice is enough"): the plain three-term recurrence
            // loses orthogonality as soon as an eigenvalue converges, which duplicates it.
            for (int pass = 0; pass < 2; pass++) {
                for (double[] b : basis) Vectors.addScaled(w, -Vectors.dot(b, w), b);
            }
            double beta = Vectors.norm(w);
            if (basis.size() == m || beta <= 1e-12 * Math.max(scale, Double.MIN_NORMAL)) break;   // done, or an invariant subspace
            betas.add(beta);
            scale = Math.max(scale, beta);
            Vectors.scale(w, 1 / beta);
            q = w;
        }
        int k = basis.size();
        if (k < 2) throw new IllegalStateException("the start vector spans an invariant subspace of the Hessian: use another seed");
        DMatrixRMaj t = new DMatrixRMaj(k, k);
        for (int i = 0; i < k; i++) {
            t.set(i, i, alphas.get(i));
            if (i + 1 < k) {
                t.set(i, i + 1, betas.get(i));
                t.set(i + 1, i, betas.get(i));
            }
        }
        TopEigen top = TopEigen.of(t, 2);
        double[][] vectors = new double[2][n];
        for (int e = 0; e < 2; e++) {
            for (int i = 0; i < k; i++) Vectors.addScaled(vectors[e], top.vectors[e][i], basis.get(i));
            Vectors.scale(vectors[e], 1 / Vectors.norm(vectors[e]));
        }
        return new Result(new SliceDirections(vectors[0], vectors[1]), top.values[0], top.values[1]);
    }

    /** H·v at θ by central differences of exact gradients. */
    static final class HessianProduct {
        private final FullBatchLoss loss;
        private final double[] theta, x, plus, minus;
        private final double step;

        HessianProduct(FullBatchLoss loss, double[] theta) {
            this.loss = loss;
            this.theta = theta.clone();
            int n = theta.length;
            x = new double[n];
            plus = new double[n];
            minus = new double[n];
            step = NetworkSlice.HESSIAN_STEP * Math.max(Vectors.norm(theta), 1);
        }

        /** H·v for a unit vector v (or any v: the step is scaled by its norm). */
        double[] times(double[] v) {
            double h = step / Vectors.norm(v);
            for (int i = 0; i < x.length; i++) x[i] = theta[i] + h * v[i];
            loss.gradient(x, plus);
            for (int i = 0; i < x.length; i++) x[i] = theta[i] - h * v[i];
            loss.gradient(x, minus);
            double[] hv = new double[x.length];
            for (int i = 0; i < x.length; i++) hv[i] = (plus[i] - minus[i]) / (2 * h);
            return hv;
        }
    }
}
