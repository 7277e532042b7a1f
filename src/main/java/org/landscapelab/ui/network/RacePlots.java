package org.landscapelab.ui.network;

import java.awt.Color;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.landscapelab.nn.training.RaceSnapshot;
import org.landscapelab.ui.charts.LineChart;
import org.landscapelab.ui.fx.Throttle;

/**
 * The race's plots in a network panel, one curve per optimizer in its card's colour: the loss, the
 * gradient norm and the relative update ‖Δθ‖/‖θ‖ of the parameter group picked (Adam's
 * per-coordinate normalization against SGD's raw gradient), and the picked probe of the last
 * layer over training.
 */
final class RacePlots {
    private final NetworkLabModel model;
    private final ComboBox<String> groupPicker;
    private final ComboBox<String> probePicker;
    private final LineChart loss = new LineChart("Training loss (each optimizer, same batches)", "step", "loss on the step's batch", true);
    private final LineChart gradNorm = new LineChart("Gradient norm |\u2207\u03b8| of the group", "step", "Frobenius norm", true);
    private final LineChart update = new LineChart("Relative update |\u0394\u03b8| / |\u03b8| of the group", "step", "|\u0394\u03b8| / |\u03b8|", true);
    private final LineChart probe = new LineChart("Probe of the last layer over training", "step", "value", false);

    /** The race's four charts in the first two rows of a panel's grid, the loss first: the figure a race is about. */
    void placeIn(javafx.scene.layout.GridPane charts) {
        charts.add(loss.viewer(), 0, 0);
        charts.add(probe.viewer(), 1, 0);
        charts.add(gradNorm.viewer(), 0, 1);
        charts.add(update.viewer(), 1, 1);
    }

    RacePlots(NetworkLabModel model, ComboBox<String> groupPicker, ComboBox<String> probePicker) {
        this.model = model;
        this.groupPicker = groupPicker;
        this.probePicker = probePicker;
        probe.setIncludeZero(true);
        groupPicker.setTooltip(new Tooltip("A parameter over all layers (Wq = every layer's Wq as one tensor), or of one layer (Wq_3: layer 3)"));
        groupPicker.valueProperty().addListener((obs, old, g) -> show());
        probePicker.valueProperty().addListener((obs, old, p) -> show());
        Throttle redraw = new Throttle(Duration.millis(250), this::show);
        model.raceProperty().addListener((obs, old, race) -> {
            List<String> groups = RaceCurves.groups(race);
            if (!groups.isEmpty() && !groups.equals(groupPicker.getItems())) {
                String was = groupPicker.getValue();
                groupPicker.getItems().setAll(groups);
                groupPicker.setValue(was != null && groups.contains(was) ? was : groups.get(0)); // List.copyOf's contains(null) throws
            }
            redraw.request();
        });
    }

    private void show() {
        RaceSnapshot race = model.raceProperty().get();
        List<Color> colors = model.raceColors();
        String group = groupPicker.getValue();
        loss.set(RaceCurves.loss(race, colors));
        gradNorm.set(RaceCurves.gradNorms(race, group, colors));
        update.set(RaceCurves.updateRatios(race, group, colors));
        probe.set(RaceCurves.probeOverSteps(race, probePicker.getValue(), colors));
    }
}
