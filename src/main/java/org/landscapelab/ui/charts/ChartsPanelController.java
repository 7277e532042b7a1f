package org.landscapelab.ui.charts;

import javafx.fxml.FXML;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.landscapelab.ui.fx.Debounce;
import org.landscapelab.ui.fx.Throttle;
import org.landscapelab.ui.fx.WhenShown;
import org.landscapelab.ui.race.PlaybackViewModel;
import org.landscapelab.ui.race.RaceViewModel;

/** The run charts, following the race and the time line (chart redraws at most ten times a second). */
public final class ChartsPanelController {
    /** How long the race must rest before the charts redraw: longer than between two steps of a drag. */
    private static final double CHARTS_QUIET_MS = 150;
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
        // Redrawing the charts takes longer than a drag's frame: they follow the race once it rests,
        // and only on screen (behind another tab or in a folded panel they catch up when shown).
        WhenShown shown = new WhenShown(charts);
        Debounce follow = new Debounce(Duration.millis(CHARTS_QUIET_MS), () -> {
            if (race.upToDate()) shown.run(() -> charts.setRace(race.raceProperty().get()));
        });
        race.raceProperty().addListener((obs, old, r) -> follow.request());
        Throttle marker = new Throttle(Duration.millis(100), () -> charts.setStep(playback.step()));
        playback.stepProperty().addListener((obs, old, k) -> marker.request());
    }

    public RunCharts charts() {
        return charts;
    }
}
