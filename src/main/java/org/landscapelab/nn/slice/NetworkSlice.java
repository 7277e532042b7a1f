package org.landscapelab.nn.slice;

import java.util.List;
import org.landscapelab.nn.ParameterTensor;
import org.landscapelab.optim.Vectors;

/**
 * A two-dimensional slice of a network's loss, f(α, β) = loss(θ + α·d1 + β·d2), with its exact
 * derivatives along d1 and d2 (one backpropagation, the gradient projected: ∂f/∂α = ∇loss·d1) and
 * its 2×2 Hessian dᵢᵀ H dⱼ by central finite differences of those exact gradients (four more
 * backpropagations; there is no second-order backpropagation in the lab).
 *
 * <p>Not thread-safe (it owns a network's buffers): {@link #copy()} gives each thread its own.
 */
public final class NetworkSlice {
    /**
     * Central-difference step of the Hessian, as a fraction of max(‖θ‖, 1) moved along each
     * direction: the truncation error (~step²) and the rounding error (~1e-16/step) of the
     * difference of gradients are then both about 1e-8 relative.
     */
    static final double HESSIAN_STEP = 1e-4;

    private final FullBatchLoss loss;
    private final double[] theta, d1, d2;
    /** The Hessian's step in α and in β. */
    private final double stepAlpha, stepBeta;

    /** The slice through {@code theta} along d1 and d2 (all of the loss's dimension; copied). */
    public NetworkSlice(FullBatchLoss loss, double[] theta, double[] d1, double[] d2) {
        int n = loss.dimension();
        check("theta", theta, n);
        check("d1", d1, n);
        check("d2", d2, n);
        this.loss = loss;
        this.theta = theta.clone();
        this.d1 = d1.clone();
        this.d2 = d2.clone();
        double scale = Math.max(Vectors.norm(theta), 1) * HESSIAN_STEP;
        stepAlpha = step(scale, d1);
        stepBeta = step(scale, d2);
    }

    private static double step(double scale, double[] d) {
        double norm = Vectors.norm(d);
        return norm > 0 ? scale / norm : HESSIAN_STEP;
    }

    private static void check(String name, double[] v, int n) {
        if (v.length != n) throw new IllegalArgumentException(name + " has " + v.length + " entries, the network " + n + " parameters");
        for (double e : v) {
            if (!Double.isFinite(e)) throw new IllegalArgumentException(name + " has a non-finite entry " + e);
        }
    }

    /** The same slice on its own network, for another thread. */
    public NetworkSlice copy() {
        return new NetworkSlice(loss.copy(), theta, d1, d2);
    }

    /**
     * Writes (∂f/∂α, ∂f/∂β) into {@code out} and returns f(α, β). Writes the point straight into the
     * network's parameters and projects their gradients in place: at the benchmark's size the
     * copies of a flat vector in and out cost a fifth of a backpropagation.
     */
    public double gradient(double alpha, double beta, double[] out) {
        List<ParameterTensor> parameters = loss.parameters();
        int o = 0;
        for (int t = 0; t < parameters.size(); t++) {        // indexed: no iterator per point
            double[] value = parameters.get(t).value().data;
            int size = parameters.get(t).size();
            for (int i = 0; i < size; i++) value[i] = theta[o + i] + alpha * d1[o + i] + beta * d2[o + i];
            o += size;
        }
        double f = loss.lossAtCurrentValues();
        double ga = 0, gb = 0;
        o = 0;
        for (int t = 0; t < parameters.size(); t++) {
            double[] grad = parameters.get(t).grad().data;
            int size = parameters.get(t).size();
            for (int i = 0; i < size; i++) {
                ga += grad[i] * d1[o + i];
                gb += grad[i] * d2[o + i];
            }
            o += size;
        }
        out[0] = ga;
        out[1] = gb;
        return f;
    }

    /**
     * Writes (f_α, f_β, f_αα, f_αβ, f_ββ) into {@code out} (the order of
     * {@code landscape.expr.Kernel#hessian}) and returns f. The second derivatives are central
     * differences of the exact projected gradient; f_αβ averages both orders.
     */
    public double hessian(double alpha, double beta, double[] out) {
        double[] g = new double[2], plus = new double[2], minus = new double[2];
        double f = gradient(alpha, beta, g);
        gradient(alpha + stepAlpha, beta, plus);
        gradient(alpha - stepAlpha, beta, minus);
        double faa = (plus[0] - minus[0]) / (2 * stepAlpha);
        double fba = (plus[1] - minus[1]) / (2 * stepAlpha);
        gradient(alpha, beta + stepBeta, plus);
        gradient(alpha, beta - stepBeta, minus);
        double fbb = (plus[1] - minus[1]) / (2 * stepBeta);
        double fab = (plus[0] - minus[0]) / (2 * stepBeta);
        out[0] = g[0];
        out[1] = g[1];
        out[2] = faa;
        out[3] = 0.5 * (fab + fba);
        out[4] = fbb;
        return f;
    }

    /**
     * The (α, β) of the point of the plane nearest to {@code parameters} (least squares): where a
     * training trajectory is drawn on the slice.
     */
    public double[] coordinates(double[] parameters) {
        check("parameters", parameters, theta.length);
        double[] r = new double[theta.length];
        for (int i = 0; i < r.length; i++) r[i] = parameters[i] - theta[i];
        double a11 = Vectors.dot(d1, d1), a12 = Vectors.dot(d1, d2), a22 = Vectors.dot(d2, d2);
        double b1 = Vectors.dot(d1, r), b2 = Vectors.dot(d2, r);
        double det = a11 * a22 - a12 * a12;
        if (!(det > 1e-12 * a11 * a22)) throw new IllegalStateException("d1 and d2 are parallel or zero: the plane is not defined");
        return new double[] {(a22 * b1 - a12 * b2) / det, (a11 * b2 - a12 * b1) / det};
    }

    /** Number of the network's parameters. */
    public int dimension() {
        return theta.length;
    }

    /** Rows of the batch the loss is over. */
    public int rows() {
        return loss.rows();
    }

    public double[] center() {
        return theta.clone();
    }

    public double[] d1() {
        return d1.clone();
    }

    public double[] d2() {
        return d2.clone();
    }
}
