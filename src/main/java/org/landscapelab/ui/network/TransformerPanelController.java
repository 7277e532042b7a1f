package org.landscapelab.ui.network;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.landscapelab.nn.training.TransformerTask;
import org.landscapelab.nn.transformer.Norm;
import org.landscapelab.nn.transformer.ResidualScale;
import org.landscapelab.ui.fx.Throttle;
import org.landscapelab.ui.charts.GradientHeatmap;
import org.landscapelab.ui.charts.LineChart;

/** The transformer panel: shape, task and optimizer on the left; rank, gradient and loss plots live while it trains. */
public final class TransformerPanelController {
    static final List<String> PARAMETERS = List.of("Wq", "Wk", "Wv", "Wo", "W1", "b1", "W2", "b2");

    private final TransformerLabModel model;
    private final LineChart rank = new LineChart("Rank measure against depth", "layer", "value", false);
    private final GradientHeatmap heatmap = new GradientHeatmap("Gradient norms: layer \u00d7 parameter");
    private final LineChart qkv = new LineChart("|\u2207Wq|, |\u2207Wk|, |\u2207Wv| of the last block", "step", "Frobenius norm", true);
    private final LineChart sweep = new LineChart("Mean token cosine of the last block at initialization", "depth L", "mean token cosine", false);

    @FXML private Spinner<Integer> depthSpinner;
    @FXML private Spinner<Integer> widthSpinner;
    @FXML private Spinner<Integer> headsSpinner;
    @FXML private Spinner<Integer> tokensSpinner;
    @FXML private ComboBox<Norm> normPicker;
    @FXML private ComboBox<String> scalePicker;
    @FXML private ComboBox<TransformerTask> taskPicker;
    @FXML private Spinner<Integer> batchSpinner;
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

    public TransformerPanelController(TransformerLabModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        PanelControls.spinner(depthSpinner, model.depthProperty(), 1, 48, 1, "Number of encoder blocks L (PyTorch: nn.TransformerEncoder num_layers)");
        PanelControls.spinner(widthSpinner, model.widthProperty(), 4, 256, 4, "Model width d, a multiple of the heads (PyTorch: d_model)");
        PanelControls.spinner(headsSpinner, model.headsProperty(), 1, 16, 1, "Attention heads h; each has width d/h (PyTorch: nhead)");
        PanelControls.spinner(tokensSpinner, model.tokensProperty(), 2, 128, 2, "Tokens n per sequence");
        PanelControls.spinner(batchSpinner, model.batchProperty(), 1, 64, 1, "Sequences per training step");
        PanelControls.spinner(stepsSpinner, model.stepsProperty(), 1, 1_000_000, 500, "Training steps");
        PanelControls.seed(seedField, model.seedProperty());
        normPicker.getItems().setAll(Norm.values());
        normPicker.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Norm n) {
                return n == null ? "" : n == Norm.POST_LN ? "post-LN (after the residual sum)" : "pre-LN (inside the branch)";
            }

            @Override
            public Norm fromString(String s) {
                return null;
            }
        });
        normPicker.valueProperty().bindBidirectional(model.normProperty());
        normPicker.setTooltip(new Tooltip("post-LN: X' = LN(X + a·branch(X));  pre-LN: X' = X + a·branch(LN(X))\nPyTorch: norm_first=False / True"));
        scalePicker.getItems().setAll("1", ResidualScale.INVERSE_SQRT_DEPTH, "0.5");
        scalePicker.setValue(model.residualScaleProperty().get().text());
        scalePicker.setTooltip(new Tooltip("The factor a on each residual branch: 1, 1/sqrt(L), or any positive number"));
        scalePicker.valueProperty().addListener((obs, old, v) -> {
            try {
                model.residualScaleProperty().set(ResidualScale.parse(v));
                scalePicker.getEditor().getStyleClass().remove("invalid");
            } catch (IllegalArgumentException e) {
                if (!scalePicker.getEditor().getStyleClass().contains("invalid")) scalePicker.getEditor().getStyleClass().add("invalid");
                model.messageProperty().set(e.getMessage());
            }
        });
        model.residualScaleProperty().addListener((obs, old, a) -> {
            if (!a.text().equals(scalePicker.getValue())) scalePicker.setValue(a.text());
        });
        taskPicker.getItems().setAll(TransformerTask.values());
        taskPicker.valueProperty().bindBidirectional(model.taskProperty());
        PanelControls.training(model, settings, optimizerHolder, startButton, pauseButton, resetButton, status);
        PanelControls.sweep(model, sweepButton, cancelSweepButton, sweepProgress, model::runDepthSweep);
        probePicker.getItems().setAll(PanelControls.probeNames());
        probePicker.setValue("mean_token_cosine");
        probePicker.valueProperty().addListener((obs, old, p) -> showRun(model.runProperty().get()));
        rank.setIntegerX(true);
        rank.setIncludeZero(true);
        sweep.setIncludeZero(true);
        sweep.setIntegerX(true);
        RacePlots race = new RacePlots(model, groupPicker, probePicker);
        race.placeIn(charts);
        charts.add(rank.viewer(), 0, 2);
        charts.add(heatmap.viewer(), 1, 2);
        charts.add(qkv.viewer(), 0, 3);
        charts.add(sweep.viewer(), 1, 3);
        Throttle redraw = new Throttle(Duration.millis(250), () -> showRun(model.runProperty().get()));
        model.runProperty().addListener((obs, old, run) -> redraw.request());
        model.depthSweepProperty().addListener((obs, old, curves) -> {
            sweep.set(PanelControls.sweepCurves(curves));
            if (!curves.isEmpty()) PanelControls.showLast(chartsScroll); // the sweep chart is the bottom row
        });
        PanelControls.previewOnChange(model, List.of(model.depthProperty(), model.widthProperty(), model.headsProperty(),
                model.tokensProperty(), model.normProperty(), model.residualScaleProperty()));
    }

    private void showRun(TrainingRun run) {
        rank.set(PanelControls.probeCurves(run, probePicker.getValue()));
        heatmap.set(PARAMETERS, PanelControls.gradientGrid(run, PARAMETERS));
        qkv.set(PanelControls.gradientsOverSteps(run, List.of("Wq", "Wk", "Wv"), -1));
    }
}
