package org.landscapelab.ui.files;

import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.landscapelab.io.AnimationSettings;

/** Asks for the frame rate, length and size of an animated GIF. */
final class AnimationDialog {
    private AnimationDialog() {}

    static AnimationSettings ask(Window owner, String what) {
        Dialog<AnimationSettings> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Export an animation");
        d.setHeaderText("An animated GIF of " + what + ", written in the background.");
        TextField fps = new TextField("20");
        TextField seconds = new TextField("6");
        TextField width = new TextField("720");
        TextField height = new TextField("540");
        CheckBox loop = new CheckBox("Loop");
        loop.setSelected(true);
        Label problem = new Label();
        problem.getStyleClass().add("expression-problem");
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.addRow(0, new Label("Frames per second"), fps);
        g.addRow(1, new Label("Length (seconds)"), seconds);
        g.addRow(2, new Label("Width (pixels)"), width);
        g.addRow(3, new Label("Height (pixels)"), height);
        g.addRow(4, new Label(""), loop);
        g.add(problem, 0, 5, 2, 1);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                read(fps, seconds, width, height, loop);
            } catch (IllegalArgumentException ex) {
                problem.setText(ex.getMessage());
                e.consume();
            }
        });
        d.setResultConverter(b -> b == ButtonType.OK ? read(fps, seconds, width, height, loop) : null);
        return d.showAndWait().orElse(null);
    }

    private static AnimationSettings read(TextField fps, TextField seconds, TextField width, TextField height, CheckBox loop) {
        return new AnimationSettings(integer(width, "width"), integer(height, "height"), integer(fps, "frame rate"),
                number(seconds, "length"), loop.isSelected());
    }

    private static int integer(TextField f, String what) {
        try {
            return Integer.parseInt(f.getText().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the " + what + " must be a whole number, got '" + f.getText().trim() + "'");
        }
    }

    private static double number(TextField f, String what) {
        try {
            return Double.parseDouble(f.getText().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the " + what + " must be a number, got '" + f.getText().trim() + "'");
        }
    }
}
