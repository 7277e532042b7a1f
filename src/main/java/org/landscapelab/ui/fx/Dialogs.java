package org.landscapelab.ui.fx;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Plain messages for people: what happened and what to do, never a stack trace. */
public final class Dialogs {
    private Dialogs() {}

    public static void error(Window owner, String header, String detail) {
        show(Alert.AlertType.ERROR, owner, header, detail);
    }

    public static void info(Window owner, String header, String detail) {
        show(Alert.AlertType.INFORMATION, owner, header, detail);
    }

    private static void show(Alert.AlertType type, Window owner, String header, String detail) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle("Landscape Lab");
        alert.setHeaderText(header);
        Label text = new Label(detail);
        text.setWrapText(true);
        text.getStyleClass().add("dialog-detail");
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }
}
