package org.landscapelab.ui.charts;

import javafx.fxml.FXML;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.landscapelab.ui.fx.Throttle;
import org.landscapelab.ui.race.PlaybackViewModel;
import org.landscapelab.ui.race.RaceViewModel;

/** The run charts, following the race and the time line (chart redraws at most ten times a second). */
public final class ChartsPanelController {
    private final RaceViewModel race;
    private final PlaybackViewModel playback;
    private final RunCharts charts = new RunCharts();

    @FXML private VBox holder;

    public ChartsPanelController(RaceViewModel race, PlaybackViewModel playback) {
        this.race = race;
        this.playback = playback;
    }

    @FXML
    private void initialize() {
        holder.getChildren().add(charts);
        charts.setOnStepPicked(k -> {
            playback.playingProperty().set(false);
            playback.setStep(k);
        });
        race.raceProperty().addListener((obs, old, r) -> charts.setRace(r));
        Throttle marker = new Throttle(Duration.millis(100), () -> charts.setStep(playback.step()));
        playback.stepProperty().addListener((obs, old, k) -> marker.request());
    }

    public RunCharts charts() {
        return charts;
    }
}
