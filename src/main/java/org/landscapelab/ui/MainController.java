package org.landscapelab.ui;

import java.io.File;
import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.landscapelab.landscape.ColorScale;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.LandscapeFileException;
import org.landscapelab.landscape.Parameter;
import org.landscapelab.landscape.expr.ExpressionException;
import org.landscapelab.render.Colormap;
import org.landscapelab.render.FigureOptions;
import org.landscapelab.render.Layer;
import javafx.util.Duration;

/** Wires the main window's controls to the {@link LandscapeViewModel}; holds no logic of its own. */
public final class MainController {
    static final int TYPING_PAUSE_MS = 500;

    private final LandscapeViewModel model;

    @FXML private ComboBox<LandscapeLibrary.Entry> landscapePicker;
    @FXML private TextField expressionField;
    @FXML private VBox expressionError;
    @FXML private Label expressionCaret;
    @FXML private Label expressionProblem;
    @FXML private Label description;
    @FXML private VBox parameterBox;
    @FXML private ComboBox<String> colormapPicker;
    @FXML private RadioButton linearScale;
    @FXML private RadioButton logScale;
    @FXML private Spinner<Integer> contourSpinner;
    @FXML private CheckBox showContours;
    @FXML private CheckBox showSaddles;
    @FXML private CheckBox showCritical;
    @FXML private CheckBox showEigen;
    @FXML private StackPane canvasHolder;
    @FXML private Label readout;
    @FXML private Label message;
    @FXML private ProgressIndicator busy;

    public MainController(LandscapeViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        canvasHolder.getChildren().add(new LandscapeCanvas(model));
        landscapePicker.setItems(model.entries());
        landscapePicker.setCellFactory(list -> new EntryCell());
        landscapePicker.setButtonCell(new EntryCell());
        landscapePicker.valueProperty().bindBidirectional(model.selectedProperty());

        // Validate at every keystroke; draw once typing pauses (or on Enter), not at every prefix.
        PauseTransition typingPause = new PauseTransition(Duration.millis(TYPING_PAUSE_MS));
        typingPause.setOnFinished(e -> model.applyExpression(expressionField.getText()));
        expressionField.textProperty().addListener((obs, old, text) -> {
            if (text.equals(model.expressionProperty().get())) return;
            if (model.validateExpression(text) == null) typingPause.playFromStart();
            else typingPause.stop();
        });
        expressionField.setOnAction(e -> {
            typingPause.stop();
            model.applyExpression(expressionField.getText());
        });
        model.expressionProperty().addListener((obs, old, text) -> {
            if (!expressionField.getText().equals(text)) expressionField.setText(text);
        });
        model.expressionErrorProperty().addListener((obs, old, error) -> showExpressionError(error));
        model.landscapeProperty().addListener((obs, old, l) -> showLandscape(old, l));

        colormapPicker.getItems().setAll(Colormap.names());
        colormapPicker.setValue(FigureOptions.defaults().colormap().name());
        colormapPicker.valueProperty().addListener((obs, old, name) -> model.setColormap(name));
        ToggleGroup scale = new ToggleGroup();
        linearScale.setToggleGroup(scale);
        logScale.setToggleGroup(scale);
        linearScale.setSelected(true);
        scale.selectedToggleProperty().addListener((obs, old, t) -> {
            if (t != null) model.setScale(t == logScale ? ColorScale.LOG : ColorScale.LINEAR);
        });
        model.optionsProperty().addListener((obs, old, o) -> {
            (o.scale() == ColorScale.LOG ? logScale : linearScale).setSelected(true);
            if (!o.colormap().name().equals(colormapPicker.getValue())) colormapPicker.setValue(o.colormap().name());
        });
        contourSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 60, FigureOptions.DEFAULT_CONTOURS, 5));
        contourSpinner.valueProperty().addListener((obs, old, n) -> {
            if (n != null) model.setContourCount(n);
        });
        bindLayer(showContours, Layer.CONTOURS);
        bindLayer(showSaddles, Layer.SADDLE_REGIONS);
        bindLayer(showCritical, Layer.CRITICAL_POINTS);
        bindLayer(showEigen, Layer.EIGEN_DIRECTIONS);

        readout.textProperty().bind(model.readoutProperty());
        message.textProperty().bind(model.messageProperty());
        busy.visibleProperty().bind(model.busyProperty());
    }

    private void bindLayer(CheckBox box, Layer layer) {
        box.setSelected(model.optionsProperty().get().shows(layer));
        box.selectedProperty().addListener((obs, old, shown) -> model.setLayerShown(layer, shown));
    }

    private void showExpressionError(ExpressionException error) {
        boolean show = error != null;
        expressionError.setVisible(show);
        expressionError.setManaged(show);
        expressionField.getStyleClass().remove("invalid");
        if (show) {
            expressionField.getStyleClass().add("invalid");
            expressionCaret.setText(error.source() + "\n" + " ".repeat(Math.max(0, error.column() - 1)) + "^");
            expressionProblem.setText(error.problem() + " (column " + error.column() + ")");
        }
    }

    /** Description and parameter sliders follow the landscape; sliders are rebuilt only for a new one. */
    private void showLandscape(Landscape old, Landscape l) {
        if (l == null) return;
        description.setText(l.description());
        boolean sameParameters = old != null && old.id().equals(l.id())
                && old.parameters().stream().map(Parameter::name).toList().equals(l.parameters().stream().map(Parameter::name).toList())
                && old.expression().source().equals(l.expression().source());
        if (sameParameters) return;
        parameterBox.getChildren().clear();
        for (Parameter p : l.parameters()) {
            parameterBox.getChildren().add(new ParameterSlider(p, v -> model.setParameter(p.name(), v)));
        }
    }

    @FXML
    private void openFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a landscape file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Landscape files (*.json)", "*.json"));
        File file = chooser.showOpenDialog(canvasHolder.getScene().getWindow());
        if (file == null) return;
        try {
            model.open(LandscapeLibrary.open(file.toPath()));
        } catch (LandscapeFileException e) {
            Dialogs.error(canvasHolder.getScene().getWindow(), "This landscape file cannot be used", e.getMessage());
        }
    }

    @FXML
    private void resetView() {
        model.resetView();
    }

    @FXML
    private void quit() {
        canvasHolder.getScene().getWindow().hide();
    }

    /** Picker cells: the landscape's name and where it comes from. */
    private static final class EntryCell extends ListCell<LandscapeLibrary.Entry> {
        @Override
        protected void updateItem(LandscapeLibrary.Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setText(null);
                return;
            }
            String tag = switch (entry.source()) {
                case BUILT_IN -> "";
                case SAMPLE -> "  · sample";
                case FILE -> "  · file";
                case TYPED -> "  · typed";
            };
            setText(entry.landscape().name() + tag);
        }
    }
}
