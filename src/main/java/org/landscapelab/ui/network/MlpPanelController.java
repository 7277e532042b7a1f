package org.landscapelab.ui.network;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.landscapelab.nn.Activation;
import org.landscapelab.ui.fx.Throttle;
import org.landscapelab.ui.charts.GradientHeatmap;
import org.landscapelab.ui.charts.LineChart;

/** The batch-norm panel: stable rank against depth with and without batch norm, gradient norms per layer, loss. */
public final class MlpPanelController {
    static final List<String> WITH_BN = List.of("W", "gamma", "beta");
    static final List<String> WITHOUT_BN = List.of("W");

    private final MlpLabModel model;
    private final LineChart rank = new LineChart("Rank measure against depth", "layer", "value", false);
    private final GradientHeatmap heatmap = new GradientHeatmap("Gradient norms: layer \u00d7 parameter");
    private final LineChart perLayer = new LineChart("|\u2207W| per layer", "layer", "Frobenius norm", true);
    private final LineChart sweep = new LineChart("Stable rank at initialization", "layer", "stable rank", false);

    @FXML private Spinner<Integer> depthSpinner;
    @FXML private Spinner<Integer> widthSpinner;
    @FXML private Spinner<Integer> batchSpinner;
    @FXML private ComboBox<Activation> activationPicker;
    @FXML private CheckBox batchNormBox;
    @FXML private Spinner<Integer> stepsSpinner;
    @FXML private TextField seedField;
    @FXML private VBox optimizerHolder;
    @FXML private GridPane settings;
    @FXML private Button startButton;
    @FXML private Button pauseButton;
    @FXML private Button resetButton;
    @FXML private Label status;
    @FXML private Button sweepButton;
    @FXML private javafx.scene.control.ScrollPane chartsScroll;
    @FXML private Button cancelSweepButton;
    @FXML private ProgressBar sweepProgress;
    @FXML private ComboBox<String> probePicker;
    @FXML private ComboBox<String> groupPicker;
    @FXML private GridPane charts;

    public MlpPanelController(MlpLabModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        PanelControls.spinner(depthSpinner, model.depthProperty(), 1, 200, 1, "Number of layers L");
        PanelControls.spinner(widthSpinner, model.widthProperty(), 2, 512, 8, "Width of every layer");
        PanelControls.spinner(batchSpinner, model.batchProperty(), 2, 256, 2, "Samples per batch: batch norm's statistics come from them");
        PanelControls.spinner(stepsSpinner, model.stepsProperty(), 1, 1_000_000, 500, "Training steps");
        PanelControls.seed(seedField, model.seedProperty());
        activationPicker.getItems().setAll(Activation.values());
        activationPicker.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Activation a) {
                return a == null ? "" : a == Activation.RELU ? "ReLU" : "linear (none)";
            }

            @Override
            public Activation fromString(String s) {
                return null;
            }
        });
        activationPicker.valueProperty().bindBidirectional(model.activationProperty());
        activationPicker.setTooltip(new Tooltip("ReLU networks start with He initialization, linear ones with 1/fan-in"));
        batchNormBox.selectedProperty().bindBidirectional(model.batchNormProperty());
        batchNormBox.setTooltip(new Tooltip("H ← (H − mean) / sqrt(var + eps) · γ + β over the batch, after each layer's product\nPyTorch: nn.BatchNorm1d(width, eps=1e-5) in training mode"));
        PanelControls.training(model, settings, optimizerHolder, startButton, pauseButton, resetButton, status);
        PanelControls.sweep(model, sweepButton, cancelSweepButton, sweepProgress, model::runRankSweep);
        probePicker.getItems().setAll(PanelControls.probeNames());
        probePicker.setValue("stable_rank");
        probePicker.valueProperty().addListener((obs, old, p) -> showRun(model.runProperty().get()));
        rank.setIntegerX(true);
        rank.setIncludeZero(true);
        sweep.setIncludeZero(true);
        perLayer.setIntegerX(true);
        sweep.setIntegerX(true);
        RacePlots race = new RacePlots(model, groupPicker, probePicker);
        race.placeIn(charts);
        charts.add(rank.viewer(), 0, 2);
        charts.add(heatmap.viewer(), 1, 2);
        charts.add(perLayer.viewer(), 0, 3);
        charts.add(sweep.viewer(), 1, 3);
        Throttle redraw = new Throttle(Duration.millis(250), () -> showRun(model.runProperty().get()));
        model.runProperty().addListener((obs, old, run) -> redraw.request());
        model.rankSweepProperty().addListener((obs, old, curves) -> {
            sweep.set(PanelControls.sweepCurves(curves));
            if (!curves.isEmpty()) PanelControls.showLast(chartsScroll); // the sweep chart is the bottom row
        });
        PanelControls.previewOnChange(model, List.of(model.depthProperty(), model.widthProperty(), model.batchProperty(),
                model.activationProperty(), model.batchNormProperty()));
    }

    private void showRun(TrainingRun run) {
        rank.set(PanelControls.probeCurves(run, probePicker.getValue()));
        List<String> params = model.batchNormProperty().get() ? WITH_BN : WITHOUT_BN;
        double[][] grid = PanelControls.gradientGrid(run, params);
        heatmap.set(params, grid);
        double[] x = new double[grid.length];
        double[] y = new double[grid.length];
        for (int l = 0; l < grid.length; l++) {
            x[l] = l + 1;
            y[l] = grid[l][0];
        }
        perLayer.set(List.of(new LineChart.Series("|\u2207W|", x, y, PanelControls.NOW, false)));
    }
}
