package org.landscapelab.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.landscapelab.optim.Optimizer;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.optim.Optimizers;
import org.landscapelab.optim.Oracle;

/** The optimizer weight-norm-gd takes the path of BnDecoupling's decoupled parametrization on the same least-squares problem. */
class WeightNormGdPathTest {
    @Test
    void itsLossesEqualTheDecoupledRunsAtEveryStep() {
        BnDecoupling.Settings s = new BnDecoupling.Settings(List.of(BnDecoupling.Problem.LEAST_SQUARES), 30, 4, 10, 1, 200, 1, 0.05, 0.02, 0.07, 9);
        BnDecoupling.Data data = BnDecoupling.data(s, BnDecoupling.Problem.LEAST_SQUARES, 0);
        double[][] decoupled = BnDecoupling.descend(s, data, BnDecoupling.Parametrization.DECOUPLED);
        Oracle leastSquares = new Oracle() {
            @Override
            public int dimension() {
                return 4;
            }

            @Override
            public double gradient(double[] x, double[] grad) {
                return BnDecoupling.lossAndGradient(data, x, grad);
            }
        };
        Optimizer o = Optimizers.create(OptimizerSpec.parse("weight-norm-gd lr=0.07 g_lr_ratio=" + 0.02 / 0.07 + ""), 4);
        double[] w = data.start().clone();
        for (int step = 0; step <= s.steps(); step++) {
            double loss = step < s.steps() ? o.step(w, leastSquares) : BnDecoupling.lossAndGradient(data, w, new double[4]);
            assertThat(loss).as("step %d", step).isCloseTo(decoupled[step][0], within(1e-12 * decoupled[step][0]));
        }
        assertThat(decoupled[s.steps()][0]).isLessThan(decoupled[0][0] / 100); // it did descend
    }
}
