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
    /** Platform::runLater, holding what background work publishes until the lab's scene shows. */
    private final HeldExecutor fxThread = new HeldExecutor(Platform::runLater);
    private LabViewModel lab;
    private org.landscapelab.ui.network.TransformerLabModel transformer;
    private org.landscapelab.ui.network.MlpLabModel mlp;
    private org.landscapelab.ui.experiments.ExperimentsViewModel experiments;
    private MainController main;
    private ScenarioViewModel scenarios;

    @Override
    public void start(Stage stage) {
        String bench = benchmarking() ? UiBenchmark.mode(getParameters().getRaw()) : null;
        if (StartupBenchmark.MINIMAL.equals(bench)) {
            StartupBenchmark.minimal(stage);
            return;
        }
        WindowState state = new WindowState(Preferences.userRoot().node(PREFS_NODE));
        stage.setTitle("Landscape Lab");
        stage.getIcons().add(new Image(App.class.getResource("/assets/icons/landscape-lab.png").toExternalForm()));
        if (getParameters() == null) {
            // Tests construct the app directly and look at the lab as soon as start returns.
            fxThread.release();
            Scene scene = build(-1, -1, state, null);
            state.restoreWindow(stage);
            show(stage, state, scene, null);
            return;
        }
        // The window shows at once with a placeholder; the lab (models, panels, styles, first layout)
        // is built on a background thread, off-screen, and replaces it in one step.
        state.restoreWindow(stage);
        Scene opening = OpeningScene.create(stage.getWidth(), stage.getHeight());
        stage.setScene(opening);
        if (StartupBenchmark.LAB.equals(bench)) StartupBenchmark.lab(opening, stage.sceneProperty());
        stage.show();
        double w = opening.getWidth();
        double h = opening.getHeight();
        background.execute(() -> {
            try {
                Scene scene = build(w, h, state, bench);
                // Closed while it was opening: stays closed.
                Platform.runLater(() -> {
                    if (stage.isShowing()) show(stage, state, scene, bench);
                });
            } catch (RuntimeException | Error e) {
                Platform.runLater(() -> {
                    throw e;
                });
            }
        });
    }

    /**
     * The lab's models and its scene at the window's size: on a background thread when launched
     * (nodes that are in no showing window may be built on any thread; styling them may not, the
     * menu bar's skin asks the platform), so results of background work meant for the FX thread are
     * held until the scene shows.
     */
    private Scene build(double width, double height, WindowState state, String bench) {
        lab = new LabViewModel(LandscapeLibrary.load(), background, fxThread);
        transformer = new org.landscapelab.ui.network.TransformerLabModel(background, fxThread);
        mlp = new org.landscapelab.ui.network.MlpLabModel(background, fxThread);
        experiments = new org.landscapelab.ui.experiments.ExperimentsViewModel(background, fxThread, Runtime.getRuntime().availableProcessors());
        FXMLLoader loader = new FXMLLoader(App.class.getResource("Main.fxml"));
        loader.setControllerFactory(this::controller);
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Main.fxml is missing or broken", e);
        }
        main = loader.getController();
        // The lab as the user left it and the tab it opens on, before styling: the optimizer cards and
        // the start page are styled and laid out off-screen too.
        if (!UiBenchmark.setsItsOwnLab(bench)) {
            restoreLab(state);
            if (fileArgument().isEmpty()) main.showStartPage();
        }
        Scene scene = new Scene(root, width > 0 ? width : -1, height > 0 ? height : -1);
        scene.getStylesheets().add(App.class.getResource("/assets/lab.css").toExternalForm());
        if (!Platform.isFxApplicationThread()) OffScreenStyling.styleAndLayOut(scene, width, height);
        return scene;
    }

    /** On the FX thread: the built lab goes into the window, which opens on what it showed last. */
    private void show(Stage stage, WindowState state, Scene scene, String bench) {
        stage.setScene(scene);
        fxThread.release();
        if (bench == null) stage.setOnHidden(e -> state.save(stage, lab));
        stage.show();
        boolean layoutBench = UiBenchmark.LAYOUT.equals(bench);
        if (InteractionBenchmark.MODE.equals(bench)) {
            InteractionBenchmark.run(lab, scene);
            return;
        }
        if (TrainingBenchmark.MODE.equals(bench)) {
            TrainingBenchmark.run(main, transformer);
            return;
        }
        if (SweepBenchmark.MODE.equals(bench)) {
            SweepBenchmark.run(main, scenarios, lab, transformer);
            return;
        }
        if (UiBenchmark.setsItsOwnLab(bench)) {
            UiBenchmark.run(lab);
            return;
        }
        fileArgument().ifPresent(main::openPath);
        if (layoutBench) UiBenchmark.printPlotBox(stage, main);
    }

    /** The lab as the user left it, or the default landscape and optimizers the first time. */
    private void restoreLab(WindowState state) {
        if (state.restoreLab(lab)) return;
        lab.landscape().entries().stream().filter(e -> e.landscape().id().equals(DEFAULT_LANDSCAPE)).findFirst()
                .ifPresent(lab.landscape().selectedProperty()::set);
        lab.addDefaultOptimizers();
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

    /** A panel's FXML (relative to this package) with the lab's controllers: for tabs built on first view. */
    private Parent loadPanel(String fxml) {
        FXMLLoader loader = new FXMLLoader(App.class.getResource(fxml));
        loader.setControllerFactory(this::controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(fxml + " is missing or broken", e);
        }
    }

    /** Controllers get the lab's state through their constructors. */
    private Object controller(Class<?> type) {
        if (type == MainController.class) {
            scenarios = new ScenarioViewModel(lab, transformer, mlp, experiments);
            return new MainController(lab, transformer, mlp, scenarios,
                    Preferences.userRoot().node(PREFS_NODE), this::loadPanel);
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
        if (type == org.landscapelab.ui.experiments.ExperimentsPanelController.class) {
            return new org.landscapelab.ui.experiments.ExperimentsPanelController(experiments);
        }
        throw new IllegalArgumentException("no controller factory for " + type.getName());
    }

    /** The lab's state, for tests that drive the window. */
    LabViewModel lab() {
        return lab;
    }

    org.landscapelab.ui.experiments.ExperimentsViewModel experiments() {
        return experiments;
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
