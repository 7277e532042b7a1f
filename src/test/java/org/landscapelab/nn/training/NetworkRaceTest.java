package org.landscapelab.nn.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.landscapelab.nn.Activation;
import org.landscapelab.nn.transformer.Norm;
import org.landscapelab.nn.transformer.ResidualScale;
import org.landscapelab.optim.OptimizerSpec;

class NetworkRaceTest {
    static final TransformerSettings SMALL = new TransformerSettings(2, 16, 2, 8, Norm.POST_LN, ResidualScale.of(1), TransformerTask.TEACHER, 4);

    static List<OptimizerSpec> specs(String... texts) {
        return java.util.Arrays.stream(texts).map(OptimizerSpec::parse).toList();
    }

    static RaceSnapshot race(NetworkSettings settings, long steps, String... optimizers) {
        return settings.race(specs(optimizers), 3, steps, 1, 5).run();
    }

    @Test
    void aRaceOfOneTrainsExactlyAsTheTrainer() {
        RaceSnapshot race = race(SMALL, 20, "adam lr=0.01");
        Trainer trainer = SMALL.trainer(OptimizerSpec.parse("adam lr=0.01"), 3, 20, 5);
        TrainingSnapshot end = trainer.run();
        RacerRun r = race.racers().get(0);
        assertThat(race.status()).isEqualTo(TrainingSnapshot.Status.FINISHED);
        assertThat(r.status()).isEqualTo(TrainingSnapshot.Status.FINISHED);
        assertThat(r.points()).hasSize(20);
        List<TrainingSnapshot> history = trainer.history();
        for (TrainingSnapshot s : history) {
            if (s.status() == TrainingSnapshot.Status.RUNNING) assertThat(r.points().get((int) s.step()).loss()).isEqualTo(s.loss());
        }
        assertThat(r.probes().get(r.probes().size() - 1).loss()).isEqualTo(end.loss());
        assertThat(r.probes().get(r.probes().size() - 1).layers()).isEqualTo(end.layers());
    }

    @Test
    void twoIdenticalOptimizersRunIdenticalCurvesAndARacerIgnoresTheOthers() {
        RaceSnapshot both = race(SMALL, 15, "sgd lr=0.05", "sgd lr=0.05", "adam lr=0.01");
        RaceSnapshot alone = race(SMALL, 15, "sgd lr=0.05");
        for (int i = 0; i < 15; i++) {
            RacePoint a = both.racers().get(0).points().get(i), b = both.racers().get(1).points().get(i);
            RacePoint c = alone.racers().get(0).points().get(i);
            assertThat(b.loss()).isEqualTo(a.loss());
            assertThat(c.loss()).isEqualTo(a.loss());
            for (int g = 0; g < both.groups().size(); g++) {
                assertThat(Double.valueOf(b.gradNorm(g))).isEqualTo(a.gradNorm(g));
                assertThat(Double.valueOf(b.updateRatio(g))).isEqualTo(Double.valueOf(a.updateRatio(g)));   // NaN for a bias at 0 equals NaN
                assertThat(Double.valueOf(c.updateRatio(g))).isEqualTo(Double.valueOf(a.updateRatio(g)));
            }
        }
        // Adam starts from the same parameters on the same batch: the same loss at step 0.
        assertThat(both.racers().get(2).points().get(0).loss()).isEqualTo(both.racers().get(0).points().get(0).loss());
        assertThat(both.racers().get(2).points().get(5).loss()).isNotEqualTo(both.racers().get(0).points().get(5).loss());
    }

    @Test
    void groupsAreEachParameterOverAllLayersThenPerLayer() {
        NetworkRace race = SMALL.race(specs("sgd"), 1, 1, 1, 0);
        assertThat(race.groups()).startsWith("Wq", "Wk", "Wv", "Wo", "W1", "b1", "W2", "b2", "Wq_1", "Wk_1");
        assertThat(race.groups()).hasSize(8 * 3).endsWith("b2_2");
        RacePoint p = race.run().racers().get(0).points().get(0);
        RaceSnapshot s = race.latest();
        // The summed group is the norm of the concatenation of the layers' tensors.
        double wq = p.gradNorm(s.group("Wq")), wq1 = p.gradNorm(s.group("Wq_1")), wq2 = p.gradNorm(s.group("Wq_2"));
        assertThat(wq).isCloseTo(Math.hypot(wq1, wq2), org.assertj.core.data.Offset.offset(1e-12 * wq));
        // SGD's relative update is lr·‖g‖/‖θ‖; a bias starts at 0, so its ratio is undefined.
        assertThat(p.updateRatio(s.group("b1_1"))).isNaN();
    }

    @Test
    void mlpRacesToo() {
        RaceSnapshot s = race(new MlpSettings(3, 8, 16, Activation.RELU, true), 10, "adam lr=0.01", "sgd lr=0.01");
        assertThat(s.groups()).startsWith("W", "gamma", "beta", "W_1");
        assertThat(s.racers()).allSatisfy(r -> assertThat(r.points()).hasSize(10));
    }

    @Test
    void refusesBadRaces() {
        assertThatThrownBy(() -> SMALL.race(specs("sgd", "sgd", "sgd", "sgd", "sgd"), 1, 10, 1, 0))
                .hasMessage("a race takes 1 to 4 optimizers, got 5");
        assertThatThrownBy(() -> SMALL.race(specs("sgd"), 1, 0, 1, 0)).hasMessage("steps must be in [1, 1000000], got 0");
        assertThatThrownBy(() -> SMALL.race(specs("sgd"), 1, 10, 0, 0)).hasMessage("every must be >= 1, got 0");
        assertThatThrownBy(() -> SMALL.race(specs("sgd"), 1, 200_001, 2, 0)).hasMessage(
                "every: recording every 2 of 200001 steps makes 100001 records per optimizer, more than the limit of 100,000; record less often");
        assertThat(SMALL.race(specs("sgd"), 1, 200_000, 2, 0).config().every()).isEqualTo(2);
        TransformerSettings big = new TransformerSettings(24, 64, 4, 32, Norm.POST_LN, ResidualScale.of(1), TransformerTask.TEACHER, 8);
        assertThatThrownBy(() -> big.race(specs("sgd", "adam", "sgd", "adam"), 1, 1_000_000, 100, 0))
                .hasMessageStartingWith("steps: 1000000 steps of 4 optimizers take about ")
                .hasMessageEndingWith("multiply-adds, more than the limit of 1e+15 (days on one core)");
    }

    @Test
    void aDivergingRacerEndsAloneAndTheOthersFinish() {
        // Without batch norm nothing bounds a linear MLP's outputs: SGD with a huge rate overflows.
        RaceSnapshot s = race(new MlpSettings(3, 8, 16, Activation.LINEAR, false), 30, "sgd lr=1e6", "adam lr=0.001");
        assertThat(s.racers().get(0).status()).isEqualTo(TrainingSnapshot.Status.DIVERGED);
        assertThat(s.racers().get(0).message()).startsWith("training diverged");
        assertThat(s.racers().get(1).status()).isEqualTo(TrainingSnapshot.Status.FINISHED);
        assertThat(s.racers().get(1).points()).hasSize(30);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void stopsOnRequestOffTheCallingThread() throws Exception {
        NetworkRace race = SMALL.race(specs("sgd", "adam"), 1, 100_000, 1, 0);
        CompletableFuture<RaceSnapshot> done = CompletableFuture.supplyAsync(race::run);
        while (race.latest().racers().get(0).points().size() < 3) Thread.sleep(5);
        race.stop();
        RaceSnapshot end = done.get();
        assertThat(end.status()).isEqualTo(TrainingSnapshot.Status.STOPPED);
        assertThat(end.racers()).allSatisfy(r -> assertThat(r.status()).isEqualTo(TrainingSnapshot.Status.STOPPED));
    }
}
