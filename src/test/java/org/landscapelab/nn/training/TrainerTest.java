package org.landscapelab.nn.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.landscapelab.nn.Activation;
import org.landscapelab.nn.Init;
import org.landscapelab.nn.Network;
import org.landscapelab.nn.mlp.Mlp;
import org.landscapelab.nn.mlp.MlpSpec;
import org.landscapelab.nn.transformer.Norm;
import org.landscapelab.nn.transformer.Transformer;
import org.landscapelab.nn.transformer.TransformerSpec;
import org.landscapelab.optim.OptimizerSpec;

class TrainerTest {
    static final TransformerSpec SMALL = new TransformerSpec(8, 16, 2, 2, Norm.POST_LN, 1, 32, 1e-5);

    static TrainingSnapshot train(Network net, TrainingData data, String optimizer, long steps, int batch) {
        TrainerConfig config = TrainerConfig.of(OptimizerSpec.parse(optimizer), steps).withBatchSize(batch).withReportEvery(25);
        return new Trainer(net, data, config).run();
    }

    static double initialLoss(Network net, TrainingData data) {
        return net.lossAndGradient(data.inputs(), data.targets());
    }

    @Test
    void transformerLearnsARandomTeacher() {
        Transformer student = Transformer.initialized(SMALL, Init.FAN_IN, 1);
        TrainingData data = Tasks.transformerTeacher(SMALL, Init.FAN_IN, 32, 7);
        double before = initialLoss(student, data);
        TrainingSnapshot end = train(student, data, "adam lr=0.01", 150, 0);
        assertThat(end.status()).isEqualTo(TrainingSnapshot.Status.FINISHED);
        assertThat(end.loss()).isLessThan(0.1 * before);
        // The network holds the trained parameters.
        assertThat(initialLoss(student, data)).isEqualTo(end.loss());
    }

    @Test
    void transformerLearnsToReverseTokens() {
        TransformerSpec spec = new TransformerSpec(6, 32, 2, 2, Norm.PRE_LN, 1, 64, 1e-5);
        Transformer net = Transformer.initialized(spec, Init.FAN_IN, 1);
        TrainingData data = Tasks.tokens(spec, TokenTask.REVERSE, 8, 64, 7);
        double before = initialLoss(net, data);
        TrainingSnapshot end = train(net, data, "adam lr=0.003", 300, 16);
        assertThat(end.loss()).isLessThan(0.05 * before);
    }

    @Test
    void batchNormMlpLearnsARandomTeacher() {
        MlpSpec spec = MlpSpec.of(16, 3, Activation.RELU, true);
        Mlp net = Mlp.initialized(spec, Init.HE, 1);
        TrainingData data = Tasks.mlpTeacher(spec, Init.HE, 64, 7);
        double before = initialLoss(net, data);
        assertThat(train(net, data, "adam lr=0.01", 200, 0).loss()).isLessThan(0.2 * before);
    }

    @Test
    void snapshotsEveryKStepsThenTheFinalOne() {
        Trainer t = new Trainer(Transformer.initialized(SMALL, Init.FAN_IN, 1), Tasks.transformerTeacher(SMALL, Init.FAN_IN, 8, 7),
                TrainerConfig.of(OptimizerSpec.parse("sgd lr=0.01"), 30).withReportEvery(10).withBatchSize(4));
        assertThat(t.latest().status()).isEqualTo(TrainingSnapshot.Status.READY);
        t.run();
        List<TrainingSnapshot> h = t.history();
        assertThat(h).extracting(TrainingSnapshot::step).containsExactly(0L, 10L, 20L, 30L);
        assertThat(h).extracting(TrainingSnapshot::status).containsExactly(TrainingSnapshot.Status.RUNNING,
                TrainingSnapshot.Status.RUNNING, TrainingSnapshot.Status.RUNNING, TrainingSnapshot.Status.FINISHED);
        assertThat(h.get(1).layers()).hasSize(2);
        assertThat(h.get(1).layers().get(1).probes().stableRank()).isBetween(1.0, 16.0);
        assertThat(h.get(1).layers().get(0).gradNorm("Wq")).isPositive();
        assertThat(t.latest()).isSameAs(h.get(3));
        assertThatThrownBy(t::run).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sameSeedSameRun() {
        TrainingData data = Tasks.transformerTeacher(SMALL, Init.FAN_IN, 8, 7);
        TrainerConfig config = TrainerConfig.of(OptimizerSpec.parse("adam lr=0.01"), 20).withBatchSize(3).withSeed(5);
        double a = new Trainer(Transformer.initialized(SMALL, Init.FAN_IN, 1), data, config).run().loss();
        double b = new Trainer(Transformer.initialized(SMALL, Init.FAN_IN, 1), data, config).run().loss();
        double c = new Trainer(Transformer.initialized(SMALL, Init.FAN_IN, 1), data, config.withSeed(6)).run().loss();
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }

    @Test
    void stopsWithAClearMessageWhenTheLossBlowsUp() {
        MlpSpec spec = MlpSpec.of(16, 3, Activation.LINEAR, false);
        TrainingSnapshot end = train(Mlp.initialized(spec, Init.FAN_IN, 1), Tasks.mlpTeacher(spec, Init.FAN_IN, 32, 7), "sgd lr=10", 300, 0);
        assertThat(end.status()).isEqualTo(TrainingSnapshot.Status.DIVERGED);
        assertThat(end.step()).isLessThan(300);
        assertThat(end.message()).startsWith("training diverged: the loss is").contains("at step " + end.step()).contains("smaller learning rate");
    }

    @Test
    void anOptimizerThatNeedsAHessianFailsWithItsReason() {
        TrainingSnapshot end = train(Transformer.initialized(SMALL, Init.FAN_IN, 1), Tasks.transformerTeacher(SMALL, Init.FAN_IN, 2, 7), "newton", 5, 0);
        assertThat(end.status()).isEqualTo(TrainingSnapshot.Status.FAILED);
        assertThat(end.message()).startsWith("newton: ").contains("Hessian");
    }

    @Test
    void pausesResumesAndStops() throws Exception {
        Trainer t = new Trainer(Transformer.initialized(SMALL, Init.FAN_IN, 1), Tasks.transformerTeacher(SMALL, Init.FAN_IN, 4, 7),
                TrainerConfig.of(OptimizerSpec.parse("sgd lr=0.001"), 1_000_000).withReportEvery(1));
        Thread worker = new Thread(t::run);
        worker.start();
        awaitStatus(t, TrainingSnapshot.Status.RUNNING);
        t.pause();
        awaitStatus(t, TrainingSnapshot.Status.PAUSED);
        long pausedAt = t.latest().step();
        Thread.sleep(50);
        assertThat(t.latest().step()).isEqualTo(pausedAt);
        t.resume();
        awaitCondition(() -> t.latest().step() > pausedAt);
        t.stop();
        worker.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(worker.isAlive()).isFalse();
        assertThat(t.latest().status()).isEqualTo(TrainingSnapshot.Status.STOPPED);
        assertThat(t.latest().message()).startsWith("stopped at step");
    }

    @Test
    void rejectsDataThatDoNotFit() {
        TrainingData data = Tasks.transformerTeacher(SMALL, Init.FAN_IN, 4, 7);
        assertThatThrownBy(() -> new Trainer(Transformer.initialized(SMALL, Init.FAN_IN, 1), data,
                TrainerConfig.of(OptimizerSpec.parse("sgd"), 1).withBatchSize(5))).hasMessageContaining("exceeds the 4 examples");
        assertThatThrownBy(() -> new NetworkOracle(Mlp.initialized(MlpSpec.of(8, 1, Activation.RELU, false), Init.HE, 1), data))
                .hasMessageContaining("width");
    }

    private static void awaitStatus(Trainer t, TrainingSnapshot.Status status) throws InterruptedException {
        awaitCondition(() -> t.latest().status() == status);
    }

    private static void awaitCondition(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out");
            Thread.sleep(1);
        }
    }
}
