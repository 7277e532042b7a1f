package org.landscapelab.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.landscapelab.nn.Activation;
import org.landscapelab.nn.mlp.MlpSpec;
import org.landscapelab.nn.training.TrainingSnapshot.Status;
import org.landscapelab.nn.training.TransformerTask;
import org.landscapelab.nn.transformer.Norm;
import org.landscapelab.nn.transformer.ResidualScale;
import org.landscapelab.nn.transformer.TransformerSpec;

/** The network panels' view models without a window: background work queued or run at once, the FX thread a direct executor. */
class NetworkLabModelTest {
    /** Background work waits here until the test drains it. */
    private final Queue<Runnable> queued = new ArrayDeque<>();
    private final Executor later = queued::add;
    private final Executor now = Runnable::run;

    private void drain() {
        while (!queued.isEmpty()) queued.poll().run();
    }

    @Test
    void transformerSettingsGiveTheSpec() {
        TransformerLabModel m = new TransformerLabModel(now, now);
        m.depthProperty().set(4);
        m.widthProperty().set(16);
        m.headsProperty().set(2);
        m.tokensProperty().set(5);
        m.normProperty().set(Norm.PRE_LN);
        m.residualScaleProperty().set(ResidualScale.inverseSqrtDepth());
        assertThat(m.spec()).isEqualTo(TransformerSpec.of(5, 16, 2, 4, Norm.PRE_LN, 0.5));
    }

    @Test
    void mlpSettingsGiveTheSpec() {
        MlpLabModel m = new MlpLabModel(now, now);
        m.depthProperty().set(7);
        m.widthProperty().set(12);
        m.activationProperty().set(Activation.LINEAR);
        m.batchNormProperty().set(false);
        assertThat(m.spec()).isEqualTo(MlpSpec.of(12, 7, Activation.LINEAR, false));
    }

    @Test
    void settingsAreWrittenAsTheFilesShowThemAndReadBack() {
        TransformerLabModel m = new TransformerLabModel(now, now);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("depth", "6");
        expected.put("width", "32");
        expected.put("heads", "4");
        expected.put("tokens", "16");
        expected.put("norm", "post-ln");
        expected.put("residual_scale", "1");
        expected.put("task", "TEACHER");
        expected.put("batch", "8");
        expected.put("optimizer", m.optimizer().spec().toString());
        expected.put("racers", "");
        expected.put("seed", "1");
        expected.put("steps", "2000");
        assertThat(m.settings()).containsExactlyEntriesOf(expected);

        assertThat(m.restore(Map.of("depth", "24", "residual_scale", "1/sqrt(L)", "task", "SORT", "seed", "9"))).isEmpty();
        assertThat(m.depthProperty().get()).isEqualTo(24);
        assertThat(m.residualScaleProperty().get()).isEqualTo(ResidualScale.inverseSqrtDepth());
        assertThat(m.taskProperty().get()).isEqualTo(TransformerTask.SORT);
        assertThat(m.settings()).containsEntry("residual_scale", "1/sqrt(L)").containsEntry("seed", "9");
    }

    @Test
    void theOptimizersRacingTheFirstAreSavedAndRestored() {
        TransformerLabModel m = new TransformerLabModel(now, now);
        m.addRacer().specProperty().set(org.landscapelab.optim.OptimizerSpec.parse("sgd lr=0.1 momentum=0.9"));
        m.addRacer().specProperty().set(org.landscapelab.optim.OptimizerSpec.parse("adam lr=0.01 betas=0.8,0.99"));
        String text = m.settings().get("racers");
        TransformerLabModel other = new TransformerLabModel(now, now);
        assertThat(other.restore(Map.of("racers", text))).isEmpty();
        assertThat(other.racers()).extracting(e -> e.spec().toString())
                .containsExactlyElementsOf(m.racers().stream().map(e -> e.spec().toString()).toList());
        assertThat(other.restore(Map.of("racers", ""))).isEmpty();
        assertThat(other.racers()).hasSize(1);
        assertThat(other.restore(Map.of("racers", "sgd; sgd; sgd; sgd"))).containsExactly(
                "racers: at most 3 optimizers race the first one, got 4");
        assertThat(other.racers()).hasSize(1);
    }

    @Test
    void unreadableSettingsAreReportedOneLineEachAndKeepTheirValues() {
        MlpLabModel m = new MlpLabModel(now, now);
        List<String> problems = m.restore(Map.of("width", "wide", "activation", "tanh", "batch_norm", "yes", "depth", "3"));
        assertThat(problems).containsExactly("width: must be a whole number, got 'wide'",
                "activation: unknown activation 'tanh', expected one of relu, linear",
                "batch_norm: expected true or false, got 'yes'");
        assertThat(m.depthProperty().get()).isEqualTo(3);
        assertThat(m.widthProperty().get()).isEqualTo(64);
        assertThat(m.activationProperty().get()).isEqualTo(Activation.RELU);
        assertThat(m.batchNormProperty().get()).isTrue();
    }

    @Test
    void startPauseResumeAndReset() {
        TransformerLabModel m = small(new TransformerLabModel(later, now));
        m.start();
        assertThat(m.statusProperty().get()).isEqualTo(Status.RUNNING);
        assertThat(m.pollingProperty().get()).isTrue();
        assertThat(m.messageProperty().get()).isEqualTo("Training on transformer teacher, 64 sequences");
        m.pause();
        assertThat(m.statusProperty().get()).isEqualTo(Status.PAUSED);
        assertThat(m.pollingProperty().get()).isTrue();
        m.start();
        assertThat(m.statusProperty().get()).isEqualTo(Status.RUNNING);
        m.reset();
        assertThat(m.statusProperty().get()).isEqualTo(Status.READY);
        assertThat(m.pollingProperty().get()).isFalse();
        assertThat(m.runProperty().get()).isEqualTo(TrainingRun.EMPTY);
        assertThat(m.messageProperty().get()).isEmpty();
        drain(); // the stopped run ends at once and changes nothing
        assertThat(m.statusProperty().get()).isEqualTo(Status.READY);
        assertThat(m.runProperty().get()).isEqualTo(TrainingRun.EMPTY);
    }

    @Test
    void aRunToTheEndIsPolledIntoTheRunAndTheMessage() {
        TransformerLabModel m = small(new TransformerLabModel(later, now));
        m.stepsProperty().set(10);
        m.start();
        drain();
        m.poll();
        assertThat(m.statusProperty().get()).isEqualTo(Status.FINISHED);
        assertThat(m.pollingProperty().get()).isFalse();
        assertThat(m.messageProperty().get()).startsWith("Done: 10 steps in ");
        TrainingRun run = m.runProperty().get();
        assertThat(run.latest().step()).isEqualTo(10);
        assertThat(run.atInit()).hasSize(2);
        assertThat(run.latest().layers()).hasSize(2);
    }

    @Test
    void badSettingsGiveAMessageInsteadOfARun() {
        TransformerLabModel m = new TransformerLabModel(later, now);
        m.widthProperty().set(10);
        m.headsProperty().set(4);
        m.start();
        assertThat(m.statusProperty().get()).isEqualTo(Status.READY);
        assertThat(m.pollingProperty().get()).isFalse();
        assertThat(m.messageProperty().get()).isEqualTo("width must be a multiple of heads, got width 10 and 4 heads");
        assertThat(queued).isEmpty();
        m.runDepthSweep();
        assertThat(m.messageProperty().get()).isEqualTo("width must be a multiple of heads, got width 10 and 4 heads");
        assertThat(m.sweepingProperty().get()).isFalse();

        MlpLabModel mlp = new MlpLabModel(later, now);
        mlp.batchProperty().set(1);
        mlp.runRankSweep();
        assertThat(mlp.messageProperty().get()).isEqualTo("width and depth must be >= 1 and the batch >= 2");
        assertThat(queued).isEmpty();
    }

    @Test
    void aRankSweepDeliversItsCurvesAndMessage() {
        MlpLabModel m = new MlpLabModel(later, now);
        m.widthProperty().set(4);
        m.depthProperty().set(3);
        m.batchProperty().set(4);
        m.runRankSweep();
        assertThat(m.sweepingProperty().get()).isTrue();
        drain();
        assertThat(m.sweepingProperty().get()).isFalse();
        assertThat(m.sweepProgressProperty().get()).isEqualTo(1.0);
        assertThat(m.rankSweepProperty().get()).hasSize(4).allSatisfy((name, ranks) -> assertThat(ranks).hasSize(3));
        assertThat(m.messageProperty().get()).isEqualTo("Stable rank at initialization: width 4, depth 3, batch 4");
    }

    @Test
    void aDepthSweepDeliversOneCurvePerSetting() {
        TransformerLabModel m = new TransformerLabModel(now, now);
        m.tokensProperty().set(2);
        m.widthProperty().set(4);
        m.headsProperty().set(1);
        m.runDepthSweep();
        assertThat(m.depthSweepProperty().get()).hasSize(4)
                .allSatisfy((name, cosines) -> assertThat(cosines).hasSize(TransformerLabModel.MAX_SWEEP_DEPTH));
        assertThat(m.messageProperty().get()).isEqualTo("Depth sweep at initialization done (2 tokens, width 4, 1 heads, 2 seeds)");
    }

    @Test
    void aCancelledSweepSaysSo() {
        MlpLabModel m = new MlpLabModel(later, now);
        m.widthProperty().set(4);
        m.depthProperty().set(3);
        m.batchProperty().set(4);
        m.runRankSweep();
        m.cancelSweep();
        drain();
        assertThat(m.messageProperty().get()).isEqualTo("Sweep cancelled");
        assertThat(m.rankSweepProperty().get()).isEmpty();
        assertThat(m.sweepingProperty().get()).isFalse();
    }

    @Test
    void theInitialPreviewShowsTheUntrainedNetwork() {
        MlpLabModel m = new MlpLabModel(now, now);
        m.depthProperty().set(5);
        m.widthProperty().set(8);
        m.batchProperty().set(4);
        m.settingsChanged();
        assertThat(m.runProperty().get().atInit()).hasSize(5);
        assertThat(m.statusProperty().get()).isEqualTo(Status.READY);
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
    void whileAnswersAreHiddenNeitherThePreviewNorTheLastSweepShowsUntilARun() {
        MlpLabModel m = new MlpLabModel(now, now);
        m.depthProperty().set(3);
        m.widthProperty().set(4);
        m.batchProperty().set(4);
        m.runRankSweep();
        m.settingsChanged();
        assertThat(m.rankSweepProperty().get()).isNotEmpty();
        assertThat(m.runProperty().get().atInit()).hasSize(3);

        m.answersHiddenProperty().set(true);
        assertThat(m.rankSweepProperty().get()).isEmpty();
        assertThat(m.runProperty().get()).isEqualTo(TrainingRun.EMPTY);
        m.depthProperty().set(4);
        m.settingsChanged();
        assertThat(m.runProperty().get()).isEqualTo(TrainingRun.EMPTY);

        // The sweep is the run the question waits for: then everything shows again.
        m.runRankSweep();
        assertThat(m.answersHiddenProperty().get()).isFalse();
        assertThat(m.rankSweepProperty().get()).hasSize(4);
        assertThat(m.runProperty().get().atInit()).hasSize(4);
    }

    @Test
    void aPreviewInFlightWhenAnswersAreHiddenIsDropped() {
        TransformerLabModel m = small(new TransformerLabModel(later, now));
        m.settingsChanged();
        m.answersHiddenProperty().set(true);
        drain();
        assertThat(m.runProperty().get()).isEqualTo(TrainingRun.EMPTY);
        m.answersHiddenProperty().set(false);
        drain();
        assertThat(m.runProperty().get().atInit()).hasSize(2);
    }
}
