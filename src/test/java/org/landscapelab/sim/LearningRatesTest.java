package org.landscapelab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.landscapelab.io.SampleLandscapes;
import org.landscapelab.landscape.Catalog;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Point;
import org.landscapelab.optim.HyperValue;
import org.landscapelab.optim.OptimizerKind;
import org.landscapelab.optim.OptimizerSpec;

/** A learning rate is kept where it is stable and replaced by a stable round one where it is not. */
class LearningRatesTest {
    private static final Catalog CATALOG = Catalog.builtIn();

    private static OptimizerSpec withLr(OptimizerKind kind, double lr) {
        return OptimizerSpec.defaults(kind).with("lr", HyperValue.of(lr));
    }

    private static boolean trialDiverges(Landscape l, Point start, OptimizerSpec spec) {
        return Runs.run(l, RunSpec.of(spec, start, LearningRates.TRIAL_STEPS)).diverged();
    }

    @Test
    void theExactThresholdTwoOverLambdaIsDetectedOnAQuadratic() {
        // λ = 100 along x everywhere: gradient descent is stable iff lr < 0.02.
        Landscape l = Landscape.ofExpression("50*x^2 + 0.5*y^2", new Domain(-1, 1, -1, 1));
        Point start = new Point(0.5, 0.5);
        RateAdvice below = LearningRates.assess(l, start, OptimizerSpec.parse("sgd lr=0.0199"));
        assertThat(below.stable()).isTrue();
        assertThat(below.onLandscapeChange()).isEqualTo(below.spec());
        assertThat(below.changesLr()).isFalse();
        assertThat(below.lambdaMax()).isEqualTo(100);
        assertThat(below.limit()).isEqualTo(0.02);

        RateAdvice at = LearningRates.assess(l, start, OptimizerSpec.parse("sgd lr=0.02"));
        assertThat(at.stable()).isFalse();
        assertThat(at.suggestedLr()).isEqualTo(0.01);
        assertThat(at.onLandscapeChange().lr()).isEqualTo(0.01);
        assertThat(at.reason()).isEqualTo("lr 0.02 → 0.01: 0.02 diverges here, λmax ≈ 100 (gradient descent needs lr < 2/λmax ≈ 0.02)");
    }

    @Test
    void everyCatalogLandscapeAndKindGetsARateWhoseTrialDoesNotDiverge() {
        List<String> failures = new ArrayList<>();
        for (Landscape l : CATALOG.all()) {
            for (OptimizerKind kind : OptimizerKind.values()) {
                if (kind.needsFiniteSum()) continue;
                check(l, withLr(kind, 0.1), failures);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void varianceReducedMethodsOnFiniteSums() {
        List<String> failures = new ArrayList<>();
        for (Landscape l : SampleLandscapes.bundled().landscapes()) {
            if (l.data().isEmpty()) continue;
            check(l, withLr(OptimizerKind.SVRG, 0.1), failures);
            check(l, withLr(OptimizerKind.SARAH, 0.1), failures);
        }
        assertThat(failures).isEmpty();
    }

    private static void check(Landscape l, OptimizerSpec spec, List<String> failures) {
        Point start = l.defaultStart();
        RateAdvice a = LearningRates.assess(l, start, spec);
        String what = l.id() + " " + spec.kind().id() + ": " + a.reason();
        if (!a.hasSuggestion()) failures.add(what + " (no suggestion)");
        else if (trialDiverges(l, start, a.withSuggestedLr())) failures.add(what + " (the suggestion diverges)");
        if (a.stable() && trialDiverges(l, start, spec)) failures.add(what + " (called stable but diverges)");
        if (a.stable() != !a.changesLr()) failures.add(what + " (a stable rate must be kept, an unstable one changed)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "rosenbrock    | 0.0002 | lr 0.1 → 0.0002: 0.1 diverges here, λmax ≈ 2,900 (gradient descent needs lr < 2/λmax ≈ 0.00068)",
        "himmelblau    | 0.02   | lr 0.1 → 0.02: 0.1 diverges here, λmax ≈ 82 (gradient descent needs lr < 2/λmax ≈ 0.024)",
        "monkey_saddle | 0.005  | lr 0.1 → 0.005: a 200-step run at 0.1 from this start diverges at step 18 (λmax ≈ 10; gradient descent needs lr < 2/λmax ≈ 0.2)",
    })
    void theLandscapesWhereSgdDivergedAtOnceGetAWorkingRate(String id, double suggested, String reason) {
        Landscape l = CATALOG.byId(id).orElseThrow();
        OptimizerSpec sgd = OptimizerSpec.parse("sgd lr=0.1");
        assertThat(trialDiverges(l, l.defaultStart(), sgd)).isTrue();
        RateAdvice a = LearningRates.assess(l, l.defaultStart(), sgd);
        assertThat(a.stable()).isFalse();
        assertThat(a.suggestedLr()).isEqualTo(suggested);
        assertThat(a.reason()).isEqualTo(reason);
        assertThat(trialDiverges(l, l.defaultStart(), a.onLandscapeChange())).isFalse();
        // The suggested rate is itself stable: asked again, it is kept.
        assertThat(LearningRates.assess(l, l.defaultStart(), a.onLandscapeChange()).stable()).isTrue();
    }

    @Test
    void aStableRateIsKeptUnchangedThoughTheSuggestionIsRounder() {
        Landscape booth = CATALOG.byId("booth").orElseThrow(); // λmax = 18: lr < 0.111
        RateAdvice a = LearningRates.assess(booth, booth.defaultStart(), OptimizerSpec.parse("sgd lr=0.1"));
        assertThat(a.stable()).isTrue();
        assertThat(a.onLandscapeChange().lr()).isEqualTo(0.1);
        assertThat(a.withSuggestedLr().lr()).isEqualTo(0.05);
        assertThat(a.reason()).isEqualTo("lr 0.1 is stable here (λmax ≈ 18; gradient descent needs lr < 2/λmax ≈ 0.11)");
    }

    @Test
    void momentumAndNewtonFollowTheirOwnRules() {
        Landscape l = Landscape.ofExpression("50*x^2 + 0.5*y^2", new Domain(-1, 1, -1, 1));
        Point start = new Point(0.5, 0.5);
        // Heavy ball with μ = 0.9: lr < 2·1.9/100 = 0.038, beyond plain GD's 0.02.
        assertThat(LearningRates.assess(l, start, OptimizerSpec.parse("sgd lr=0.03 momentum=0.9")).stable()).isTrue();
        assertThat(LearningRates.assess(l, start, OptimizerSpec.parse("sgd lr=0.039 momentum=0.9")).stable()).isFalse();
        RateAdvice newton = LearningRates.assess(l, start, OptimizerSpec.parse("newton lr=1.5"));
        assertThat(newton.stable()).isFalse();
        assertThat(newton.suggestedLr()).isEqualTo(1);
        assertThat(newton.reason()).isEqualTo("lr 1.5 → 1: 1.5 is too large here (a Newton-type step beyond the full one overshoots: lr ≤ 1)");
    }

    @Test
    void anOptimizerThatCannotRunHereIsRefusedAsARunWouldBe() {
        Landscape l = CATALOG.byId("rosenbrock").orElseThrow();
        assertThatThrownBy(() -> LearningRates.assess(l, l.defaultStart(), OptimizerSpec.parse("svrg")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("svrg needs a finite-sum landscape");
    }

    @Test
    void suggestionsAreRoundNumbers() {
        assertThat(LearningRates.roundDown(0.00068)).isEqualTo(0.0005);
        assertThat(LearningRates.roundDown(0.2)).isEqualTo(0.2);
        assertThat(LearningRates.roundDown(0.3)).isEqualTo(0.2);
        assertThat(LearningRates.roundDown(1)).isEqualTo(1);
        assertThat(LearningRates.roundDown(9.99)).isEqualTo(5);
        assertThat(LearningRates.roundDown(1.9e-6)).isEqualTo(1e-6);
        assertThat(LearningRates.roundBelow(0.1)).isEqualTo(0.05);
        assertThat(LearningRates.roundBelow(0.07)).isEqualTo(0.05);
    }
}
