package org.landscapelab.nn.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.landscapelab.nn.transformer.Norm;
import org.landscapelab.nn.transformer.ResidualScale;
import org.landscapelab.optim.OptimizerSpec;

/**
 * What the update rules imply at initialization of a deep post-LN transformer: with a = 1 the
 * tokens align (rank collapse) and ∇Wq nearly vanishes, so SGD's relative update of Wq,
 * lr·‖∇Wq‖/‖Wq‖, is tiny, while Adam's first step moves every coordinate by about lr whatever the
 * gradient's scale. a = 1/√L keeps the tokens apart and shrinks the gap. Measured on the copy task
 * (L 24, d 32, n 16, batch 8), whose targets do not depend on the network; on regression onto a
 * random teacher of the same collapsed shape the gap at L 12 is smaller (about 18 with a = 1, 100 with
 * a = 1/√L), since there the targets collapse too.
 */
class UpdateRulesAtInitTest {
    static final int DEPTH = 24;

    /** Adam's relative update of Wq over SGD's at step 0, at the same lr. */
    static double adamOverSgd(ResidualScale a) {
        TransformerSettings s = new TransformerSettings(DEPTH, 32, 4, 16, Norm.POST_LN, a, TransformerTask.COPY, 8);
        RaceSnapshot race = s.race(List.of(OptimizerSpec.parse("adam lr=0.001"), OptimizerSpec.parse("sgd lr=0.001")), 1, 1, 1, 0).run();
        int wq = race.group("Wq");
        double adam = race.racers().get(0).points().get(0).updateRatio(wq);
        double sgd = race.racers().get(1).points().get(0).updateRatio(wq);
        System.out.printf("a = %s: Wq relative update Adam %.3g, SGD %.3g, ratio %.3g%n", a.text(), adam, sgd, adam / sgd);
        return adam / sgd;
    }

    @Test
    void sgdMovesWqOrdersOfMagnitudeLessThanAdamAndTheGapShrinksWithInverseSqrtDepth() {
        double collapsed = adamOverSgd(ResidualScale.of(1));
        double scaled = adamOverSgd(ResidualScale.parse(ResidualScale.INVERSE_SQRT_DEPTH));
        // Measured (seed 1): a = 1 about 350, a = 1/sqrt(L) about 75.
        assertThat(collapsed).isGreaterThan(100);
        assertThat(scaled).isLessThan(collapsed / 2);
    }
}
