package org.landscapelab.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.landscapelab.sim.Progress;

/** Orvieto et al.'s trends on a small valley: Anti-PGD flattens (trace falls), PGD sharpens, GD stays at the critical start. */
class WideningValleyTest {
    private static final WideningValley.Settings SMALL =
            new WideningValley.Settings(8, 100, 0.25, 40, 4000, 1000, WideningValley.Perturbation.RADEMACHER, 11);

    private static TableRow row(ExperimentTable t, String method, int step) {
        return t.rows().stream().filter(r -> r.key().equals(List.of(method, Integer.toString(step)))).findFirst().orElseThrow();
    }

    @Test
    void antiPgdFlattensWhilePgdSharpensAndGdStaysPut() {
        ExperimentTable t = WideningValley.run(SMALL, Shard.ALL, 2, Progress.NONE);
        assertThat(t.rows()).hasSize(3 * 5);
        for (int step = 0; step <= 4000; step += 1000) {
            Moments gd = row(t, "gd", step).stat(0);
            assertThat(gd.mean()).as("GD's trace at %d", step).isEqualTo(100.0);
            assertThat(gd.standardError()).isZero();
        }
        Moments anti = row(t, "anti-pgd", 4000).stat(0);
        Moments pgd = row(t, "pgd", 4000).stat(0);
        assertThat(anti.mean()).as("Anti-PGD's trace falls from D = 100").isLessThan(100 - 4 * anti.standardError() - 20);
        assertThat(pgd.mean()).as("PGD's trace grows").isGreaterThan(100 + 4 * pgd.standardError() + 100);
        Moments antiU2 = row(t, "anti-pgd", 4000).stat(1);
        Moments antiU2Early = row(t, "anti-pgd", 1000).stat(1);
        assertThat(antiU2.mean()).as("‖u‖² keeps falling toward the flat end")
                .isLessThan(antiU2Early.mean() - 4 * Math.hypot(antiU2.standardError(), antiU2Early.standardError()));
    }

    @Test
    void theNumbersDoNotDependOnTheThreadsAndGaussianNoiseIsAnOption() {
        WideningValley.Settings gaussian = new WideningValley.Settings(4, 50, 0.25, 9, 600, 200, WideningValley.Perturbation.GAUSSIAN, 2);
        assertThat(WideningValley.run(gaussian, Shard.ALL, 1, Progress.NONE).rows()).allSatisfy(r -> assertThat(r.stat(0).mean()).isFinite());
        assertThat(WideningValley.run(gaussian, Shard.ALL, 1, Progress.NONE)).isEqualTo(WideningValley.run(gaussian, Shard.ALL, 3, Progress.NONE));
        assertThat(WideningValley.run(gaussian, Shard.ALL, 1, Progress.NONE))
                .isNotEqualTo(WideningValley.run(new WideningValley.Settings(4, 50, 0.25, 9, 600, 200,
                        WideningValley.Perturbation.RADEMACHER, 2), Shard.ALL, 1, Progress.NONE));
    }

    @Test
    void theStepAndNoiseFollowTheIssuesFormulas() {
        WideningValley.Settings s = new WideningValley.Settings(32, 100, 0.25, 1, 1, 1, WideningValley.Perturbation.RADEMACHER, 0);
        assertThat(s.lr()).isEqualTo(0.00125);
        assertThat(s.noiseVariance()).isEqualTo(0.390625); // αD/(2d) = 25/64 is the smallest of 0.78125, 50, 0.390625
    }

    @Test
    void tooManyRowsOrTooMuchWorkAreRefusedNamingTheLimit() {
        assertThatThrownBy(() -> new WideningValley.Settings(32, 100, 0.25, 1, 1_000_000, 1, WideningValley.Perturbation.RADEMACHER, 0))
                .isInstanceOf(SettingException.class)
                .hasMessage("every is too small: 1,000,000 steps every 1 give 1,000,001 rows per method, more than the limit of 100,000");
        WideningValley.Settings huge = new WideningValley.Settings(32, 100, 0.25, 1_000_000, 200_000, 25_000, WideningValley.Perturbation.RADEMACHER, 0);
        assertThatThrownBy(() -> WideningValley.run(huge, Shard.ALL, 1, Progress.NONE)).isInstanceOf(SettingException.class)
                .hasMessage("runs × --steps: 1,000,000 runs × 200,000 steps × 33 coordinates × 3 methods = 19,800,000,000,000 coordinate "
                        + "updates is more than the limit of 200,000,000,000; split the runs with --shard K/N");
    }
}
