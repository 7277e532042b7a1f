package org.landscapelab.ui.landscape;

import java.util.function.DoubleConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.landscapelab.landscape.Parameter;
import org.landscapelab.ui.fx.Numbers;

/** A landscape parameter: a slider over its range and a field to type an exact value. */
public final class ParameterSlider extends VBox {
    private final Slider slider;
    private final TextField field = new TextField();
    private final Parameter parameter;
    private boolean updating;

    ParameterSlider(Parameter parameter, DoubleConsumer onChange) {
        this.parameter = parameter;
        getStyleClass().add("parameter");
        slider = new Slider(parameter.min(), parameter.max(), parameter.value());
        HBox.setHgrow(slider, Priority.ALWAYS);
        field.setPrefColumnCount(6);
        field.setText(Numbers.format(parameter.value()));
        Label name = new Label(parameter.name());
        name.getStyleClass().add("parameter-name");
        if (!parameter.description().isEmpty()) {
            Tooltip tip = new Tooltip(parameter.description() + "  [" + Numbers.format(parameter.min()) + ", "
                    + Numbers.format(parameter.max()) + "]");
            name.setTooltip(tip);
            slider.setTooltip(tip);
        }
        HBox row = new HBox(6, name, slider, field);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(row);
        if (!parameter.description().isEmpty()) {
            Label d = new Label(parameter.description());
            d.getStyleClass().add("parameter-description");
            d.setWrapText(true);
            getChildren().add(d);
        }
        slider.valueProperty().addListener((obs, old, v) -> {
            if (updating) return;
            updating = true;
            field.setText(Numbers.format(v.doubleValue()));
            field.getStyleClass().remove("invalid");
            updating = false;
            onChange.accept(v.doubleValue());
        });
        field.setOnAction(e -> commit(onChange));
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) commit(onChange);
        });
    }

    public String name() {
        return parameter.name();
    }

    /** Shows a value set elsewhere (a scenario, a session) without reporting it back as a change. */
    void show(double value) {
        if (slider.getValue() == value && !field.getStyleClass().contains("invalid")) return;
        updating = true;
        slider.setValue(value);
        field.setText(Numbers.format(value));
        field.getStyleClass().remove("invalid");
        updating = false;
    }

    /** Applies a typed value if it is a number inside the range; otherwise marks the field. */
    private void commit(DoubleConsumer onChange) {
        try {
            double v = Double.parseDouble(field.getText().trim());
            if (v < parameter.min() || v > parameter.max() || Double.isNaN(v)) throw new NumberFormatException();
            field.getStyleClass().remove("invalid");
            updating = true;
            slider.setValue(v);
            updating = false;
            onChange.accept(v);
        } catch (NumberFormatException e) {
            if (!field.getStyleClass().contains("invalid")) field.getStyleClass().add("invalid");
            field.setTooltip(new Tooltip(parameter.name() + " must be a number in [" + Numbers.format(parameter.min())
                    + ", " + Numbers.format(parameter.max()) + "]"));
        }
    }
}
