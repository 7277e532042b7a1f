package org.landscapelab.nn.slice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.landscapelab.nn.Activation;
import org.landscapelab.optim.Vectors;

/** The Hessian's top eigenvectors by Lanczos and the trajectory's principal components, against what they must be. */
class SliceDirectionsTest {

    @Test
    void lanczosFindsTheTopEigenpairsOfTheDenseHessian() {
        // 30 parameters: small enough to form the Hessian densely, column by column, from the same products.
        NetworkSliceTest.Case c = NetworkSliceTest.mlp(3, 2, Activation.RELU, true, 5, 4);
        FullBatchLoss loss = c.loss();
        double[] theta = c.theta();
        int n = theta.length;
        HessianDirections.HessianProduct product = new HessianDirections.HessianProduct(loss, theta);
        DMatrixRMaj dense = new DMatrixRMaj(n, n);
        for (int j = 0; j < n; j++) {
            double[] e = new double[n];
            e[j] = 1;
            double[] column = product.times(e);
            for (int i = 0; i < n; i++) dense.set(i, j, column[i]);
        }
        DMatrixRMaj symmetric = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) symmetric.set(i, j, 0.5 * (dense.get(i, j) + dense.get(j, i)));
        TopEigen exact = TopEigen.of(symmetric, 2);

        HessianDirections.Result r = HessianDirections.top2(loss, theta, HessianDirections.MAX_STEPS, 1);
        double scale = Math.abs(exact.values[0]);
        assertThat(r.lambda1()).isCloseTo(exact.values[0], within(1e-6 * scale));
        assertThat(r.lambda2()).isCloseTo(exact.values[1], within(1e-6 * scale));
        assertThat(exact.values[0] - exact.values[1]).as("a gap, so the eigenvectors are defined").isGreaterThan(1e-3 * scale);
        assertThat(Math.abs(Vectors.dot(r.directions().d1(), exact.vectors[0]))).isCloseTo(1, within(1e-6));
        assertThat(Math.abs(Vectors.dot(r.directions().d2(), exact.vectors[1]))).isCloseTo(1, within(1e-6));
        assertThat(Vectors.norm(r.directions().d1())).isCloseTo(1, within(1e-12));
    }

    @Test
    void lanczosStepsAreLimited() {
        NetworkSliceTest.Case c = NetworkSliceTest.mlp(3, 1, Activation.RELU, false, 5, 4);
        FullBatchLoss loss = c.loss();
        double[] theta = c.theta();
        assertThatThrownBy(() -> HessianDirections.top2(loss, theta, 41, 1)).hasMessage("Lanczos steps must be in [2, 40], got 41");
    }

    @Test
    void pcaOfATrajectoryInAKnownPlaneSpansThatPlane() {
        int n = 50;
        SplittableRandom random = new SplittableRandom(3);
        double[] u = unit(random, n), w = unit(random, n), c = unit(random, n);
        Vectors.addScaled(w, -Vectors.dot(u, w), u);     // make w orthogonal to u
        Vectors.scale(w, 1 / Vectors.norm(w));
        List<double[]> trajectory = new ArrayList<>();
        for (int t = 0; t < 20; t++) {
            double[] p = c.clone();
            Vectors.addScaled(p, 3 * Math.cos(t * 0.3), u);
            Vectors.addScaled(p, 0.5 * Math.sin(t * 0.7), w);
            trajectory.add(p);
        }
        TrajectoryPca.Result r = TrajectoryPca.top2(trajectory);
        for (double[] d : List.of(r.directions().d1(), r.directions().d2())) {
            double[] residual = d.clone();
            Vectors.addScaled(residual, -Vectors.dot(d, u), u);
            Vectors.addScaled(residual, -Vectors.dot(d, w), w);
            assertThat(Vectors.norm(residual)).isLessThan(1e-10);
            assertThat(Vectors.norm(d)).isCloseTo(1, within(1e-12));
        }
        assertThat(Vectors.dot(r.directions().d1(), r.directions().d2())).isCloseTo(0, within(1e-10));
        assertThat(r.explained1() + r.explained2()).isCloseTo(1, within(1e-10));
        assertThat(r.explained1()).isGreaterThan(r.explained2());
        // The first component is the long axis.
        assertThat(Math.abs(Vectors.dot(r.directions().d1(), u))).isGreaterThan(0.9);
    }

    @Test
    void aTrajectoryAlongALineHasNoPlane() {
        double[] a = {1, 2, 3};
        List<double[]> line = List.of(a, new double[] {2, 4, 6}, new double[] {3, 6, 9});
        assertThatThrownBy(() -> TrajectoryPca.top2(line)).hasMessageContaining("moves along a line");
        assertThatThrownBy(() -> TrajectoryPca.top2(List.of(a, a))).hasMessage("a trajectory for PCA needs 3 to 2000 points, got 2");
    }

    static double[] unit(SplittableRandom random, int n) {
        double[] v = new double[n];
        Arrays.setAll(v, i -> random.nextGaussian());
        Vectors.scale(v, 1 / Vectors.norm(v));
        return v;
    }
}
