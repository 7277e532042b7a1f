package org.landscapelab.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * SVRG and SARAH on a strongly convex least-squares finite sum: linear convergence at least at
 * the rates their papers prove, where plain SGD with the same step stalls at its noise floor.
 */
class VarianceReducedTest {
    static final double LR = 0.1; // = 0.1 / L with L = 1

    final LeastSquares problem = new LeastSquares(200, 5, 0.1, 2024);
    /** Epoch length giving SVRG's bound α = 1/(μη(1−2Lη)m) + 2Lη/(1−2Lη) = 0.5. */
    final int m = (int) Math.ceil(1 / (problem.mu * LR * (1 - 2 * LR) * 0.25));

    /** Runs epochs of m steps; returns the measure at each epoch start (the snapshots). */
    double[] run(String kind, int epochs, long seed, java.util.function.ToDoubleFunction<double[]> measure) {
        Optimizer o = Optimizers.create(OptimizerSpec.parse(kind + " lr=" + LR + " epoch_length=" + m),
                problem.dim, new SplittableRandom(seed));
        double[] w = new double[problem.dim];
        double[] measured = new double[epochs + 1];
        for (int s = 0; s <= epochs; s++) {
            measured[s] = measure.applyAsDouble(w);
            for (int t = 0; t < m && s < epochs; t++) o.step(w, problem);
        }
        return measured;
    }

    @Test
    void svrgConvergesLinearlyAtLeastAtJohnsonAndZhangsRate() {
        double alpha = 1 / (problem.mu * LR * (1 - 2 * LR) * m) + 2 * LR / (1 - 2 * LR);
        assertThat(alpha).isLessThanOrEqualTo(0.5);
        for (long seed = 1; seed <= 3; seed++) {
            double[] gap = run("svrg", 8, seed, problem::gap);
            for (int s = 1; s < gap.length; s++) {
                assertThat(gap[s]).as("seed %d, epoch %d", seed, s).isLessThanOrEqualTo(Math.pow(alpha, s) * gap[0]);
            }
            assertThat(gap[8]).isLessThan(1e-9 * gap[0]);
        }
    }

    @Test
    void sarahConvergesLinearlyAtLeastAtNguyenEtAlsRate() {
        double sigma = 1 / (problem.mu * LR * (m + 1)) + LR / (2 - LR);
        assertThat(sigma).isLessThan(0.5);
        for (long seed = 1; seed <= 3; seed++) {
            double[] grad2 = run("sarah", 8, seed, problem::gradientNormSquared);
            for (int s = 1; s < grad2.length; s++) {
                assertThat(grad2[s]).as("seed %d, epoch %d", seed, s).isLessThanOrEqualTo(Math.pow(sigma, s) * grad2[0]);
            }
            assertThat(grad2[8]).isLessThan(1e-9 * grad2[0]);
        }
    }

    @Test
    void plainSgdWithTheSameStepAndBatchesStalls() {
        // The same mini-batches fed to SGD as if they were the gradient: the noise floor remains.
        SplittableRandom random = new SplittableRandom(1);
        Oracle stochastic = new Oracle() {
            final int[] batch = new int[1];
            public int dimension() { return problem.dim; }
            public double gradient(double[] w, double[] g) {
                batch[0] = random.nextInt(problem.rows);
                return problem.componentGradient(w, batch, g);
            }
        };
        Optimizer sgd = Optimizers.create(OptimizerSpec.parse("sgd lr=" + LR), problem.dim);
        double[] w = new double[problem.dim];
        double gap0 = problem.gap(w);
        for (int t = 0; t < 8 * m; t++) sgd.step(w, stochastic);
        assertThat(problem.gap(w)).isGreaterThan(1e-6 * gap0);
    }

    @Test
    void svrgsFirstStepOfAnEpochIsAFullGradientStepAndReturnsTheExactValue() {
        Optimizer svrg = Optimizers.create(OptimizerSpec.parse("svrg lr=0.5 batch_size=3"), problem.dim, new SplittableRandom(3));
        double[] w = {0.1, 0.2, 0.3, 0.4, 0.5};
        double[] g = new double[problem.dim];
        double f = problem.gradient(w, g);
        double[] expected = w.clone();
        for (int i = 0; i < w.length; i++) expected[i] -= 0.5 * g[i];
        assertThat(svrg.step(w, problem)).isEqualTo(f);
        assertThat(w).containsExactly(expected);
        assertThat(svrg.lastGradient()).containsExactly(g);
    }

    @Test
    void batchesHoldDistinctRowsAndCoverAllRowsEvenly() {
        int rows = 10;
        LeastSquares small = new LeastSquares(rows, 2, 0.1, 5);
        int[] counts = new int[rows];
        FiniteSumOracle recording = new FiniteSumOracle() {
            public int dimension() { return 2; }
            public int components() { return rows; }
            public double gradient(double[] x, double[] grad) { return small.gradient(x, grad); }
            public double componentGradient(double[] x, int[] batch, double[] grad) {
                Set<Integer> distinct = new HashSet<>();
                for (int i : batch) distinct.add(i);
                assertThat(distinct).hasSize(batch.length);
                for (int i : batch) counts[i]++;
                return small.componentGradient(x, batch, grad);
            }
        };
        for (String kind : new String[] {"svrg", "sarah"}) {
            java.util.Arrays.fill(counts, 0);
            Optimizer o = Optimizers.create(OptimizerSpec.parse(kind + " lr=0.01 batch_size=4 epoch_length=1000"), 2,
                    new SplittableRandom(9));
            double[] w = new double[2];
            for (int t = 0; t < 5001; t++) o.step(w, recording);
            // 5000 inner steps × 2 evaluations × 4 rows = 40000 draws, 4000 per row expected
            for (int c : counts) assertThat(c).as(kind).isBetween(3700, 4300);
        }
    }

    @Test
    void refuseAPlainOracleAndOversizedBatches() {
        for (String kind : new String[] {"svrg", "sarah"}) {
            Optimizer o = Optimizers.create(OptimizerSpec.parse(kind), 2, new SplittableRandom(1));
            assertThatThrownBy(() -> o.step(new double[2], Quadratic.diagonal(1, 1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(kind + " needs a finite-sum landscape (a landscape file with data rows)");
            Optimizer big = Optimizers.create(OptimizerSpec.parse(kind + " batch_size=20"), 2, new SplittableRandom(1));
            LeastSquares small = new LeastSquares(10, 2, 0.1, 1);
            double[] w = new double[2];
            big.step(w, small); // the epoch start needs no batch
            assertThatThrownBy(() -> big.step(w, small))
                    .hasMessage(kind + ": batch_size 20 exceeds the 10 data rows of the landscape");
        }
    }
}
