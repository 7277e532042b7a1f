package org.landscapelab.ui.landscape;

import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Parameter;
import org.landscapelab.landscape.expr.ExpressionException;

/** The landscape section: picker, typed expression with live validation, description, parameter sliders. */
public final class LandscapePanelController {
    public static final int TYPING_PAUSE_MS = 500;

    private final LandscapeViewModel model;

    @FXML private ComboBox<LandscapeLibrary.Entry> landscapePicker;
    @FXML private TextField expressionField;
    @FXML private VBox expressionError;
    @FXML private Label expressionCaret;
    @FXML private Label expressionProblem;
    @FXML private TitledPane descriptionPane;
    @FXML private Label description;
    @FXML private VBox parameterBox;
    private final ObservableBooleanValue locked;

    /** {@code locked}: a scenario keeps the landscape (the picker, the expression, the sliders). */
    public LandscapePanelController(LandscapeViewModel model, ObservableBooleanValue locked) {
        this.model = model;
        this.locked = locked;
    }

    @FXML
    private void initialize() {
        // The description stays readable when a scenario locks the landscape.
        for (javafx.scene.Node n : java.util.List.of(landscapePicker, expressionField, parameterBox)) n.disableProperty().bind(locked);
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

    /** Description and parameter sliders follow the landscape; sliders are rebuilt only for a new one, else they show its values. */
    private void showLandscape(Landscape old, Landscape l) {
        if (l == null) return;
        description.setText(l.description().isEmpty() ? "A landscape typed as an expression." : l.description());
        // A landscape without an expression (a network slice) shows its description in the expression field, read-only.
        expressionField.setEditable(l.hasExpression());
        boolean sameParameters = old != null && old.sameDefinition(l)
                && old.parameters().stream().map(Parameter::name).toList().equals(l.parameters().stream().map(Parameter::name).toList());
        if (sameParameters) {
            for (javafx.scene.Node n : parameterBox.getChildren()) {
                if (n instanceof ParameterSlider slider) l.parameter(slider.name()).ifPresent(p -> slider.show(p.value()));
            }
            return;
        }
        parameterBox.getChildren().clear();
        for (Parameter p : l.parameters()) {
            parameterBox.getChildren().add(new ParameterSlider(p, v -> model.setParameter(p.name(), v)));
        }
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
                case SAMPLE -> "  \u00b7 sample";
                case FILE -> "  \u00b7 file";
                case TYPED -> "  \u00b7 typed";
            };
            setText(entry.landscape().name() + tag);
        }
    }
}
