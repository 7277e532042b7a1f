package org.landscapelab.ui.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.landscapelab.io.Scenario;
import org.landscapelab.io.ScenarioFileException;
import org.landscapelab.io.ScenarioLibrary;
import org.landscapelab.ui.experiments.ExperimentsViewModel;
import org.landscapelab.ui.fx.QueuedExecutor;
import org.landscapelab.ui.lab.LabViewModel;
import org.landscapelab.ui.landscape.LandscapeLibrary;
import org.landscapelab.ui.network.MlpLabModel;
import org.landscapelab.ui.network.TransformerLabModel;

class ScenarioViewModelTest {
    private final QueuedExecutor fxThread = new QueuedExecutor();
    private final LabViewModel lab = new LabViewModel(LandscapeLibrary.load(), Runnable::run, fxThread);
    private final TransformerLabModel transformer = new TransformerLabModel(Runnable::run, fxThread);
    private final MlpLabModel mlp = new MlpLabModel(Runnable::run, fxThread);
    private final ExperimentsViewModel experiments = new ExperimentsViewModel(Runnable::run, fxThread, 1);
    private final ScenarioViewModel scenarios = new ScenarioViewModel(lab, transformer, mlp, experiments);

    private static Scenario shipped(String file) {
        return ScenarioLibrary.bundled().entries().stream().filter(e -> e.file().equals(file)).findFirst().orElseThrow().scenario();
    }

    @Test
    void openingAScenarioSetsTheLabUpLocksWhatItSaysAndRunPlaysTheRace() throws ScenarioFileException {
        Scenario s = shipped("02-monkey-saddle.json");
        assertThat(s.action()).isEqualTo(Scenario.Action.PLAY);
        scenarios.open(s, "02-monkey-saddle.json");
        fxThread.drain();
        assertThat(scenarios.scenarioProperty().get()).isSameAs(s);
        assertThat(lab.landscape().landscape().id()).isEqualTo(s.landscapeId().orElseThrow());
        assertThat(lab.locks().landscapeProperty().get()).isEqualTo(s.locked().contains(Scenario.Lock.LANDSCAPE));
        assertThat(lab.locks().startProperty().get()).isEqualTo(s.locked().contains(Scenario.Lock.START));
        assertThat(lab.race().raceProperty().get().runs()).hasSize(s.race().orElseThrow().optimizers().size());
        scenarios.run();
        assertThat(lab.playback().playingProperty().get()).isTrue();
        assertThat(lab.playback().step()).isZero();
        scenarios.close();
        assertThat(scenarios.scenarioProperty().get()).isNull();
        assertThat(lab.locks().anyProperty().get()).isFalse();
    }

    @Test
    void aScenarioThatDoesNotFitChangesNothing() throws ScenarioFileException {
        Scenario good = shipped("02-monkey-saddle.json");
        scenarios.open(good, "02-monkey-saddle.json");
        fxThread.drain();
        var before = lab.landscape().landscape();
        Scenario unknown = new Scenario(good.title(), good.summary(), good.text(), good.question(), good.lab(), good.action(),
                Optional.of("no_such_landscape"), Optional.empty(), good.parameters(), good.race(), good.view(), good.ensemble(),
                good.network(), good.locked());
        assertThatThrownBy(() -> scenarios.open(unknown, "x.json")).isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("no built-in or sample landscape \"no_such_landscape\"");
        assertThat(scenarios.scenarioProperty().get()).isSameAs(good);
        assertThat(lab.landscape().landscape()).isSameAs(before);
    }

    @Test
    void runWithoutAScenarioDoesNothing() {
        scenarios.run();
        scenarios.close();
        assertThat(lab.playback().playingProperty().get()).isFalse();
        assertThat(scenarios.scenarioProperty().get()).isNull();
    }

    @Test
    void theTransformerScenarioShowsNoCurveThatAnswersItsQuestionBeforeRun() throws ScenarioFileException {
        Scenario s = shipped("07-rank-collapse-and-residual-scaling.json");
        assertThat(s.question()).isPresent();
        scenarios.open(s, "07-rank-collapse-and-residual-scaling.json");
        // The panel asks for the preview at initialization when its settings change.
        transformer.settingsChanged();
        fxThread.drain();
        assertThat(transformer.answersHiddenProperty().get()).isTrue();
        assertThat(transformer.runProperty().get().atInit()).isEmpty();
        assertThat(transformer.depthSweepProperty().get()).isEmpty();
        assertThat(mlp.answersHiddenProperty().get()).isFalse();
        scenarios.close();
        fxThread.drain();
        assertThat(transformer.answersHiddenProperty().get()).isFalse();
        assertThat(transformer.runProperty().get().atInit()).hasSize(24);
    }

    @Test
    void theBatchNormScenarioShowsItsAnswerOnlyAfterRun() throws ScenarioFileException {
        Scenario s = shipped("08-batch-norm-keeps-rank.json");
        assertThat(s.question()).isPresent();
        scenarios.open(s, "08-batch-norm-keeps-rank.json");
        mlp.settingsChanged();
        fxThread.drain();
        assertThat(mlp.runProperty().get().atInit()).isEmpty();
        assertThat(mlp.rankSweepProperty().get()).isEmpty();
        scenarios.run();
        fxThread.drain();
        assertThat(mlp.answersHiddenProperty().get()).isFalse();
        assertThat(mlp.rankSweepProperty().get()).hasSize(4);
        // Opened again, the last answer goes with the question.
        scenarios.open(s, "08-batch-norm-keeps-rank.json");
        fxThread.drain();
        assertThat(mlp.rankSweepProperty().get()).isEmpty();
    }
}
