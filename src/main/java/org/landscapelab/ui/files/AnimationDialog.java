package org.landscapelab.ui.files;

import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.landscapelab.io.AnimationFormat;
import org.landscapelab.io.AnimationSettings;
import org.landscapelab.io.Ffmpeg;

/** Asks for the format (MP4 or GIF), frame rate, length and size of an animation. */
final class AnimationDialog {
    private AnimationDialog() {}

    static AnimationSettings ask(Window owner, String what) {
        Dialog<AnimationSettings> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Export an animation");
        d.setHeaderText("An animation of " + what + ", written in the background.");
        boolean hasFfmpeg = Ffmpeg.find().isPresent();
        ChoiceBox<AnimationFormat> format = new ChoiceBox<>();
        format.getItems().setAll(AnimationFormat.values());
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(AnimationFormat f) {
                return f == null ? "" : f.description();
            }

            @Override
            public AnimationFormat fromString(String s) {
                return null; // not editable
            }
        });
        format.setValue(hasFfmpeg ? AnimationFormat.MP4 : AnimationFormat.GIF); // MP4 is a fraction of the size
        TextField fps = new TextField("20");
        TextField seconds = new TextField("6");
        TextField width = new TextField("720");
        TextField height = new TextField("540");
        CheckBox loop = new CheckBox("Loop");
        loop.setSelected(true);
        Label problem = new Label();
        problem.getStyleClass().add("expression-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(420);
        format.valueProperty().addListener((o, was, f) -> {
            loop.setDisable(f == AnimationFormat.MP4); // slide software and players decide whether a video loops
            problem.setText(f == AnimationFormat.MP4 && !hasFfmpeg ? Ffmpeg.MISSING : "");
        });
        loop.setDisable(format.getValue() == AnimationFormat.MP4);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.addRow(0, new Label("Format"), format);
        g.addRow(1, new Label("Frames per second"), fps);
        g.addRow(2, new Label("Length (seconds)"), seconds);
        g.addRow(3, new Label("Width (pixels)"), width);
        g.addRow(4, new Label("Height (pixels)"), height);
        g.addRow(5, new Label(""), loop);
        g.add(problem, 0, 6, 2, 1);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                read(format.getValue(), hasFfmpeg, fps, seconds, width, height, loop);
            } catch (IllegalArgumentException ex) {
                problem.setText(ex.getMessage());
                e.consume();
            }
        });
        d.setResultConverter(b -> b == ButtonType.OK ? read(format.getValue(), hasFfmpeg, fps, seconds, width, height, loop) : null);
        return d.showAndWait().orElse(null);
    }

    private static AnimationSettings read(AnimationFormat format, boolean hasFfmpeg, TextField fps, TextField seconds, TextField width,
                                          TextField height, CheckBox loop) {
        if (format == AnimationFormat.MP4 && !hasFfmpeg) throw new IllegalArgumentException(Ffmpeg.MISSING);
        return new AnimationSettings(integer(width, "width"), integer(height, "height"), integer(fps, "frame rate"),
                number(seconds, "length"), loop.isSelected(), format);
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
