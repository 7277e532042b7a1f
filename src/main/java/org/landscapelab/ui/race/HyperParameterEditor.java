package org.landscapelab.ui.race;

import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.landscapelab.optim.HyperParameter;
import org.landscapelab.optim.HyperValue;
import org.landscapelab.params.ParamType;
import org.landscapelab.ui.fx.Numbers;

/**
 * One hyper-parameter: its PyTorch name, a slider (on a log scale for lr and eps, so every value
 * in between is reachable, not only powers of ten) and a field for the exact value. Booleans are a
 * check box. A typed value is checked by the optimizer's own validation; a bad one turns the field
 * red and says why, and the run keeps the last good value.
 */
final class HyperParameterEditor extends HBox {
    /** Applies "name=text" to the optimizer; returns an error message or null. */
    interface Apply extends Function<String, String> {}

    static final double NAME_WIDTH = 112;

    private final HyperParameter parameter;
    private final Apply apply;
    private final TextField field = new TextField();
    private Slider slider;
    private CheckBox box;
    /** Whether a value is being shown, not edited: the controls' listeners then apply nothing. */
    private boolean updating;

    /**
     * The tooltip of a hyper-parameter: its meaning, the formula it enters, and where PyTorch has it.
     *
     * @param formula the update rule or schedule the parameter appears in
     * @param torchClass e.g. "torch.optim.SGD", or null where PyTorch has no such method
     */
    static String tooltip(HyperParameter parameter, String formula, String torchClass) {
        String name = torchClass != null ? "PyTorch: " + torchClass + "(" + parameter.name() + "=…)"
                : "Name: " + parameter.name() + " (PyTorch has no such method)";
        return parameter.meaning() + "\nFormula: " + formula + "\n" + name + "\nValid: " + parameter.validValues()
                + (parameter.logScale() ? "; the slider moves on a log scale." : "");
    }

    /** @param help the tooltip, from {@link #tooltip} */
    HyperParameterEditor(HyperParameter parameter, HyperValue value, String help, Apply apply) {
        super(6);
        this.parameter = parameter;
        this.apply = apply;
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("hyper-parameter");
        Label name = new Label(parameter.name());
        name.getStyleClass().add("parameter-name");
        name.setMinWidth(NAME_WIDTH);
        name.setPrefWidth(NAME_WIDTH);
        Tooltip tip = new Tooltip(help);
        tip.setWrapText(true);
        tip.setMaxWidth(440);
        name.setTooltip(tip);
        getChildren().add(name);
        if (parameter.type() == ParamType.BOOLEAN) {
            box = new CheckBox();
            box.setSelected(((HyperValue.Flag) value).value());
            box.setTooltip(tip);
            box.selectedProperty().addListener((obs, old, on) -> {
                if (updating) return;
                String error = apply.apply(parameter.name() + "=" + on);
                if (error != null) {
                    box.setSelected(old);
                    box.setTooltip(new Tooltip(error));
                }
            });
            getChildren().add(box);
            return;
        }
        if (parameter.type() == ParamType.NUMBER || parameter.type() == ParamType.INTEGER) {
            slider = new Slider(toSlider(parameter.typicalMin()), toSlider(parameter.typicalMax()), toSlider(number(value)));
            slider.setTooltip(tip);
            HBox.setHgrow(slider, Priority.ALWAYS);
            slider.setMinWidth(60);
            slider.valueProperty().addListener((obs, old, v) -> {
                if (updating) return;
                double x = fromSlider(v.doubleValue());
                String text = parameter.type() == ParamType.INTEGER ? Long.toString(Math.round(x)) : Numbers.format(x);
                setField(text);
                commit(text);
            });
            getChildren().add(slider);
        }
        field.setText(value.text());
        field.setPrefColumnCount(parameter.type() == ParamType.PAIR ? 9 : 6);
        field.setTooltip(tip);
        field.setOnAction(e -> commitTyped());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) commitTyped();
        });
        getChildren().add(field);
    }

    /** Shows a value set from elsewhere (a suggested lr, a session) in place, without applying it again. */
    void show(HyperValue value) {
        updating = true;
        try {
            if (box != null) {
                box.setSelected(((HyperValue.Flag) value).value());
                return;
            }
            if (slider != null) slider.setValue(toSlider(number(value)));
            setField(value.text());
        } finally {
            updating = false;
        }
    }

    private void commitTyped() {
        String text = field.getText().trim();
        if (commit(text) && slider != null) {
            try {
                updating = true;
                slider.setValue(toSlider(Double.parseDouble(text)));
            } catch (NumberFormatException ignored) {
                // the optimizer accepted it, so it parsed; nothing to move otherwise
            } finally {
                updating = false;
            }
        }
    }

    private boolean commit(String text) {
        String error = apply.apply(parameter.name() + "=" + text);
        field.getStyleClass().remove("invalid");
        if (error == null) return true;
        field.getStyleClass().add("invalid");
        field.setTooltip(new Tooltip(error));
        return false;
    }

    private void setField(String text) {
        field.setText(text);
        field.getStyleClass().remove("invalid");
    }

    private double toSlider(double v) {
        return parameter.logScale() ? Math.log10(Math.max(v, parameter.typicalMin())) : v;
    }

    private double fromSlider(double s) {
        return parameter.logScale() ? Math.pow(10, s) : s;
    }

    private static double number(HyperValue v) {
        if (v instanceof HyperValue.Real r) return r.value();
        if (v instanceof HyperValue.Int i) return i.value();
        return 0;
    }
}
