package org.landscapelab.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Each method's stability limit is the exact threshold on a quadratic: just below it the run converges, just above it grows. */
class StepSizeRuleTest {
    private static final double LAMBDA = 100;

    @ParameterizedTest
    @CsvSource({
        "sgd, 0.02",
        "sgd momentum=0.9, 0.038",
        "sgd momentum=0.5 dampening=0.5, 0.06",
        "sgd momentum=0.9 nesterov=true, 0.0135714285714286",
        "pgd g_thres=0, 0.02",
        "sgd weight_decay=0.1, 0.0199800199800200",
    })
    void theLimitSeparatesConvergenceFromGrowthOnAQuadratic(String text, double expected) {
        OptimizerSpec spec = OptimizerSpec.parse(text);
        double limit = StepSizeRule.limit(spec, LAMBDA, 1, 10);
        assertThat(limit).isCloseTo(expected, within(1e-12));
        assertThat(finalDistance(spec.with("lr", HyperValue.of(limit * 0.99)))).isLessThan(1);
        assertThat(finalDistance(spec.with("lr", HyperValue.of(limit * 1.01)))).isGreaterThan(1);
    }

    /** |x| after 3,000 steps from x = 1 on ½·λx² (λ = 100). */
    private static double finalDistance(OptimizerSpec spec) {
        Optimizer o = spec.kind().usesRandom() ? Optimizers.create(spec, 1, new java.util.SplittableRandom(1)) : Optimizers.create(spec, 1);
        Oracle quadratic = new DiagonalQuadratic(new double[] {LAMBDA});
        double[] x = {1};
        for (int k = 0; k < 3000; k++) o.step(x, quadratic);
        return Math.abs(x[0]);
    }

    @Test
    void eachKindHasItsRule() {
        assertThat(StepSizeRule.of(OptimizerSpec.parse("sgd"))).isEqualTo(StepSizeRule.GRADIENT);
        assertThat(StepSizeRule.of(OptimizerSpec.parse("sgd momentum=0.9"))).isEqualTo(StepSizeRule.HEAVY_BALL);
        assertThat(StepSizeRule.of(OptimizerSpec.parse("sgd momentum=0.9 nesterov=true"))).isEqualTo(StepSizeRule.NESTEROV);
        for (String k : new String[] {"adam", "adamw", "rmsprop", "adagrad"}) {
            assertThat(StepSizeRule.of(OptimizerSpec.parse(k))).isEqualTo(StepSizeRule.NORMALISED);
        }
        for (String k : new String[] {"newton", "cubic-newton", "saddle-free-newton"}) {
            assertThat(StepSizeRule.limit(OptimizerSpec.parse(k), 1e6, 0, 1)).isEqualTo(1);
        }
    }

    @Test
    void normalisedStepsAreBoundedByTheRegionAndRmspropsFirstStepsAreLarger() {
        assertThat(StepSizeRule.limit(OptimizerSpec.parse("adam"), 1e9, 0, 4)).isCloseTo(0.2, within(1e-15));
        // RMSprop's first step is lr·g/√((1−α)g²) = 10·lr at α = 0.99.
        assertThat(StepSizeRule.limit(OptimizerSpec.parse("rmsprop"), 1e9, 0, 4)).isCloseTo(0.02, within(1e-12));
    }

    @Test
    void climbingSeesTheCurvatureTurnedRoundAndNoPositiveCurvatureSetsNoLimit() {
        assertThat(StepSizeRule.limit(OptimizerSpec.parse("sgd maximize=true"), 1, -LAMBDA, 10)).isCloseTo(0.02, within(1e-15));
        assertThat(StepSizeRule.limit(OptimizerSpec.parse("sgd"), -2, -5, 10)).isInfinite();
        assertThat(StepSizeRule.GRADIENT.rule(0.00068)).isEqualTo("gradient descent needs lr < 2/λmax ≈ 0.00068");
        assertThat(StepSizeRule.NEWTON.rule(1)).isEqualTo("a Newton-type step beyond the full one overshoots: lr ≤ 1");
    }
}
