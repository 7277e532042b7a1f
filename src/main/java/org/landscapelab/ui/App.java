package org.landscapelab.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application. */
public final class App extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Landscape Lab");
        stage.setScene(new Scene(new Label("Landscape Lab"), 800, 600));
        stage.show();
    }
}
