package org.landscapelab.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;
import org.landscapelab.experiments.BnDecoupling.Parametrization;
import org.landscapelab.experiments.BnDecoupling.Problem;
import org.landscapelab.sim.Progress;

class BnDecouplingTest {
    private static BnDecoupling.Settings settings(List<Problem> problems, int runs, int steps, double lr, double lrG, double lrU) {
        return new BnDecoupling.Settings(problems, 60, 5, 10, runs, steps, steps / 4, lr, lrG, lrU, 5);
    }

    private static double loss(BnDecoupling.Data data, double g, double[] u) {
        return BnDecoupling.lossAndGradient(data, BnDecoupling.weights(g, u), new double[u.length]);
    }

    @Test
    void theGradientInLengthAndDirectionMatchesFiniteDifferences() {
        for (Problem problem : Problem.values()) {
            BnDecoupling.Data data = BnDecoupling.data(settings(List.of(problem), 1, 4, 0.05, 0.05, 0.05), problem, 0);
            double g = 1.7;
            double[] u = {0.3, -1.2, 0.8, 2.0, -0.4};
            double[] gradW = new double[u.length];
            BnDecoupling.lossAndGradient(data, BnDecoupling.weights(g, u), gradW);
            double[] exact = BnDecoupling.decoupledGradient(g, u, gradW);
            double h = 1e-6;
            double dg = (loss(data, g + h, u) - loss(data, g - h, u)) / (2 * h);
            assertThat(exact[0]).as("%s ∂L/∂g", problem).isCloseTo(dg, within(1e-7 * Math.max(1, Math.abs(dg))));
            for (int j = 0; j < u.length; j++) {
                double[] up = u.clone();
                double[] down = u.clone();
                up[j] += h;
                down[j] -= h;
                double du = (loss(data, g, up) - loss(data, g, down)) / (2 * h);
                assertThat(exact[j + 1]).as("%s ∂L/∂u_%d", problem, j).isCloseTo(du, within(1e-7 * Math.max(1, Math.abs(du))));
            }
            // ... and the direction's gradient is orthogonal to u: a step only lengthens u.
            double along = 0;
            for (int j = 0; j < u.length; j++) along += exact[j + 1] * u[j];
            assertThat(along).isCloseTo(0, within(1e-12));
        }
    }

    /** ‖u − η∇_u L‖² = ‖u‖² + η²‖∇_u L‖²: the direction's effective step η·g²/‖u‖² shrinks after every step on u. */
    @Test
    void aStepOnTheDirectionLengthensUByPythagoras() {
        BnDecoupling.Data data = BnDecoupling.data(settings(List.of(Problem.LEAST_SQUARES), 1, 4, 0.05, 0.05, 0.05), Problem.LEAST_SQUARES, 3);
        double[] u = data.start().clone();
        double g = 2.5;
        double lr = 0.3;
        for (int step = 0; step < 20; step++) {
            double[] gradW = new double[u.length];
            BnDecoupling.lossAndGradient(data, BnDecoupling.weights(g, u), gradW);
            double[] gu = BnDecoupling.decoupledGradient(g, u, gradW);
            double before = org.landscapelab.optim.Vectors.dot(u, u);
            double gradNorm2 = 0;
            for (int j = 0; j < u.length; j++) {
                gradNorm2 += gu[j + 1] * gu[j + 1];
                u[j] -= lr * gu[j + 1];
            }
            assertThat(org.landscapelab.optim.Vectors.dot(u, u)).isCloseTo(before + lr * lr * gradNorm2, within(1e-12 * before));
        }
    }

    @Test
    void onLeastSquaresBothParametrizationsReachTheOptimumsLoss() {
        BnDecoupling.Settings s = settings(List.of(Problem.LEAST_SQUARES), 3, 4000, 0.05, 0.05, 0.05);
        ExperimentTable t = BnDecoupling.run(s, Shard.ALL, 2, Progress.NONE);
        double optimum = 0;
        for (int run = 0; run < 3; run++) optimum += optimalLoss(BnDecoupling.data(s, Problem.LEAST_SQUARES, run)) / 3;
        for (Parametrization z : Parametrization.values()) {
            TableRow last = t.rows().stream().filter(r -> r.key().get(1).equals(z.label) && r.key().get(2).equals("4000")).findFirst().orElseThrow();
            assertThat(last.stat(0).mean()).as(z.label).isCloseTo(optimum, within(1e-9 * optimum));
        }
    }

    /**
     * Too large a step on u is tamed by the decoupling itself: each step lengthens u until the effective
     * step η_u·g²/‖u‖² is small enough, where plain GD with that step diverges.
     */
    @Test
    void theDirectionsEffectiveStepAdaptsWherePlainGdWithTheSameStepDiverges() {
        BnDecoupling.Settings s = settings(List.of(Problem.LEAST_SQUARES), 4, 2000, 0.5, 0.05, 0.5);
        ExperimentTable t = BnDecoupling.run(s, Shard.ALL, 2, Progress.NONE);
        TableRow plain = t.rows().stream().filter(r -> r.key().get(1).equals("plain") && r.key().get(2).equals("2000")).findFirst().orElseThrow();
        TableRow decoupled = t.rows().stream().filter(r -> r.key().get(1).equals("decoupled") && r.key().get(2).equals("2000")).findFirst().orElseThrow();
        TableRow start = t.rows().stream().filter(r -> r.key().get(1).equals("decoupled") && r.key().get(2).equals("0")).findFirst().orElseThrow();
        double plainLoss = plain.stat(0).mean();
        assertThat(Double.isNaN(plainLoss) || plainLoss > 1e6).as("plain GD at lr 0.5 diverges: %s", plainLoss).isTrue();
        assertThat(start.stat(1).mean()).as("the same step at the start").isCloseTo(0.5, within(1e-12));
        assertThat(decoupled.stat(1).mean()).as("the effective step has fallen").isLessThan(0.2);
        assertThat(decoupled.stat(0).mean()).as("and the decoupled loss is small").isLessThan(start.stat(0).mean() * 1e-3);
    }

    private static double optimalLoss(BnDecoupling.Data data) {
        Array2DRowRealMatrix x = new Array2DRowRealMatrix(data.x());
        RealVector y = new ArrayRealVector(data.y());
        RealVector w = new QRDecomposition(x).getSolver().solve(y);
        RealVector r = x.operate(w).subtract(y);
        return 0.5 * r.dotProduct(r) / data.y().length;
    }
}
