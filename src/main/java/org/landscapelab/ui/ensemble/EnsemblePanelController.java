package org.landscapelab.ui.ensemble;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.landscapelab.landscape.CriticalPoint;
import org.landscapelab.landscape.Point;
import org.landscapelab.noise.NoiseCatalog;
import org.landscapelab.noise.NoiseKind;
import org.landscapelab.noise.NoiseParameter;
import org.landscapelab.render.Figure;
import org.landscapelab.sim.StartRegion;
import org.landscapelab.ui.charts.EnsembleCharts;
import org.landscapelab.ui.fx.Numbers;
import org.landscapelab.ui.landscape.LandscapeViewModel;

/** Ensemble settings, run and cancel with progress, the escape-time histogram and the sweep. */
public final class EnsemblePanelController {
    private final EnsembleViewModel model;
    private final LandscapeViewModel landscape;
    private final ObservableBooleanValue startLocked;
    private final Consumer<Point> moveStart;
    private final Runnable runEnsemble;
    private final Runnable runSweep;
    private final EnsembleCharts charts = new EnsembleCharts();

    @FXML private Spinner<Integer> particlesSpinner;
    @FXML private ComboBox<StartRegion.Shape> shapePicker;
    @FXML private TextField spreadField;
    @FXML private TextField radiusField;
    @FXML private ComboBox<CriticalPoint> saddlePicker;
    @FXML private CheckBox showParticles;
    @FXML private CheckBox showDensity;
    @FXML private Button runButton;
    @FXML private Button cancelButton;
    @FXML private ProgressBar progress;
    @FXML private Label summary;
    @FXML private VBox histogramHolder;
    @FXML private ComboBox<NoiseParameter> parameterPicker;
    @FXML private TextField fromField;
    @FXML private TextField toField;
    @FXML private Spinner<Integer> pointsSpinner;
    @FXML private Button sweepButton;
    @FXML private VBox sweepHolder;

    /**
     * The panel shows {@code landscape}'s critical points to start from; {@code moveStart} moves the
     * race's start (which a scenario may lock: {@code startLocked}); the run and sweep buttons start
     * the lab's ensemble and sweep of the race's first optimizer.
     */
    public EnsemblePanelController(EnsembleViewModel model, LandscapeViewModel landscape, ObservableBooleanValue startLocked,
                                   Consumer<Point> moveStart, Runnable runEnsemble, Runnable runSweep) {
        this.model = model;
        this.landscape = landscape;
        this.startLocked = startLocked;
        this.moveStart = moveStart;
        this.runEnsemble = runEnsemble;
        this.runSweep = runSweep;
    }

    @FXML private javafx.scene.control.ScrollPane scroll;

    @FXML
    private void initialize() {
        saddlePicker.disableProperty().bind(startLocked);
        particlesSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, EnsembleViewModel.MAX_PARTICLES,
                model.particlesProperty().get(), 100));
        particlesSpinner.valueProperty().addListener((obs, old, v) -> {
            if (v != null) model.particlesProperty().set(v);
        });
        // Scenarios and sessions set the model: the controls follow.
        model.particlesProperty().addListener((obs, old, v) -> particlesSpinner.getValueFactory().setValue(v.intValue()));
        shapePicker.getItems().setAll(StartRegion.Shape.values());
        shapePicker.setValue(model.shapeProperty().get());
        shapePicker.setCellFactory(l -> new ShapeCell());
        shapePicker.setButtonCell(new ShapeCell());
        shapePicker.valueProperty().bindBidirectional(model.shapeProperty());
        number(spreadField, model.spreadProperty(), 0, "Half-width of the start box, or the standard deviation of the Gaussian start");
        number(radiusField, model.escapeRadiusProperty(), 0,
                "A particle has escaped once it is farther than this from the start (0: no escape times)");
        saddlePicker.setCellFactory(l -> new CriticalCell());
        saddlePicker.setButtonCell(new CriticalCell());
        saddlePicker.setTooltip(new Tooltip("Move the start (of the race and the ensemble) onto a saddle or another critical point"));
        saddlePicker.valueProperty().addListener((obs, old, p) -> {
            if (p != null) moveStart.accept(new Point(p.x(), p.y()));
        });
        landscape.figureProperty().addListener((obs, old, f) -> showCriticalPoints(f));
        showParticles.selectedProperty().bindBidirectional(model.shownProperty());
        showDensity.selectedProperty().bindBidirectional(model.densityProperty());
        runButton.setOnAction(e -> runEnsemble.run());
        sweepButton.setOnAction(e -> runSweep.run());
        cancelButton.setOnAction(e -> model.cancel());
        runButton.disableProperty().bind(model.runningProperty());
        sweepButton.disableProperty().bind(model.runningProperty());
        cancelButton.disableProperty().bind(model.runningProperty().not());
        progress.progressProperty().bind(model.progressProperty());
        summary.textProperty().bind(model.messageProperty());
        // No empty frames: a line says what will come until there is something to draw.
        Label noHistogram = placeholder("The escape-time histogram shows here after a run.");
        Label noSweep = placeholder("The escape time against the parameter shows here after a sweep.");
        histogramHolder.getChildren().add(noHistogram);
        sweepHolder.getChildren().add(noSweep);
        model.resultProperty().addListener((obs, old, r) -> {
            charts.showEnsemble(r);
            histogramHolder.getChildren().setAll(r == null ? noHistogram : charts.histogram());
            // A run from the scenario's Run button or the panel's: the histogram comes into view.
            if (r != null) scrollTo(histogramHolder);
        });
        parameterPicker.getItems().setAll(NoiseCatalog.sweepable());
        parameterPicker.valueProperty().bindBidirectional(model.sweepParameterProperty());
        number(fromField, model.sweepFromProperty(), Double.NEGATIVE_INFINITY, "First value of the swept parameter");
        number(toField, model.sweepToProperty(), Double.NEGATIVE_INFINITY, "Last value of the swept parameter");
        pointsSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(2, EnsembleViewModel.MAX_SWEEP_POINTS, model.sweepPointsProperty().get()));
        pointsSpinner.valueProperty().addListener((obs, old, v) -> {
            if (v != null) model.sweepPointsProperty().set(v);
        });
        model.sweepPointsProperty().addListener((obs, old, v) -> pointsSpinner.getValueFactory().setValue(v.intValue()));
        parameterPicker.setCellFactory(l -> new ParameterCell());
        parameterPicker.setButtonCell(new ParameterCell());
        model.sweepProperty().addListener((obs, old, curve) -> {
            charts.showSweep(curve, model.sweepAxisLabel());
            sweepHolder.getChildren().setAll(curve.isEmpty() ? noSweep : charts.sweep());
            // The curve is at the bottom of the panel: bring it into view when a sweep ends, once
            // laid out, and again after the pulse in which the Run button brought this tab forward.
            if (!curve.isEmpty()) {
                scrollTo(sweepHolder);
                javafx.application.Platform.runLater(() -> scrollTo(sweepHolder));
            }
        });
    }

    private static Label placeholder(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll("hint", "chart-placeholder");
        l.setWrapText(true);
        return l;
    }

    /** Scrolls the panel so that {@code node} (a chart's holder) is in view, its bottom edge first. */
    private void scrollTo(javafx.scene.Node node) {
        // The chart was just added: styled and laid out now, so that its height is known.
        scroll.applyCss();
        scroll.layout();
        double content = scroll.getContent().getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (content <= viewport) return;
        javafx.geometry.Bounds b = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double top = Math.min(b.getMinY(), Math.max(0, b.getMaxY() - viewport));
        scroll.setVvalue(scroll.getVmin() + (scroll.getVmax() - scroll.getVmin()) * Math.min(1, top / (content - viewport)));
    }

    private static void number(TextField field, javafx.beans.property.DoubleProperty property, double min, String tip) {
        field.setText(Numbers.format(property.get()));
        field.setTooltip(new Tooltip(tip));
        property.addListener((obs, old, v) -> {
            field.setText(Numbers.format(v.doubleValue()));
            field.getStyleClass().remove("invalid");
        });
        Runnable commit = () -> {
            try {
                double v = Double.parseDouble(field.getText().trim());
                if (!Double.isFinite(v) || v < min) throw new NumberFormatException();
                property.set(v);
                field.getStyleClass().remove("invalid");
            } catch (NumberFormatException e) {
                if (!field.getStyleClass().contains("invalid")) field.getStyleClass().add("invalid");
                field.setTooltip(new Tooltip(min > Double.NEGATIVE_INFINITY ? "a number >= " + Numbers.format(min) : "a finite number"));
            }
        };
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((obs, was, f) -> {
            if (!f) commit.run();
        });
    }

    private void showCriticalPoints(Figure f) {
        if (f == null) return;
        var points = f.landscape().critical().points();
        if (!points.equals(saddlePicker.getItems())) saddlePicker.getItems().setAll(points);
    }

    private static final class ShapeCell extends ListCell<StartRegion.Shape> {
        @Override
        protected void updateItem(StartRegion.Shape s, boolean empty) {
            super.updateItem(s, empty);
            setText(empty || s == null ? null : switch (s) {
                case POINT -> "All at the start point";
                case BOX -> "Uniform in a box around it";
                case GAUSSIAN -> "Gaussian around it";
            });
        }
    }

    /** "Hurst index H (fbm)", "noise scale σ": the parameter and the processes that read it. */
    private static final class ParameterCell extends ListCell<NoiseParameter> {
        @Override
        protected void updateItem(NoiseParameter p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setText(null);
                return;
            }
            List<String> kinds = NoiseCatalog.kindsUsing(p).stream().map(NoiseKind::cliName).toList();
            setText(p.title() + " " + p.symbol() + (kinds.isEmpty() ? "" : " (" + String.join(", ", kinds) + ")"));
        }
    }

    private static final class CriticalCell extends ListCell<CriticalPoint> {
        @Override
        protected void updateItem(CriticalPoint p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? null : String.format(Locale.ROOT, "%s at (%s, %s)", p.type().label(),
                    Numbers.format(p.x()), Numbers.format(p.y())));
        }
    }
}
