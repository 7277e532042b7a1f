package org.landscapelab.ui;

import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** What the window shows for the moment the lab takes to build: its name and what is happening, never a blank window. */
final class OpeningScene {
    private OpeningScene() {}

    static Scene create(double width, double height) {
        Label name = new Label("Landscape Lab");
        name.setStyle("-fx-font-size: 28px; -fx-font-weight: bold; -fx-text-fill: #2b2b2b;");
        Label what = new Label("Opening the lab: the landscapes, the optimizers and the scenarios…");
        what.setStyle("-fx-font-size: 14px; -fx-text-fill: #555555;");
        VBox box = new VBox(12, name, what);
        box.setAlignment(Pos.CENTER);
        box.setStyle("-fx-background-color: #f4f4f4;");
        return new Scene(box, width > 0 ? width : 1400, height > 0 ? height : 880);
    }
}
