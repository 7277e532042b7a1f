package org.landscapelab.ui.race;

import javafx.animation.AnimationTimer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import org.landscapelab.ui.fx.Icons;

/** Play, pause, single steps both ways, a scrubber over the whole run, and the speed (log scale). */
public final class PlaybackBarController {
    private final PlaybackViewModel playback;

    @FXML private Button resetButton;
    @FXML private Button backButton;
    @FXML private Button playButton;
    @FXML private Button forwardButton;
    @FXML private Button endButton;
    @FXML private Slider scrubber;
    @FXML private Label stepLabel;
    @FXML private Slider speedSlider;
    @FXML private Label speedLabel;

    /** Advances the time line once a frame while playing, by the time since the last frame. */
    private final AnimationTimer timer = new AnimationTimer() {
        private long last = -1;

        @Override
        public void handle(long now) {
            if (last >= 0) playback.advance((now - last) * 1e-9);
            last = now;
        }

        @Override
        public void stop() {
            super.stop();
            last = -1;
        }
    };

    public PlaybackBarController(PlaybackViewModel playback) {
        this.playback = playback;
    }

    @FXML
    private void initialize() {
        resetButton.setGraphic(Icons.toStart());
        backButton.setGraphic(Icons.stepBack());
        playButton.setGraphic(Icons.play());
        forwardButton.setGraphic(Icons.stepForward());
        endButton.setGraphic(Icons.toEnd());
        resetButton.setOnAction(e -> playback.reset());
        backButton.setOnAction(e -> playback.stepBack());
        playButton.setOnAction(e -> playback.togglePlay());
        forwardButton.setOnAction(e -> playback.stepForward());
        endButton.setOnAction(e -> playback.end());
        resetButton.setTooltip(new Tooltip("Back to the start (Home)"));
        backButton.setTooltip(new Tooltip("One step back (\u2190)"));
        playButton.setTooltip(new Tooltip("Play or pause (Space)"));
        forwardButton.setTooltip(new Tooltip("One step forward (\u2192)"));
        endButton.setTooltip(new Tooltip("Jump to the end (End)"));
        playButton.setId("playButton");
        playback.playingProperty().addListener((obs, was, playing) -> {
            playButton.setGraphic(playing ? Icons.pause() : Icons.play());
            if (playing) timer.start();
            else timer.stop();
        });

        scrubber.maxProperty().bind(playback.lastStepProperty());
        scrubber.setBlockIncrement(1);
        scrubber.setValue(playback.step());
        scrubber.valueProperty().addListener((obs, old, v) -> {
            int k = (int) Math.round(v.doubleValue());
            if (k != playback.step()) playback.setStep(k);
        });
        scrubber.setOnMousePressed(e -> playback.playingProperty().set(false));
        playback.stepProperty().addListener((obs, old, k) -> {
            if ((int) Math.round(scrubber.getValue()) != k.intValue()) scrubber.setValue(k.intValue());
            showStep();
        });
        playback.lastStepProperty().addListener((obs, old, n) -> showStep());
        showStep();

        // The speed slider is log10 of steps per second: 1 .. 5000.
        speedSlider.setValue(Math.log10(playback.speedProperty().get()));
        speedSlider.valueProperty().addListener((obs, old, s) -> playback.speedProperty().set(Math.pow(10, s.doubleValue())));
        playback.speedProperty().addListener((obs, old, v) -> showSpeed());
        speedSlider.setTooltip(new Tooltip("Animation speed in optimizer steps per second"));
        showSpeed();
    }

    private void showStep() {
        stepLabel.setText("step " + playback.step() + " / " + playback.lastStepProperty().get());
    }

    private void showSpeed() {
        double v = playback.speedProperty().get();
        speedLabel.setText((v >= 10 ? Long.toString(Math.round(v)) : String.format(java.util.Locale.ROOT, "%.1f", v)) + "/s");
    }
}
