package org.landscapelab.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.landscapelab.nn.training.RaceConfig;
import org.landscapelab.nn.training.RaceSnapshot;
import org.landscapelab.nn.training.TrainingSnapshot.Status;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.ui.charts.LineChart;
import org.landscapelab.ui.race.OptimizerEntry;

/** The network panels' races without a window: background work queued until drained, the FX thread a direct executor. */
class NetworkRaceModelTest {
    private final Queue<Runnable> queued = new ArrayDeque<>();
    private final Executor later = queued::add;
    private final Executor now = Runnable::run;

    private void drain() {
        while (!queued.isEmpty()) queued.poll().run();
    }

    private static TransformerLabModel small(TransformerLabModel m) {
        m.depthProperty().set(2);
        m.widthProperty().set(8);
        m.headsProperty().set(2);
        m.tokensProperty().set(4);
        m.batchProperty().set(4);
        return m;
    }

    @Test
    void racersAreAddedUpToTheLimitAndTheFirstStays() {
        TransformerLabModel m = new TransformerLabModel(later, now);
        assertThat(m.racers()).containsExactly(m.optimizer());
        OptimizerEntry second = m.addRacer();
        assertThat(second.spec()).isEqualTo(m.optimizer().spec());
        assertThat(second.color()).isNotEqualTo(m.optimizer().color());
        m.addRacer();
        m.addRacer();
        assertThat(m.racers()).hasSize(RaceConfig.MAX_RACERS);
        assertThat(m.racers().stream().map(OptimizerEntry::color).distinct()).hasSize(RaceConfig.MAX_RACERS);
        assertThat(m.addRacer()).isNull();
        m.removeRacer(m.optimizer());
        m.removeRacer(second);
        assertThat(m.racers()).hasSize(3).startsWith(m.optimizer()).doesNotContain(second);
    }

    @Test
    void aRaceOfTwoIsPolledIntoEachRacersCurves() {
        TransformerLabModel m = small(new TransformerLabModel(later, now));
        m.optimizer().specProperty().set(OptimizerSpec.parse("adam lr=0.01"));
        m.addRacer().specProperty().set(OptimizerSpec.parse("sgd lr=0.1"));
        m.stepsProperty().set(12);
        m.start();
        assertThat(m.statusProperty().get()).isEqualTo(Status.RUNNING);
        drain();
        m.poll();
        assertThat(m.statusProperty().get()).isEqualTo(Status.FINISHED);
        assertThat(m.pollingProperty().get()).isFalse();
        RaceSnapshot race = m.raceProperty().get();
        assertThat(race.racers()).hasSize(2).allSatisfy(r -> assertThat(r.points()).hasSize(12));
        assertThat(m.messageProperty().get()).matches("Adam \\(lr 0\\.01\\): Done: 12 steps in .* s, loss .*; SGD \\(lr 0\\.1\\): Done: 12 steps.*");
        // The first racer's probes feed the per-layer plots as the single run did.
        assertThat(m.runProperty().get().latest().step()).isEqualTo(12);

        List<java.awt.Color> colors = m.raceColors();
        assertThat(colors).containsExactly(m.racers().get(0).color(), m.racers().get(1).color());
        List<LineChart.Series> loss = RaceCurves.loss(race, colors);
        assertThat(loss).extracting(LineChart.Series::name).containsExactly("Adam (lr 0.01)", "SGD (lr 0.1)");
        assertThat(loss.get(0).y()).hasSize(12);
        assertThat(loss.get(0).y()[0]).isEqualTo(loss.get(1).y()[0]); // the same start and first batch
        List<LineChart.Series> updates = RaceCurves.updateRatios(race, "Wq", colors);
        assertThat(updates.get(0).y()[0]).isEqualTo(race.racers().get(0).points().get(0).updateRatio(race.group("Wq")));
        assertThat(RaceCurves.gradNorms(race, "Wk_2", colors).get(1).y()).hasSize(12);
        assertThat(RaceCurves.probeOverSteps(race, "stable_rank", colors).get(0).x()).containsExactly(0, 5, 10, 12);
        assertThat(RaceCurves.groups(race)).startsWith("Wq", "Wk").contains("Wq_1");
        // Before a group is picked, and before a race, there is nothing to draw.
        assertThat(RaceCurves.gradNorms(race, null, colors)).isEmpty();
        assertThat(RaceCurves.updateRatios(null, "Wq", colors)).isEmpty();
        assertThat(RaceCurves.groups(null)).isEmpty();
    }

    @Test
    void longRunsAreRecordedEvenlyLessOften() {
        assertThat(NetworkLabModel.recordEvery(2_000)).isEqualTo(1);
        assertThat(NetworkLabModel.recordEvery(5_000)).isEqualTo(1);
        assertThat(NetworkLabModel.recordEvery(5_001)).isEqualTo(2);
        assertThat(NetworkLabModel.recordEvery(1_000_000)).isEqualTo(200);
    }

    @Test
    void aRacerUntickedOnItsCardSitsOut() {
        TransformerLabModel m = small(new TransformerLabModel(later, now));
        m.addRacer().enabledProperty().set(false);
        OptimizerEntry third = m.addRacer();
        third.specProperty().set(OptimizerSpec.parse("sgd lr=0.1"));
        m.stepsProperty().set(3);
        m.start();
        drain();
        m.poll();
        assertThat(m.raceProperty().get().racers()).extracting(r -> r.optimizer().kind().id()).containsExactly("adam", "sgd");
        assertThat(m.raceColors()).containsExactly(m.optimizer().color(), third.color());
    }

    @Test
    void aDivergingRacerOfARaceOfOneGivesTheRunsStatus() {
        MlpLabModel m = new MlpLabModel(later, now);
        m.depthProperty().set(3);
        m.widthProperty().set(8);
        m.batchProperty().set(8);
        m.activationProperty().set(org.landscapelab.nn.Activation.LINEAR);
        m.batchNormProperty().set(false);
        m.optimizer().specProperty().set(OptimizerSpec.parse("sgd lr=1e6"));
        m.stepsProperty().set(40);
        m.start();
        drain();
        m.poll();
        assertThat(m.statusProperty().get()).isEqualTo(Status.DIVERGED);
        assertThat(m.messageProperty().get()).startsWith("training diverged: the loss is ");
    }
}
