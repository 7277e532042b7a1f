package org.landscapelab.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.landscapelab.landscape.Catalog;
import org.landscapelab.landscape.CriticalPoints;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Point;
import org.landscapelab.noise.NoiseSpec;
import org.landscapelab.optim.OptimizerSpec;

class RacesTest {
    private static final Landscape WELL = Catalog.builtIn().byId("double_well").orElseThrow();
    private static final NoiseSpec OU = NoiseSpec.parse("ou:theta=2,sigma=0.2");

    private static RaceSpec race(int batchSize, String... optimizers) {
        return new RaceSpec(List.of(optimizers).stream().map(OptimizerSpec::parse).toList(), OU, NoiseMode.ITERATE,
                new Point(0.1, 0.8), 200, 7, batchSize);
    }

    @Test
    void everyOptimizerRunsFromTheRaceStartWithTheRaceNoiseAndSeed() {
        RaceSpec race = race(0, "sgd lr=0.05", "adam lr=0.1");
        RaceResult r = Races.run(WELL, race);
        assertThat(r.landscape()).isSameAs(WELL);
        assertThat(r.start()).isEqualTo(new Point(0.1, 0.8));
        assertThat(r.runs()).extracting(RaceRun::label).containsExactly("SGD (lr 0.05)", "Adam (lr 0.1)");
        for (int i = 0; i < 2; i++) {
            RunSpec expected = new RunSpec(race.optimizers().get(i), OU, NoiseMode.ITERATE, new Point(0.1, 0.8), 200, 7, 0, Double.NaN);
            RaceRun run = r.runs().get(i);
            assertThat(run.spec()).isEqualTo(expected);
            assertThat(run.ok()).isTrue();
            assertThat(run.error()).isEmpty();
            Trajectory alone = Runs.run(WELL, expected);
            assertThat(run.trajectory().xs()).isEqualTo(alone.xs());
            assertThat(run.trajectory().ys()).isEqualTo(alone.ys());
            PathMetrics m = PathMetrics.of(alone, WELL.function(), CriticalPoints.find(WELL.function(), WELL.domain()).points());
            assertThat(run.metrics().saddleDistance()).isEqualTo(m.saddleDistance());
            assertThat(run.metrics().minEigenvalue()).isEqualTo(m.minEigenvalue());
        }
        assertThat(r.lastStep()).isEqualTo(200);
    }

    @Test
    void theSameSpecGivesTheSameNumbersAndAnotherSeedOthers() {
        RaceSpec race = race(0, "sgd lr=0.05");
        double[] xs = Races.run(WELL, race).runs().get(0).trajectory().xs();
        assertThat(Races.run(WELL, race).runs().get(0).trajectory().xs()).isEqualTo(xs);
        RaceSpec reseeded = new RaceSpec(race.optimizers(), OU, NoiseMode.ITERATE, race.start(), 200, 8, 0);
        assertThat(Races.run(WELL, reseeded).runs().get(0).trajectory().xs()).isNotEqualTo(xs);
    }

    @Test
    void minibatchesGoToEveryOptimizerButTheVarianceReducedOnes() {
        RaceSpec race = race(4, "sgd lr=0.05", "svrg lr=0.05");
        assertThat(race.runSpecs()).extracting(RunSpec::batchSize).containsExactly(4, 0);
        assertThat(race.runSpec(OptimizerSpec.parse("adam lr=0.1")).batchSize()).isEqualTo(4);
    }

    @Test
    void anOptimizerThatCannotRunHereIsReportedInItsRunNotThrown() {
        // SVRG needs a finite sum; the double well has no data.
        RaceResult r = Races.run(WELL, race(0, "svrg lr=0.05", "sgd lr=0.05"));
        RaceRun svrg = r.runs().get(0);
        assertThat(svrg.ok()).isFalse();
        assertThat(svrg.trajectory()).isNull();
        assertThat(svrg.metrics()).isNull();
        assertThat(svrg.error()).isNotEmpty();
        assertThat(r.runs().get(1).ok()).isTrue();
        assertThat(r.lastStep()).isEqualTo(200);
    }

    @Test
    void aRaceWithoutOptimizersHasNoRunsAndEndsAtStepZero() {
        RaceResult r = Races.run(WELL, race(0));
        assertThat(r.runs()).isEmpty();
        assertThat(r.lastStep()).isZero();
    }
}
