package org.landscapelab.ui.race;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaybackViewModelTest {
    private final PlaybackViewModel playback = new PlaybackViewModel();

    @Test
    void theStepIsClampedToTheRunAndFollowsAShorterRun() {
        playback.lastStepProperty().set(100);
        playback.setStep(250);
        assertThat(playback.step()).isEqualTo(100);
        playback.setStep(-3);
        assertThat(playback.step()).isZero();
        playback.setStep(80);
        playback.lastStepProperty().set(50);
        assertThat(playback.step()).isEqualTo(50);
    }

    @Test
    void singleStepsPauseAndStopAtBothEnds() {
        playback.lastStepProperty().set(2);
        playback.playingProperty().set(true);
        playback.stepForward();
        assertThat(playback.playingProperty().get()).isFalse();
        assertThat(playback.step()).isEqualTo(1);
        playback.stepForward();
        playback.stepForward();
        assertThat(playback.step()).isEqualTo(2);
        playback.stepBack();
        playback.stepBack();
        playback.stepBack();
        assertThat(playback.step()).isZero();
        playback.end();
        assertThat(playback.step()).isEqualTo(2);
        playback.reset();
        assertThat(playback.step()).isZero();
    }

    @Test
    void playingAdvancesBySpeedTimesTimeKeepingFractionsOfASteps() {
        playback.lastStepProperty().set(1000);
        playback.speedProperty().set(60);
        playback.togglePlay();
        playback.advance(0.5);
        assertThat(playback.step()).isEqualTo(30);
        playback.speedProperty().set(1);
        playback.advance(0.4);
        playback.advance(0.4);
        assertThat(playback.step()).isEqualTo(30);
        playback.advance(0.4);
        assertThat(playback.step()).isEqualTo(31);
    }

    @Test
    void pausedTimeDoesNotMoveTheStepAndPausingForgetsFractions() {
        playback.lastStepProperty().set(10);
        playback.speedProperty().set(1);
        playback.advance(5);
        assertThat(playback.step()).isZero();
        playback.togglePlay();
        playback.advance(0.9);
        playback.togglePlay();
        playback.togglePlay();
        playback.advance(0.2);
        assertThat(playback.step()).isZero();
    }

    @Test
    void playingStopsAtTheEndAndPlayAtTheEndStartsOver() {
        playback.lastStepProperty().set(10);
        playback.speedProperty().set(100);
        playback.togglePlay();
        playback.advance(1);
        assertThat(playback.step()).isEqualTo(10);
        assertThat(playback.playingProperty().get()).isFalse();
        playback.togglePlay();
        assertThat(playback.step()).isZero();
        assertThat(playback.playingProperty().get()).isTrue();
    }

    @Test
    void aPendingStepIsTakenOnce() {
        playback.lastStepProperty().set(40);
        playback.setPendingStep(25);
        assertThat(playback.step()).isEqualTo(25);
        assertThat(playback.takePendingStep()).isEqualTo(25);
        assertThat(playback.takePendingStep()).isEqualTo(-1);
    }
}
