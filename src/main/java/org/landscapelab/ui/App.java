package org.landscapelab.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The JavaFX application: one window, the landscape panel. */
public final class App extends Application {
    /** The landscape a first start opens on. */
    static final String DEFAULT_LANDSCAPE = "himmelblau";

    private LandscapeViewModel model;
    private final ExecutorService background = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "lab-background");
        t.setDaemon(true);
        return t;
    });

    @Override
    public void start(Stage stage) {
        model = new LandscapeViewModel(LandscapeLibrary.load(), background);
        FXMLLoader loader = new FXMLLoader(App.class.getResource("MainView.fxml"));
        loader.setControllerFactory(type -> new MainController(model));
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("MainView.fxml is missing or broken", e);
        }
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(App.class.getResource("/assets/lab.css").toExternalForm());
        stage.setTitle("Landscape Lab");
        stage.getIcons().add(new Image(App.class.getResource("/assets/icons/landscape-lab.png").toExternalForm()));
        stage.setScene(scene);
        stage.show();
        model.entries().stream().filter(e -> e.landscape().id().equals(DEFAULT_LANDSCAPE)).findFirst()
                .ifPresent(model.selectedProperty()::set);
    }

    /** The landscape panel's state, for tests that drive the window. */
    LandscapeViewModel model() {
        return model;
    }

    @Override
    public void stop() {
        background.shutdownNow();
    }
}
