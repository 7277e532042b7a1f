package org.landscapelab.ui.race;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.landscapelab.landscape.Catalog;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Point;
import org.landscapelab.noise.NoiseSpec;
import org.landscapelab.optim.OptimizerKind;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.sim.NoiseMode;
import org.landscapelab.sim.RaceResult;
import org.landscapelab.sim.RaceSpec;
import org.landscapelab.sim.Races;
import org.landscapelab.ui.fx.QueuedExecutor;

class RaceViewModelTest {
    private static final Landscape WELL = Catalog.builtIn().byId("double_well").orElseThrow();
    private final QueuedExecutor fxThread = new QueuedExecutor();
    private final RaceViewModel race = new RaceViewModel(Runnable::run, fxThread);
    private final List<ColoredRace> published = new ArrayList<>();

    RaceViewModelTest() {
        race.raceProperty().addListener((obs, old, r) -> published.add(r));
    }

    private void setUp() {
        race.add(OptimizerSpec.parse("sgd lr=0.05"));
        race.add(OptimizerSpec.parse("adam lr=0.1"));
        race.noiseProperty().set(NoiseSpec.parse("ou:theta=2,sigma=0.2"));
        race.seedProperty().set(11);
        race.stepsProperty().set(150);
        race.startProperty().set(new Point(0.1, 0.8));
        race.landscapeProperty().set(WELL);
    }

    @Test
    void aRaceIsPublishedOnTheFxThreadWithTheNumbersSimGivesForTheSameSeed() {
        setUp();
        assertThat(race.raceProperty().get()).isNull();
        fxThread.drain();
        ColoredRace shown = race.raceProperty().get();
        RaceResult expected = Races.run(WELL, new RaceSpec(List.of(OptimizerSpec.parse("sgd lr=0.05"), OptimizerSpec.parse("adam lr=0.1")),
                NoiseSpec.parse("ou:theta=2,sigma=0.2"), NoiseMode.ITERATE, new Point(0.1, 0.8), 150, 11, 0));
        assertThat(shown.landscape()).isSameAs(WELL);
        assertThat(shown.runs()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(shown.runs().get(i).spec()).isEqualTo(expected.runs().get(i).spec());
            assertThat(shown.runs().get(i).trajectory().xs()).isEqualTo(expected.runs().get(i).trajectory().xs());
            assertThat(shown.runs().get(i).trajectory().ys()).isEqualTo(expected.runs().get(i).trajectory().ys());
            assertThat(shown.runs().get(i).color()).isEqualTo(race.optimizers().get(i).color());
        }
        // Only the newest of the reruns that setting up asked for reaches the screen.
        assertThat(published).containsExactly(shown);
    }

    @Test
    void aNewSeedIsTheNextNoiseRealization() {
        setUp();
        fxThread.drain();
        double[] before = race.raceProperty().get().runs().get(0).trajectory().xs();
        race.newSeed();
        fxThread.drain();
        assertThat(race.seedProperty().get()).isEqualTo(12);
        assertThat(race.raceProperty().get().runs().get(0).trajectory().xs()).isNotEqualTo(before);
    }

    @Test
    void aDisabledOptimizerDoesNotRunAndEveryOptimizerGetsItsOwnColour() {
        setUp();
        race.add(OptimizerKind.RMSPROP);
        race.optimizers().get(0).enabledProperty().set(false);
        fxThread.drain();
        assertThat(race.raceProperty().get().runs()).extracting(ColoredRun::label).containsExactly("Adam (lr 0.1)",
                race.optimizers().get(2).label());
        assertThat(race.optimizers()).extracting(OptimizerEntry::color).doesNotHaveDuplicates();
    }

    @Test
    void anOptimizerThatCannotRunIsNamedInTheMessageAndTheOthersStillRun() {
        setUp();
        race.add(OptimizerSpec.parse("svrg lr=0.05"));
        fxThread.drain();
        ColoredRace shown = race.raceProperty().get();
        assertThat(shown.runs().get(2).ok()).isFalse();
        assertThat(shown.runs().get(0).ok()).isTrue();
        assertThat(race.messageProperty().get()).startsWith("SVRG").contains(" cannot run: " + shown.runs().get(2).error());
    }

    @Test
    void nothingRunsWithoutALandscapeAndAStart() {
        race.add(OptimizerSpec.parse("sgd lr=0.05"));
        race.landscapeProperty().set(WELL);
        fxThread.drain();
        assertThat(published).isEmpty();
    }

    @Test
    void atMostEightOptimizersRace() {
        for (int i = 0; i < RaceViewModel.MAX_OPTIMIZERS; i++) race.add(OptimizerKind.SGD);
        assertThatThrownBy(() -> race.add(OptimizerKind.SGD)).isInstanceOf(IllegalStateException.class)
                .hasMessage("at most 8 optimizers race at once");
    }

    @Test
    void theBatchSizeGoesToEveryOptimizerButTheVarianceReducedOnes() {
        race.batchSizeProperty().set(4);
        race.startProperty().set(new Point(0, 1));
        assertThat(race.runSpec(OptimizerSpec.parse("sgd lr=0.05")).batchSize()).isEqualTo(4);
        assertThat(race.runSpec(OptimizerSpec.parse("svrg lr=0.05")).batchSize()).isZero();
    }
}
