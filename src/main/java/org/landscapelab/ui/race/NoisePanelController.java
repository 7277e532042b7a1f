package org.landscapelab.ui.race;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.landscapelab.landscape.Point;
import org.landscapelab.noise.NoiseCatalog;
import org.landscapelab.noise.NoiseInfo;
import org.landscapelab.noise.NoiseKind;
import org.landscapelab.noise.NoiseParameter;
import org.landscapelab.noise.NoiseProcess;
import org.landscapelab.noise.NoiseSpec;
import org.landscapelab.noise.NoiseStreams;
import org.landscapelab.params.SliderRange;
import org.landscapelab.sim.NoiseMode;
import org.landscapelab.ui.fx.Numbers;

/**
 * The noise and run section: the process and its parameters (with a live sample path, so a
 * student sees what the Hurst index does), where the noise enters, the seed, the number of steps,
 * the start point and the minibatch size.
 */
public final class NoisePanelController {
    /** Samples in the preview path; its seed is fixed so that moving a slider changes only the law. */
    private static final int PREVIEW_STEPS = 400;
    private static final long PREVIEW_SEED = 20261127L;

    private final RaceViewModel race;
    /** Set while the model moves a slider, so the move is not sent back to the model. */
    private boolean updatingFromModel;

    @FXML private ComboBox<NoiseKind> kindPicker;
    @FXML private VBox noiseControls;
    @FXML private VBox parameterRows;
    /** One editor per parameter of the noise catalog, in its order. */
    private final Map<NoiseParameter, ParameterRow> rows = new LinkedHashMap<>();
    @FXML private Label pathCaption;
    @FXML private Canvas pathPlot;
    @FXML private RadioButton iterateMode;
    @FXML private RadioButton gradientMode;
    @FXML private TextField seedField;
    @FXML private Button newSeedButton;
    @FXML private Spinner<Integer> stepsSpinner;
    @FXML private TextField startX;
    @FXML private TextField startY;
    @FXML private Label batchLabel;
    @FXML private Spinner<Integer> batchSpinner;
    private final ObservableBooleanValue noiseLocked;
    private final ObservableBooleanValue startLocked;

    public NoisePanelController(RaceViewModel race, ObservableBooleanValue noiseLocked, ObservableBooleanValue startLocked) {
        this.race = race;
        this.noiseLocked = noiseLocked;
        this.startLocked = startLocked;
    }

    @FXML
    private void initialize() {
        kindPicker.disableProperty().bind(noiseLocked);
        noiseControls.disableProperty().bind(noiseLocked);
        startX.disableProperty().bind(startLocked);
        startY.disableProperty().bind(startLocked);
        kindPicker.getItems().setAll(NoiseKind.values());
        kindPicker.setCellFactory(l -> new KindCell());
        kindPicker.setButtonCell(new KindCell());
        kindPicker.setValue(race.noiseProperty().get().kind());
        kindPicker.valueProperty().addListener((obs, old, k) -> {
            if (k != null) race.noiseProperty().set(race.noiseProperty().get().withKind(k));
        });
        NoiseSpec n = race.noiseProperty().get();
        for (NoiseParameter p : NoiseCatalog.PARAMETERS) {
            ParameterRow row = new ParameterRow(p);
            rows.put(p, row);
            parameterRows.getChildren().add(row.box);
            bind(row, n.value(p));
        }
        race.noiseProperty().addListener((obs, old, spec) -> showNoise(spec));
        ToggleGroup mode = new ToggleGroup();
        iterateMode.setToggleGroup(mode);
        gradientMode.setToggleGroup(mode);
        (race.modeProperty().get() == NoiseMode.GRADIENT ? gradientMode : iterateMode).setSelected(true);
        iterateMode.setTooltip(new Tooltip("x_{k+1} = step(x_k) + σ·ΔB_k: perturbed GD, Anti-PGD, fPGD"));
        gradientMode.setTooltip(new Tooltip("The optimizer sees ∇f(x_k) + σ·ξ_k: noise as SGD's gradient noise would enter"));
        mode.selectedToggleProperty().addListener((obs, old, t) -> {
            if (t != null) race.modeProperty().set(t == gradientMode ? NoiseMode.GRADIENT : NoiseMode.ITERATE);
        });
        race.modeProperty().addListener((obs, old, m) -> (m == NoiseMode.GRADIENT ? gradientMode : iterateMode).setSelected(true));

        seedField.setText(Long.toString(race.seedProperty().get()));
        seedField.setTooltip(new Tooltip("Every random draw comes from this seed: the same seed gives the same runs"));
        seedField.setOnAction(e -> commitSeed());
        seedField.focusedProperty().addListener((obs, was, f) -> {
            if (!f) commitSeed();
        });
        race.seedProperty().addListener((obs, old, s) -> seedField.setText(Long.toString(s.longValue())));
        newSeedButton.setOnAction(e -> race.newSeed());
        newSeedButton.setTooltip(new Tooltip("A new realization of the noise (N)"));

        stepsSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, RaceViewModel.MAX_STEPS, race.stepsProperty().get(), 100));
        stepsSpinner.valueProperty().addListener((obs, old, v) -> {
            if (v != null) race.stepsProperty().set(v);
        });
        race.stepsProperty().addListener((obs, old, v) -> stepsSpinner.getValueFactory().setValue(v.intValue()));

        startX.setOnAction(e -> commitStart());
        startY.setOnAction(e -> commitStart());
        startX.setTooltip(new Tooltip("Click or drag on the landscape to set the start point"));
        startY.setTooltip(startX.getTooltip());
        race.startProperty().addListener((obs, old, p) -> showStart(p));
        showStart(race.startProperty().get());

        batchSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 100_000, 0, 1));
        batchSpinner.valueProperty().addListener((obs, old, v) -> {
            if (v != null) race.batchSizeProperty().set(v);
        });
        race.batchSizeProperty().addListener((obs, old, v) -> batchSpinner.getValueFactory().setValue(v.intValue()));
        batchSpinner.setTooltip(new Tooltip("Rows per minibatch on a finite-sum landscape: real, state-dependent gradient noise "
                + "(0: the full gradient)"));
        race.landscapeProperty().addListener((obs, old, l) -> {
            boolean finiteSum = l != null && l.data().isPresent();
            batchLabel.setVisible(finiteSum);
            batchSpinner.setVisible(finiteSum);
            if (finiteSum) {
                ((SpinnerValueFactory.IntegerSpinnerValueFactory) batchSpinner.getValueFactory()).setMax(l.data().get().size());
            }
        });
        batchLabel.setVisible(false);
        batchSpinner.setVisible(false);
        showNoise(n);
    }

    /** A parameter's symbol, slider (on its catalog scale) and field. */
    private static final class ParameterRow {
        final NoiseParameter parameter;
        final Slider slider;
        final TextField field = new TextField();
        final HBox box;

        ParameterRow(NoiseParameter parameter) {
            this.parameter = parameter;
            SliderRange range = parameter.slider();
            slider = new Slider(range.toSlider(range.min()), range.toSlider(range.max()), range.toSlider(parameter.defaultValue()));
            HBox.setHgrow(slider, Priority.ALWAYS);
            field.setPrefColumnCount(6);
            Label symbol = new Label(parameter.symbol());
            symbol.getStyleClass().add("parameter-name");
            symbol.setMinWidth(24);
            box = new HBox(6, symbol, slider, field);
            box.setAlignment(Pos.CENTER_LEFT);
            // Ids by the parameter's name (#hurstRow, #hurstSlider, #hurstField), as the FXML rows had.
            box.setId(parameter.name() + "Row");
            slider.setId(parameter.name() + "Slider");
            field.setId(parameter.name() + "Field");
        }
    }

    private void bind(ParameterRow row, double value) {
        Slider slider = row.slider;
        TextField field = row.field;
        SliderRange scale = row.parameter.slider();
        slider.setValue(scale.toSlider(value));
        field.setText(Numbers.format(value));
        Tooltip tip = new Tooltip(NoiseCatalog.tooltip(row.parameter));
        tip.setWrapText(true);
        tip.setMaxWidth(440);
        slider.setTooltip(tip);
        field.setTooltip(tip);
        boolean[] updating = {false};
        slider.valueProperty().addListener((obs, old, s) -> {
            if (updating[0] || updatingFromModel) return;
            double v = scale.fromSlider(s.doubleValue());
            field.setText(Numbers.format(v));
            field.getStyleClass().remove("invalid");
            apply(row.parameter, v, field);
        });
        field.setOnAction(e -> {
            try {
                double v = Double.parseDouble(field.getText().trim());
                if (apply(row.parameter, v, field)) {
                    updating[0] = true;
                    slider.setValue(scale.toSlider(v));
                    updating[0] = false;
                }
            } catch (NumberFormatException ex) {
                markInvalid(field, "not a number: '" + field.getText().trim() + "'");
            }
        });
    }

    private boolean apply(NoiseParameter parameter, double v, TextField field) {
        try {
            race.noiseProperty().set(race.noiseProperty().get().with(parameter, v));
            field.getStyleClass().remove("invalid");
            return true;
        } catch (IllegalArgumentException e) {
            markInvalid(field, e.getMessage());
            return false;
        }
    }

    private static void markInvalid(TextField field, String message) {
        if (!field.getStyleClass().contains("invalid")) field.getStyleClass().add("invalid");
        field.setTooltip(new Tooltip(message));
    }

    private void commitSeed() {
        try {
            race.seedProperty().set(Long.parseLong(seedField.getText().trim()));
            seedField.getStyleClass().remove("invalid");
        } catch (NumberFormatException e) {
            markInvalid(seedField, "the seed must be a whole number");
        }
    }

    private void commitStart() {
        try {
            double x = Double.parseDouble(startX.getText().trim());
            double y = Double.parseDouble(startY.getText().trim());
            if (!Double.isFinite(x) || !Double.isFinite(y)) throw new NumberFormatException();
            race.startProperty().set(new Point(x, y));
            startX.getStyleClass().remove("invalid");
            startY.getStyleClass().remove("invalid");
        } catch (NumberFormatException e) {
            markInvalid(startX, "the start needs two finite numbers");
            markInvalid(startY, "the start needs two finite numbers");
        }
    }

    private void showStart(Point p) {
        if (p == null) return;
        startX.setText(Numbers.format(p.x()));
        startY.setText(Numbers.format(p.y()));
    }

    private void showNoise(NoiseSpec n) {
        kindPicker.setValue(n.kind());
        List<NoiseParameter> shown = NoiseCatalog.parametersOf(n.kind());
        for (ParameterRow row : rows.values()) {
            showValue(row, n.value(row.parameter));
            show(row.box, shown.contains(row.parameter));
        }
        boolean any = n.kind() != NoiseKind.NONE;
        noiseControls.setVisible(any);
        noiseControls.setManaged(any);
        drawPreview(n);
    }

    /** Moves a slider and its field to a value set elsewhere (a session), unless they already show it. */
    private void showValue(ParameterRow row, double value) {
        Slider slider = row.slider;
        TextField field = row.field;
        double s = row.parameter.slider().toSlider(value);
        if (Math.abs(slider.getValue() - s) > 1e-9 * Math.max(1, Math.abs(s))) {
            updatingFromModel = true;
            slider.setValue(s);
            updatingFromModel = false;
        }
        String text = Numbers.format(value);
        if (!field.isFocused() && !field.getText().equals(text)) {
            field.setText(text);
            field.getStyleClass().remove("invalid");
        }
    }

    private static void show(HBox row, boolean visible) {
        row.setVisible(visible);
        row.setManaged(visible);
    }

    /** A sample path of the process over t in [0, 1] from a fixed seed: what changes is the law, not the luck. */
    private void drawPreview(NoiseSpec n) {
        GraphicsContext g = pathPlot.getGraphicsContext2D();
        double w = pathPlot.getWidth();
        double h = pathPlot.getHeight();
        g.clearRect(0, 0, w, h);
        if (n.kind() == NoiseKind.NONE) return;
        NoiseProcess process = n.process();
        double dt = 1.0 / PREVIEW_STEPS;
        double[] xi = process.sampler(PREVIEW_STEPS, dt).sample(new NoiseStreams(PREVIEW_SEED).stream(0, 0));
        double[] path = new double[PREVIEW_STEPS + 1];
        for (int k = 0; k < PREVIEW_STEPS; k++) path[k + 1] = path[k] + xi[k];
        double lo = 0;
        double hi = 0;
        for (double v : path) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double span = hi - lo > 0 ? hi - lo : 1;
        g.setStroke(Color.web("#c9ced6"));
        g.setLineWidth(1);
        double zero = h - 4 - (0 - lo) / span * (h - 8);
        g.strokeLine(0, zero, w, zero);
        g.setStroke(Color.web("#0072b2"));
        g.setLineWidth(1.3);
        g.beginPath();
        for (int k = 0; k <= PREVIEW_STEPS; k++) {
            double x = (double) k / PREVIEW_STEPS * w;
            double y = h - 4 - (path[k] - lo) / span * (h - 8);
            if (k == 0) g.moveTo(x, y);
            else g.lineTo(x, y);
        }
        g.stroke();
        pathCaption.setText(caption(n));
    }

    private static String caption(NoiseSpec n) {
        return NoiseCatalog.info(n.kind()).caption().of(n, Numbers::format);
    }

    private static final class KindCell extends ListCell<NoiseKind> {
        @Override
        protected void updateItem(NoiseKind k, boolean empty) {
            super.updateItem(k, empty);
            setTooltip(empty || k == null ? null : kindTooltip(k));
            setText(empty || k == null ? null : NoiseCatalog.info(k).displayName());
        }
    }

    private static Tooltip kindTooltip(NoiseKind k) {
        NoiseInfo info = NoiseCatalog.info(k);
        Tooltip tip = new Tooltip(info.description() + (info.formula().isEmpty() ? "" : "\n" + info.formula())
                + "\nCommand line: --noise " + k.cliName());
        tip.setWrapText(true);
        tip.setMaxWidth(440);
        return tip;
    }
}
