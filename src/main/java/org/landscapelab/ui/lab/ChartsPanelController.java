package org.landscapelab.ui.lab;

import javafx.fxml.FXML;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.landscapelab.ui.fx.Throttle;
import org.landscapelab.ui.charts.RunCharts;

/** The run charts, following the race and the time line (chart redraws at most ten times a second). */
public final class ChartsPanelController {
    private final LabViewModel lab;
    private final RunCharts charts = new RunCharts();

    @FXML private VBox holder;

    public ChartsPanelController(LabViewModel lab) {
        this.lab = lab;
    }

    @FXML
    private void initialize() {
        holder.getChildren().add(charts);
        charts.setOnStepPicked(k -> {
            lab.playback().playingProperty().set(false);
            lab.playback().setStep(k);
        });
        lab.race().raceProperty().addListener((obs, old, race) -> charts.setRace(race));
        Throttle marker = new Throttle(Duration.millis(100), () -> charts.setStep(lab.playback().step()));
        lab.playback().stepProperty().addListener((obs, old, k) -> marker.request());
    }

    public RunCharts charts() {
        return charts;
    }
}
