package org.landscapelab.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WeightNormGdTest {
    /** f(w) = ½(w1² + 4 w2²): ∇f = (w1, 4 w2). */
    private static final Oracle QUADRATIC = new Oracle() {
        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public double gradient(double[] x, double[] grad) {
            grad[0] = x[0];
            grad[1] = 4 * x[1];
            return 0.5 * (x[0] * x[0] + 4 * x[1] * x[1]);
        }
    };

    @Test
    void oneStepAgainstAHandComputation() {
        // w = (3, 4): g = 5, u = (3, 4), û = (0.6, 0.8); ∇f = (3, 16); û·∇f = 1.8 + 12.8 = 14.6
        // ∇_u = (g/‖u‖)(∇f − 14.6 û) = (3 − 8.76, 16 − 11.68) = (−5.76, 4.32), orthogonal to u
        // lr = 0.1: u' = (3.576, 3.568); lr_g = 0.01: g' = 5 − 0.146 = 4.854; w' = g'·u'/‖u'‖
        Optimizer o = Optimizers.create(OptimizerSpec.parse("weight-norm-gd lr=0.1 g_lr_ratio=0.1"), 2);
        double[] x = {3, 4};
        double f = o.step(x, QUADRATIC);
        assertThat(f).isEqualTo(0.5 * (9 + 64));
        double norm = Math.hypot(3.576, 3.568);
        assertThat(x[0]).isCloseTo(4.854 * 3.576 / norm, within(1e-14));
        assertThat(x[1]).isCloseTo(4.854 * 3.568 / norm, within(1e-14));
        assertThat(Math.hypot(x[0], x[1])).isCloseTo(4.854, within(1e-14));
        assertThat(o.lastGradient()).containsExactly(3, 16);
    }

    @Test
    void itsCatalogEntrySaysPyTorchHasNoSuchOptimizer() {
        OptimizerInfo info = OptimizerCatalog.info(OptimizerKind.WEIGHT_NORM_GD);
        assertThat(info.names()).isEqualTo("lr, g_lr_ratio");
        assertThat(info.updateRule()).contains("PyTorch has no such optimizer");
        assertThat(OptimizerKind.WEIGHT_NORM_GD.torchClass()).isEmpty();
        assertThat(StepSizeRule.of(OptimizerSpec.parse("weight-norm-gd"))).isEqualTo(StepSizeRule.GRADIENT);
    }

    @Test
    void aPointMovedFromOutsideStartsAFreshSplit() {
        Optimizer o = Optimizers.create(OptimizerSpec.parse("weight-norm-gd lr=0.1 g_lr_ratio=0.1"), 2);
        double[] x = {3, 4};
        o.step(x, QUADRATIC);
        double[] moved = {3, 4};
        o.step(moved, QUADRATIC);
        Optimizer fresh = Optimizers.create(OptimizerSpec.parse("weight-norm-gd lr=0.1 g_lr_ratio=0.1"), 2);
        double[] again = {3, 4};
        fresh.step(again, QUADRATIC);
        assertThat(moved).containsExactly(again);
    }
}
