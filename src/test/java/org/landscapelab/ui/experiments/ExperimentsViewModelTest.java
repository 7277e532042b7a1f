package org.landscapelab.ui.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.landscapelab.experiments.ExperimentTable;
import org.landscapelab.experiments.FpgdEscape;
import org.landscapelab.experiments.Shard;
import org.landscapelab.io.ExperimentSetup;
import org.landscapelab.sim.Progress;
import org.landscapelab.ui.fx.QueuedExecutor;

class ExperimentsViewModelTest {
    private final QueuedExecutor background = new QueuedExecutor();
    private final QueuedExecutor fxThread = new QueuedExecutor();
    private final ExperimentsViewModel model = new ExperimentsViewModel(background, fxThread, 2);

    private void small() {
        model.open(new ExperimentSetup("fpgd-escape", Map.of("dim", "1,3", "hurst", "0.3,0.6", "runs", "6", "max-steps", "2000", "seed", "4")), false);
    }

    @Test
    void runGivesTheCoresNumbersOffTheFxThreadWithProgress() {
        small();
        List<Double> seen = new ArrayList<>();
        model.progressProperty().addListener((obs, old, p) -> seen.add(p.doubleValue()));
        model.run();
        assertThat(model.runningProperty().get()).isTrue();
        assertThat(model.resultProperty().get()).isEmpty();
        assertThat(background.drain()).isEqualTo(1); // the whole run, off the FX thread
        assertThat(model.resultProperty().get()).isEmpty(); // nothing arrives before the FX thread takes it
        fxThread.drain();
        assertThat(seen).isNotEmpty().last().isEqualTo(1.0);
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).startsWith("fpgd-escape: done in ");
        List<ExperimentTable> tables = model.resultProperty().get();
        assertThat(tables).hasSize(2);
        FpgdEscape.Settings d3 = new FpgdEscape.Settings(3, List.of(0.3, 0.6), 6, 1, 1, 1, 0.01, 0.1, 2000, FpgdEscape.Saddle.QUADRATIC, 4);
        assertThat(tables.get(1)).isEqualTo(FpgdEscape.run(d3, Shard.ALL, 1, Progress.NONE));
    }

    @Test
    void cancelStopsTheRunAndDropsItsNumbers() {
        small();
        model.run();
        model.cancel();
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo("Cancelled");
        background.drain(); // the worker sees the flag before its first run
        fxThread.drain();
        assertThat(model.resultProperty().get()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("Cancelled");
        assertThat(model.progressProperty().get()).isZero();
        model.run(); // and the next run is not disturbed by the cancelled one
        background.drain();
        fxThread.drain();
        assertThat(model.resultProperty().get()).hasSize(2);
    }

    @Test
    void aScenarioKeepsTheAnswerHiddenUntilRunAndASettingIsCheckedByTheCore() {
        model.open(new ExperimentSetup("widening-valley", Map.of("runs", "2", "steps", "100", "every", "50")), true);
        assertThat(model.answersHiddenProperty().get()).isTrue();
        model.run();
        assertThat(model.answersHiddenProperty().get()).isFalse();
        background.drain();
        fxThread.drain();
        assertThat(model.resultProperty().get()).hasSize(1);

        assertThat(model.set("dim", "0")).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo("dim must be in [1, 100,000], got 0");
        assertThat(model.setupProperty().get().settings()).containsEntry("dim", "32");
        assertThat(model.set("dim", "8")).isTrue();
        assertThat(model.resultProperty().get()).isEmpty(); // new settings, no stale chart
    }

    @Test
    void theAppOpensOnQuickSettingsAndTheCommandLineDefaultsAreOneCallAway() {
        assertThat(model.setupProperty().get().settings()).containsEntry("runs", "20").containsEntry("steps", "20000");
        assertThat(model.messageProperty().get()).isEqualTo("About a second on two cores");
        model.useCommandLineDefaults();
        assertThat(model.setupProperty().get()).isEqualTo(ExperimentSetup.defaults("widening-valley"));
        // 200 runs × 200,000 steps × 33 coordinates × 3 methods = 4e9 updates at 1e8 a second
        assertThat(model.messageProperty().get()).isEqualTo("About 40 s on two cores");
        model.select("bn-decoupling");
        assertThat(model.setupProperty().get().settings()).containsEntry("runs", "10").containsEntry("steps", "400");
    }
}
