package org.landscapelab.ui.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.landscapelab.landscape.Point;
import org.landscapelab.ui.fx.QueuedExecutor;
import org.landscapelab.ui.landscape.LandscapeLibrary;
import org.landscapelab.ui.race.ColoredRace;
import org.landscapelab.ui.race.PlaybackViewModel;

class LabViewModelTest {
    private final QueuedExecutor fxThread = new QueuedExecutor();
    private final LabViewModel lab = new LabViewModel(LandscapeLibrary.load(), Runnable::run, fxThread);
    private final List<ColoredRace> published = new ArrayList<>();

    LabViewModelTest() {
        lab.race().raceProperty().addListener((obs, old, r) -> published.add(r));
    }

    private void open(String id) {
        lab.landscape().selectedProperty().set(lab.landscape().entries().stream()
                .filter(e -> e.landscape().id().equals(id)).findFirst().orElseThrow());
    }

    @Test
    void aNewLandscapeMovesTheStartToItsFirstStartAndReplacesTheRunsOfTheOldOne() {
        open("double_well");
        lab.addDefaultOptimizers();
        fxThread.drain();
        assertThat(lab.race().raceProperty().get().landscape().id()).isEqualTo("double_well");
        lab.setStart(new Point(0.3, 0.3));
        open("himmelblau");
        fxThread.drain();
        ColoredRace shown = lab.race().raceProperty().get();
        assertThat(shown.landscape().id()).isEqualTo("himmelblau");
        assertThat(lab.race().startProperty().get()).isEqualTo(new Point(0, 0));
        assertThat(shown.runs()).hasSize(3).allSatisfy(r -> assertThat(r.trajectory().point(0)).isEqualTo(new Point(0, 0)));
        // The race started from (0.3, 0.3) on the double well was superseded before it was shown.
        assertThat(published).noneMatch(r -> r.start().equals(new Point(0.3, 0.3)));
    }

    @Test
    void theTimeLineEndsAtTheLongestRunAndStaysAtTheEndForANewRace() {
        open("double_well");
        lab.addDefaultOptimizers();
        fxThread.drain();
        PlaybackViewModel playback = lab.playback();
        assertThat(playback.lastStepProperty().get()).isEqualTo(lab.race().raceProperty().get().lastStep()).isPositive();
        assertThat(playback.step()).isEqualTo(playback.lastStepProperty().get());
        lab.race().stepsProperty().set(40);
        fxThread.drain();
        assertThat(playback.lastStepProperty().get()).isEqualTo(40);
        assertThat(playback.step()).isEqualTo(40);
        playback.setStep(10);
        lab.race().stepsProperty().set(60);
        fxThread.drain();
        assertThat(playback.step()).isEqualTo(10);
    }

    @Test
    void aLockedStartStaysAndSaysWhy() {
        open("double_well");
        lab.locks().startProperty().set(true);
        Point before = lab.race().startProperty().get();
        lab.setStart(new Point(0.3, 0.3));
        assertThat(lab.race().startProperty().get()).isEqualTo(before);
        assertThat(lab.landscape().messageProperty().get()).contains("keeps the start point");
    }

    @Test
    void anEnsembleWithoutAnOptimizerSaysWhatIsMissing() {
        open("double_well");
        lab.runEnsemble();
        assertThat(lab.ensemble().messageProperty().get()).isEqualTo("Add an optimizer first: the ensemble runs the first one in the list");
        assertThat(lab.ensemble().runningProperty().get()).isFalse();
    }
}
