package org.landscapelab.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.landscapelab.ui.charts.ChartsPanelController;
import org.landscapelab.ui.ensemble.EnsemblePanelController;
import org.landscapelab.ui.lab.LabViewModel;
import org.landscapelab.ui.landscape.LandscapeLibrary;
import org.landscapelab.ui.landscape.LandscapePanelController;
import org.landscapelab.ui.landscape.ViewPanelController;
import org.landscapelab.ui.race.NoisePanelController;
import org.landscapelab.ui.race.OptimizerPanelController;
import org.landscapelab.ui.race.PlaybackBarController;
import org.landscapelab.ui.scenario.ScenarioViewModel;

/** The JavaFX application: one window, the lab. */
public final class App extends Application {
    /** The landscape a first start opens on. */
    static final String DEFAULT_LANDSCAPE = "himmelblau";
    /** Where the window's state is remembered; tests pass their own node with -Dlab.prefs.node. */
    static final String PREFS_NODE = System.getProperty("lab.prefs.node", "org/landscapelab/app");

    private final ExecutorService background = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "lab-background");
        t.setDaemon(true);
        return t;
    });
    private LabViewModel lab;
    private org.landscapelab.ui.network.TransformerLabModel transformer;
    private org.landscapelab.ui.network.MlpLabModel mlp;
    private MainController main;

    @Override
    public void start(Stage stage) {
        lab = new LabViewModel(LandscapeLibrary.load(), background, Platform::runLater);
        transformer = new org.landscapelab.ui.network.TransformerLabModel(background, Platform::runLater);
        mlp = new org.landscapelab.ui.network.MlpLabModel(background, Platform::runLater);
        FXMLLoader loader = new FXMLLoader(App.class.getResource("Main.fxml"));
        loader.setControllerFactory(this::controller);
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Main.fxml is missing or broken", e);
        }
        main = loader.getController();
        WindowState state = new WindowState(Preferences.userRoot().node(PREFS_NODE));
        Scene scene = new Scene(root);
        scene.getStylesheets().add(App.class.getResource("/assets/lab.css").toExternalForm());
        stage.setTitle("Landscape Lab");
        stage.getIcons().add(new Image(App.class.getResource("/assets/icons/landscape-lab.png").toExternalForm()));
        stage.setScene(scene);
        state.restoreWindow(stage);
        if (!benchmarking()) stage.setOnHidden(e -> state.save(stage, lab));
        stage.show();
        boolean layoutBench = benchmarking() && getParameters().getRaw().contains(UiBenchmark.LAYOUT);
        if (benchmarking() && !layoutBench) {
            UiBenchmark.run(lab);
            return;
        }
        if (!state.restoreLab(lab)) {
            lab.landscape().entries().stream().filter(e -> e.landscape().id().equals(DEFAULT_LANDSCAPE)).findFirst()
                    .ifPresent(lab.landscape().selectedProperty()::set);
            lab.addDefaultOptimizers();
        }
        fileArgument().ifPresentOrElse(main::openPath, main::showStartPage);
        if (layoutBench) UiBenchmark.printPlotBox(stage, main);
    }

    /** A .json file given on the command line, to open once the window shows. */
    private java.util.Optional<java.nio.file.Path> fileArgument() {
        if (getParameters() == null) return java.util.Optional.empty();
        return getParameters().getRaw().stream().filter(a -> a.endsWith(".json")).findFirst().map(java.nio.file.Path::of);
    }

    /** Started as {@code --bench-ui}; tests construct the app directly, without parameters. */
    private boolean benchmarking() {
        return getParameters() != null && getParameters().getRaw().contains(UiBenchmark.FLAG);
    }

    /** Controllers get the lab's state through their constructors. */
    private Object controller(Class<?> type) {
        if (type == MainController.class) {
            return new MainController(lab, transformer, mlp, new ScenarioViewModel(lab, transformer, mlp),
                    Preferences.userRoot().node(PREFS_NODE));
        }
        if (type == LandscapePanelController.class) return new LandscapePanelController(lab.landscape(), lab.locks().landscapeProperty());
        if (type == ViewPanelController.class) {
            return new ViewPanelController(lab.landscape(), lab.gradientArrowsProperty(), lab.momentumArrowsProperty(), lab.updateArrowsProperty());
        }
        if (type == OptimizerPanelController.class) return new OptimizerPanelController(lab.race(), lab.locks().optimizersProperty());
        if (type == NoisePanelController.class) return new NoisePanelController(lab.race(), lab.locks().noiseProperty(), lab.locks().startProperty());
        if (type == PlaybackBarController.class) return new PlaybackBarController(lab.playback());
        if (type == ChartsPanelController.class) return new ChartsPanelController(lab.race(), lab.playback());
        if (type == EnsemblePanelController.class) {
            return new EnsemblePanelController(lab.ensemble(), lab.landscape(), lab.locks().startProperty(), lab::setStart, lab::runEnsemble,
                    lab::runSweep);
        }
        if (type == org.landscapelab.ui.network.TransformerPanelController.class) {
            return new org.landscapelab.ui.network.TransformerPanelController(transformer);
        }
        if (type == org.landscapelab.ui.network.MlpPanelController.class) return new org.landscapelab.ui.network.MlpPanelController(mlp);
        throw new IllegalArgumentException("no controller factory for " + type.getName());
    }

    /** The lab's state, for tests that drive the window. */
    LabViewModel lab() {
        return lab;
    }

    org.landscapelab.ui.network.TransformerLabModel transformer() {
        return transformer;
    }

    org.landscapelab.ui.network.MlpLabModel mlp() {
        return mlp;
    }

    MainController mainController() {
        return main;
    }

    @Override
    public void stop() {
        background.shutdownNow();
    }
}
