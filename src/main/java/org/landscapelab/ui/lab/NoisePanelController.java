package org.landscapelab.ui.lab;

import java.util.function.DoubleUnaryOperator;
import javafx.fxml.FXML;
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
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.landscapelab.landscape.Point;
import org.landscapelab.noise.NoiseKind;
import org.landscapelab.noise.NoiseProcess;
import org.landscapelab.noise.NoiseSpec;
import org.landscapelab.noise.NoiseStreams;
import org.landscapelab.sim.NoiseMode;
import org.landscapelab.ui.fx.Numbers;
import org.landscapelab.ui.race.RaceViewModel;

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
    @FXML private HBox sigmaRow;
    @FXML private HBox hurstRow;
    @FXML private HBox thetaRow;
    @FXML private HBox alphaRow;
    @FXML private Slider sigmaSlider;
    @FXML private Slider hurstSlider;
    @FXML private Slider thetaSlider;
    @FXML private Slider alphaSlider;
    @FXML private TextField sigmaField;
    @FXML private TextField hurstField;
    @FXML private TextField thetaField;
    @FXML private TextField alphaField;
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
    private final Locks locks;

    public NoisePanelController(LabViewModel lab) {
        this.race = lab.race();
        this.locks = lab.locks();
    }

    @FXML
    private void initialize() {
        kindPicker.disableProperty().bind(locks.noiseProperty());
        noiseControls.disableProperty().bind(locks.noiseProperty());
        startX.disableProperty().bind(locks.startProperty());
        startY.disableProperty().bind(locks.startProperty());
        kindPicker.getItems().setAll(NoiseKind.values());
        kindPicker.setCellFactory(l -> new KindCell());
        kindPicker.setButtonCell(new KindCell());
        kindPicker.setValue(race.noiseProperty().get().kind());
        kindPicker.valueProperty().addListener((obs, old, k) -> {
            if (k != null) race.noiseProperty().set(race.noiseProperty().get().withKind(k));
        });
        NoiseSpec n = race.noiseProperty().get();
        bind(sigmaSlider, sigmaField, n.sigma(), true, NoiseSpec::withSigma,
                "σ: the noise scale.\nFormula: iterate noise x_{k+1} = step(x_k) + σ·ΔB_k, ΔB_k the process's increment "
                        + "over the time step lr; gradient noise: the optimizer sees ∇f(x_k) + σ·ξ_k."
                        + NOISE_NAMES + "--sigma, session key sigma");
        bind(hurstSlider, hurstField, n.hurst(), false, NoiseSpec::withHurst,
                "H: the Hurst index of fractional Brownian motion. H = 1/2 is Brownian (white increments); H > 1/2 positively "
                        + "correlated, smooth, trending; H < 1/2 anti-correlated, rough.\nFormula: Var B_H(t) = t^(2H); "
                        + "increments at lag k correlate as ½(|k−1|^(2H) − 2|k|^(2H) + |k+1|^(2H))."
                        + NOISE_NAMES + "--hurst, session key hurst");
        bind(thetaSlider, thetaField, n.theta(), true, NoiseSpec::withTheta,
                "θ: mean-reversion rate of the Ornstein–Uhlenbeck process; correlation time 1/θ.\nFormula: dX = −θX dt + dW, "
                        + "sampled exactly: X_{k+1} = e^(−θΔ)X_k + √((1 − e^(−2θΔ))/(2θ))·Z_k; stationary variance 1/(2θ)."
                        + NOISE_NAMES + "--theta, session key theta");
        bind(alphaSlider, alphaField, n.alpha(), false, NoiseSpec::withAlpha,
                "α: stability index of the symmetric α-stable law: α = 2 is Gaussian, α < 2 heavy-tailed (occasional huge "
                        + "jumps).\nFormula: increments Δ^(1/α)·S_α, tails P(|S_α| > u) ~ u^(−α) for α < 2."
                        + NOISE_NAMES + "--alpha, session key alpha");
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

    private void bind(Slider slider, TextField field, double value, boolean log, Change change, String help) {
        DoubleUnaryOperator toSlider = log ? Math::log10 : v -> v;
        DoubleUnaryOperator fromSlider = log ? s -> Math.pow(10, s) : s -> s;
        slider.setValue(toSlider.applyAsDouble(value));
        field.setText(Numbers.format(value));
        Tooltip tip = new Tooltip(help);
        tip.setWrapText(true);
        tip.setMaxWidth(440);
        slider.setTooltip(tip);
        field.setTooltip(tip);
        boolean[] updating = {false};
        slider.valueProperty().addListener((obs, old, s) -> {
            if (updating[0] || updatingFromModel) return;
            double v = fromSlider.applyAsDouble(s.doubleValue());
            field.setText(Numbers.format(v));
            field.getStyleClass().remove("invalid");
            apply(change, v, field);
        });
        field.setOnAction(e -> {
            try {
                double v = Double.parseDouble(field.getText().trim());
                if (apply(change, v, field)) {
                    updating[0] = true;
                    slider.setValue(toSlider.applyAsDouble(v));
                    updating[0] = false;
                }
            } catch (NumberFormatException ex) {
                markInvalid(field, "not a number: '" + field.getText().trim() + "'");
            }
        });
    }

    private interface Change {
        NoiseSpec apply(NoiseSpec spec, double value);
    }

    private boolean apply(Change change, double v, TextField field) {
        try {
            race.noiseProperty().set(change.apply(race.noiseProperty().get(), v));
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
        showValue(sigmaSlider, sigmaField, n.sigma(), true);
        showValue(hurstSlider, hurstField, n.hurst(), false);
        showValue(thetaSlider, thetaField, n.theta(), true);
        showValue(alphaSlider, alphaField, n.alpha(), false);
        boolean any = n.kind() != NoiseKind.NONE;
        noiseControls.setVisible(any);
        noiseControls.setManaged(any);
        show(hurstRow, n.kind() == NoiseKind.FBM);
        show(thetaRow, n.kind() == NoiseKind.OU);
        show(alphaRow, n.kind() == NoiseKind.LEVY);
        drawPreview(n);
    }

    /** Moves a slider and its field to a value set elsewhere (a session), unless they already show it. */
    private void showValue(Slider slider, TextField field, double value, boolean log) {
        double s = log ? Math.log10(value) : value;
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
        return switch (n.kind()) {
            case WHITE -> "A Brownian path (white increments), same draws as every preview";
            case OU -> "Sum of the OU increments over t in [0, 1]: the OU path, correlation time 1/θ = " + Numbers.format(1 / n.theta());
            case FBM -> "Fractional Brownian motion, H = " + Numbers.format(n.hurst()) + (n.hurst() > 0.5 ? ": smooth, trending"
                    : n.hurst() < 0.5 ? ": rough, anti-correlated" : ": Brownian");
            case ANTI -> "Sum of Anti-PGD increments \u03be\u2096\u208a\u2081 \u2212 \u03be\u2096: it never wanders off";
            case LEVY -> "A Lévy flight, α = " + Numbers.format(n.alpha()) + (n.alpha() < 2 ? ": rare big jumps" : ": Gaussian");
            case NONE -> "";
        };
    }

    /** torch.optim injects no noise: say where the lab's names for these controls are used instead. */
    private static final String NOISE_NAMES = "\nPyTorch has no noise process; command line and files: ";

    private static final class KindCell extends ListCell<NoiseKind> {
        @Override
        protected void updateItem(NoiseKind k, boolean empty) {
            super.updateItem(k, empty);
            setTooltip(empty || k == null ? null : kindTooltip(k));
            setText(empty || k == null ? null : switch (k) {
                case NONE -> "No noise";
                case WHITE -> "White (Brownian increments)";
                case OU -> "Ornstein-Uhlenbeck";
                case FBM -> "Fractional Brownian motion";
                case ANTI -> "Anti-correlated (Anti-PGD)";
                case LEVY -> "\u03b1-stable (heavy-tailed)";
            });
        }
    }

    private static Tooltip kindTooltip(NoiseKind k) {
        Tooltip tip = new Tooltip(switch (k) {
            case NONE -> "No noise: each step is the optimizer's own.";
            case WHITE -> "Brownian increments: ΔB_k ~ N(0, Δ) independent, Δ = lr. Perturbed GD (PGD).";
            case OU -> "Ornstein–Uhlenbeck: increments of dX = −θX dt + dW, correlated over a time 1/θ; "
                    + "nearly white for θ·lr ≪ 1.";
            case FBM -> "Fractional Brownian motion B_H: increments with Var = Δ^(2H) and lag-k correlation "
                    + "½(|k−1|^(2H) − 2|k|^(2H) + |k+1|^(2H)); Davies–Harte circulant embedding. fPGD.";
            case ANTI -> "Anti-correlated: ξ_{k+1} − ξ_k with ξ_k ~ N(0, 1) independent (Anti-PGD, Orvieto et al. 2022): "
                    + "the perturbations cancel over time and bias the run toward flat minima.";
            case LEVY -> "Symmetric α-stable increments Δ^(1/α)·S_α: heavy tails for α < 2, Gaussian at α = 2.";
        } + "\nCommand line: --noise " + k.cliName());
        tip.setWrapText(true);
        tip.setMaxWidth(440);
        return tip;
    }
}
