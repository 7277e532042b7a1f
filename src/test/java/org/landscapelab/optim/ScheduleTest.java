package org.landscapelab.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Learning-rate schedules: torch.optim.lr_scheduler's values, applied one per step. */
class ScheduleTest {

    static double[] lrs(LrSchedule s, double base, int steps) {
        double[] lr = new double[steps];
        for (int t = 0; t < steps; t++) lr[t] = s.lr(base, t);
        return lr;
    }

    @Test
    void stepLrDecaysEveryStepSizeSteps() {
        assertThat(lrs(new LrSchedule.StepLR(3, 0.1), 1, 8))
                .containsExactly(new double[] {1, 1, 1, 0.1, 0.1, 0.1, 0.01, 0.01}, within(1e-17));
    }

    @Test
    void exponentialLrMultipliesEveryStep() {
        assertThat(lrs(new LrSchedule.ExponentialLR(0.5), 0.8, 5))
                .containsExactly(0.8, 0.4, 0.2, 0.1, 0.05);
    }

    @Test
    void cosineAnnealingFollowsHalfACosineThenComesBack() {
        double c = Math.sqrt(0.5); // cos(π/4)
        double[] expected = {1, 0.1 + 0.9 * (1 + c) / 2, 0.55, 0.1 + 0.9 * (1 - c) / 2, 0.1, 0.1 + 0.9 * (1 - c) / 2, 0.55};
        assertThat(lrs(new LrSchedule.CosineAnnealingLR(4, 0.1), 1, 7)).containsExactly(expected, within(1e-15));
    }

    @Test
    void constantIsTheBaseLr() {
        assertThat(lrs(new LrSchedule.Constant(), 0.3, 3)).containsExactly(0.3, 0.3, 0.3);
    }

    @Test
    void stepTUsesTheScheduleAtT() {
        // SGD on f = x (gradient 1) moves by exactly lr_t at step t: x_T = −Σ_{t<T} lr_t.
        OptimizerSpec spec = OptimizerSpec.parse("sgd lr=0.5 schedule=step step_size=2 gamma=0.5");
        Optimizer sgd = Optimizers.create(spec, 1);
        double[] x = {0};
        Oracle slope = FirstOrderClosedFormTest.linear(new double[] {1});
        double[] expected = {-0.5, -1, -1.25, -1.5, -1.625};
        for (double e : expected) {
            assertThat(sgd.currentLr()).isEqualTo(spec.schedule().lr(0.5, sgd.steps()));
            sgd.step(x, slope);
            assertThat(x[0]).isEqualTo(e);
        }
        sgd.reset();
        assertThat(sgd.currentLr()).isEqualTo(0.5);
    }

    @Test
    void schedulesComposeWithEveryOptimizer() {
        for (OptimizerKind kind : OptimizerKind.values()) {
            OptimizerSpec constant = OptimizerSpec.defaults(kind).with("lr", "0.01");
            OptimizerSpec zeroed = constant.withSchedule(new LrSchedule.ExponentialLR(1e-300));
            Optimizer o = Optimizers.create(zeroed, 2, new java.util.Random(1));
            double[] x = {0.3, 0.4};
            Oracle oracle = kind.needsFiniteSum() ? new LeastSquares(10, 2, 0.1, 1)
                    : Quadratic.diagonal(1, 2);
            o.step(x, oracle); // step 0 uses lr
            double[] after = x.clone();
            o.step(x, oracle); // step 1 uses lr · 1e-300: no visible move (AdamW's decay included)
            assertThat(x).as(kind.id()).containsExactly(after, within(1e-250));
            assertThat(after).as(kind.id()).isNotEqualTo(new double[] {0.3, 0.4});
        }
    }

    @Test
    void scheduleParametersAreValidatedAndParsed() {
        assertThat(OptimizerSpec.parse("adam schedule=cosine T_max=50 eta_min=1e-4").schedule())
                .isEqualTo(new LrSchedule.CosineAnnealingLR(50, 1e-4));
        assertThat(OptimizerSpec.parse("adam schedule=step").schedule()).isEqualTo(new LrSchedule.StepLR(100, 0.1));
        assertThatThrownBy(() -> new LrSchedule.StepLR(0, 0.5))
                .hasMessage("step_size must be an integer >= 1, got 0");
        assertThatThrownBy(() -> OptimizerSpec.parse("adam schedule=exponential gamma=-2"))
                .hasMessage("gamma must be a finite number > 0, got -2");
        assertThatThrownBy(() -> OptimizerSpec.parse("adam gamma=0.5"))
                .hasMessage("gamma applies to schedule=step or schedule=exponential, not schedule=constant");
        assertThatThrownBy(() -> OptimizerSpec.parse("adam schedule=linear"))
                .hasMessage("schedule must be one of constant, step, exponential, cosine, got 'linear'");
        assertThatThrownBy(() -> OptimizerSpec.parse("adam schedule=cosine T_max=2.5"))
                .hasMessage("T_max must be an integer >= 1, got '2.5'");
    }
}
