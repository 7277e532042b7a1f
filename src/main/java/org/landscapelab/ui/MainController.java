package org.landscapelab.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.landscapelab.io.FileKind;
import org.landscapelab.io.ManifestFormat;
import org.landscapelab.io.Scenario;
import org.landscapelab.io.ScenarioFileException;
import org.landscapelab.io.ScenarioFormat;
import org.landscapelab.io.ScenarioLibrary;
import org.landscapelab.io.SessionFormat;
import org.landscapelab.ui.files.FileActions;
import org.landscapelab.ui.files.Folders;
import org.landscapelab.ui.files.ManifestMapper;
import org.landscapelab.ui.files.SessionMapper;
import org.landscapelab.ui.fx.Dialogs;
import org.landscapelab.ui.lab.LabOverlays;
import org.landscapelab.ui.lab.LabViewModel;
import org.landscapelab.ui.landscape.LandscapeCanvas;
import org.landscapelab.ui.landscape.LandscapeLibrary;
import org.landscapelab.ui.scenario.ScenarioBanner;
import org.landscapelab.ui.scenario.ScenarioBrowser;
import org.landscapelab.ui.scenario.ScenarioViewModel;
import org.landscapelab.ui.three.SurfaceTab;

/**
 * The window's shell: assembles the panels, menus, keyboard shortcuts, the landscape canvas with its
 * overlays and the status bar; the state lives in the view models.
 */
public final class MainController {
    /**
     * Below this window width the left panel, the figure with a plot box of 700 px and the charts do
     * not fit side by side (left 360 + fold buttons and view tabs 54 + plot 700 with its axes, colourbar
     * and legend 280 + charts 340 ≈ 1740): a scenario's Run then folds the left panel away while the
     * scenario is open (its controls are mostly locked); F7 brings it back.
     */
    static final double ROOM_FOR_BOTH_PANELS = 1740;
    /** Preference: show the scenario browser at start. */
    static final String SCENARIOS_AT_START = "scenarios.atStart";
    private final LabViewModel lab;
    private final org.landscapelab.ui.network.TransformerLabModel transformer;
    private final org.landscapelab.ui.network.MlpLabModel mlp;
    private final LabOverlays overlays = new LabOverlays();
    private final FileActions files;
    private LandscapeCanvas canvas;
    /** The session file last opened or saved: where Save writes. */
    private Path sessionFile;
    /** Whether the scenario browser greets the user at start (a preference). */
    private final BooleanProperty scenariosAtStart;
    private final ScenarioViewModel scenarios;
    /** Loads a panel's FXML with the lab's controllers. */
    private final java.util.function.Function<String, javafx.scene.Parent> loadPanel;
    private final ScenarioBanner banner = new ScenarioBanner(this::runScenario, this::unlockScenario, this::closeScenario);
    /** Which panels the user has folded away, remembered across starts. */
    private final WindowState panels;
    /** Network ▸ Landscape from the …: slices of the panels' networks, opened in the Landscapes tab. */
    private final org.landscapelab.ui.slice.SliceViewModel slices;

    @FXML private StackPane canvasHolder;
    @FXML private Tab landscapeLab;
    @FXML private Tab scenariosTab;
    @FXML private Tab transformerLab;
    @FXML private Tab batchNormLab;
    @FXML private Tab experimentsLab;
    @FXML private Tab ensembleTab;
    @FXML private VBox top;
    @FXML private javafx.scene.control.TabPane labs;
    @FXML private javafx.scene.control.Menu recentMenu;
    @FXML private javafx.scene.control.MenuItem runScenarioItem;
    @FXML private javafx.scene.control.CheckMenuItem presenterItem;
    @FXML private javafx.scene.control.CheckMenuItem contrastItem;
    @FXML private javafx.scene.control.CheckMenuItem chartsItem;
    @FXML private javafx.scene.control.CheckMenuItem leftItem;
    @FXML private javafx.scene.control.CheckMenuItem focusItem;
    @FXML private javafx.scene.control.ScrollPane leftPanel;
    @FXML private javafx.scene.control.Button leftToggle;
    @FXML private javafx.scene.control.Button rightToggle;
    @FXML private Tab chartsTab;
    @FXML private javafx.scene.layout.HBox statusBar;
    @FXML private javafx.scene.control.TabPane sidePanels;
    @FXML private Tab surfaceTab;
    @FXML private javafx.scene.control.TabPane views;
    @FXML private Label readout;
    @FXML private Label message;
    @FXML private javafx.scene.control.ProgressBar busy;

    public MainController(LabViewModel lab, org.landscapelab.ui.network.TransformerLabModel transformer,
                          org.landscapelab.ui.network.MlpLabModel mlp, ScenarioViewModel scenarios, Preferences prefs,
                          java.util.function.Function<String, javafx.scene.Parent> loadPanel) {
        this.lab = lab;
        this.loadPanel = loadPanel;
        this.transformer = transformer;
        this.mlp = mlp;
        this.scenarios = scenarios;
        this.scenariosAtStart = new SimpleBooleanProperty(prefs.getBoolean(SCENARIOS_AT_START, true));
        scenariosAtStart.addListener((obs, old, show) -> prefs.putBoolean(SCENARIOS_AT_START, show));
        this.panels = new WindowState(prefs);
        this.files = new FileActions(() -> canvasHolder.getScene().getWindow(), lab, new Folders(prefs), lab.background(),
                m -> lab.landscape().messageProperty().set(m),
                (header, detail) -> Dialogs.error(canvasHolder.getScene().getWindow(), header, detail));
        // A slice takes seconds to minutes: a thread of its own, so the figures' background work goes on.
        this.slices = new org.landscapelab.ui.slice.SliceViewModel(task -> {
            Thread t = new Thread(task, "network-slice");
            t.setDaemon(true);
            t.start();
        }, javafx.application.Platform::runLater, Runtime.getRuntime().availableProcessors(), result -> {
            org.landscapelab.ui.slice.SliceViewModel.openingIn(lab).accept(result);
            labs.getSelectionModel().select(landscapeLab);
        });
    }

    @FXML
    private void initialize() {
        fillOnFirstView(transformerLab, "network/TransformerPanel.fxml");
        fillOnFirstView(batchNormLab, "network/MlpPanel.fxml");
        fillOnFirstView(experimentsLab, "experiments/ExperimentsPanel.fxml");
        canvas = new LandscapeCanvas(lab.landscape());
        canvasHolder.getChildren().add(canvas);
        canvas.setOnStart(lab::setStart);
        canvas.setOverlays(t -> overlays.at(lab, t));
        canvas.setOnLegendPath(lab::togglePath);
        for (javafx.beans.Observable o : java.util.List.<javafx.beans.Observable>of(lab.race().raceProperty(),
                lab.playback().stepProperty(), lab.gradientArrowsProperty(), lab.momentumArrowsProperty(),
                lab.updateArrowsProperty(), lab.ensemble().resultProperty(), lab.ensemble().shownProperty(),
                lab.ensemble().densityProperty(), lab.hiddenPaths(), lab.trainingPathProperty())) {
            o.addListener(x -> canvas.redrawOverlays());
        }
        surfaceTab.setContent(SurfaceTab.create(lab, surfaceTab));
        top.getChildren().add(banner);
        banner.textShownProperty().set(panels.shown(WindowState.Panel.BANNER_TEXT));
        banner.textShownProperty().addListener((obs, old, shown) -> panels.setShown(WindowState.Panel.BANNER_TEXT, shown));
        leftItem.setSelected(panels.shown(WindowState.Panel.LEFT));
        chartsItem.setSelected(panels.shown(WindowState.Panel.RIGHT));
        applyPanels();
        scenariosTab.setContent(new ScenarioBrowser(ScenarioLibrary.bundled(), e -> openScenario(e.scenario(), e.file()), this::open,
                scenariosAtStart));
        readout.textProperty().bind(lab.landscape().readoutProperty());
        message.textProperty().bind(Bindings.createStringBinding(
                () -> !lab.race().messageProperty().get().isEmpty() ? lab.race().messageProperty().get()
                        : !lab.ensemble().messageProperty().get().isEmpty() && lab.ensemble().runningProperty().get()
                        ? lab.ensemble().messageProperty().get() : lab.landscape().messageProperty().get(),
                lab.race().messageProperty(), lab.ensemble().messageProperty(), lab.ensemble().runningProperty(),
                lab.landscape().messageProperty()));
        // The network panels show their own status; the bar's message belongs to the landscape lab.
        message.visibleProperty().bind(landscapeLab.selectedProperty());
        busy.visibleProperty().bind(lab.landscape().busyProperty().or(lab.ensemble().runningProperty()));
        recentMenu.setOnShowing(e -> fillRecent());
        fillRecent();
        canvasHolder.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) return;
            installShortcuts(scene);
            org.landscapelab.ui.charts.ChartMenus.register(scene, files::exportChart);
        });
    }

    /** Space, arrows, Home, End and N drive the time line, except while typing in a field. */
    private void installShortcuts(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && focusItem.isSelected()) {
                focusItem.setSelected(false);
                applyPanels();
                e.consume();
                return;
            }
            if (!landscapeLab.isSelected() || e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) return;
            boolean handled = true;
            switch (e.getCode()) {
                case SPACE -> lab.playback().togglePlay();
                case RIGHT -> lab.playback().stepForward();
                case LEFT -> lab.playback().stepBack();
                case HOME -> lab.playback().reset();
                case END -> lab.playback().end();
                case N -> lab.race().newSeed();
                default -> handled = false;
            }
            if (handled) e.consume();
        });
    }

    LandscapeCanvas canvas() {
        return canvas;
    }

    /** Focus mode on or off, as F6 does. */
    void setFocusMode(boolean on) {
        focusItem.setSelected(on);
        applyPanels();
    }

    /** Shows the landscape lab, unless a scenario has chosen another. */
    void showLandscapeLab() {
        if (scenarios.scenarioProperty().get() == null) labs.getSelectionModel().select(landscapeLab);
    }

    /** Whether the landscape is still being computed. */
    boolean busy() {
        return lab.landscape().busyProperty().get();
    }

    /** One Open for every kind of file the lab writes: it tells them apart by their "format". */
    @FXML
    private void open() {
        Path file = files.chooseOpen("open", "Open a session, landscape, manifest or scenario",
                new FileChooser.ExtensionFilter("Landscape Lab files (*.json)", "*.json"));
        if (file != null) openPath(file);
    }

    /** Shows the scenario browser at start, unless the user has turned that off. */
    void showStartPage() {
        labs.getSelectionModel().select(scenariosAtStart.get() ? scenariosTab : landscapeLab);
    }

    /** Opens a file; a file that cannot be used changes nothing and says why. */
    void openPath(Path file) {
        Window w = canvasHolder.getScene().getWindow();
        try {
            FileKind kind = FileKind.of(file);
            if (kind != FileKind.SCENARIO) closeScenario();
            switch (kind) {
                case SESSION -> {
                    List<String> problems = SessionMapper.apply(new SessionFormat().load(file), lab, transformer, mlp);
                    sessionFile = file;
                    lab.landscape().messageProperty().set("Opened the session " + file.getFileName()
                            + (problems.isEmpty() ? "" : "; not restored: " + String.join("; ", problems)));
                }
                case LANDSCAPE -> lab.landscape().open(LandscapeLibrary.open(file));
                case MANIFEST -> {
                    List<String> notes = ManifestMapper.apply(new ManifestFormat().load(file), lab);
                    lab.landscape().messageProperty().set("Opened the manifest " + file.getFileName()
                            + ": the runs are reproduced" + (notes.isEmpty() ? "" : "; " + String.join("; ", notes)));
                }
                case SCENARIO -> {
                    if (!openScenario(new ScenarioFormat().load(file), file.getFileName().toString())) return;
                }
            }
            files.folders().addRecent(file);
        } catch (org.landscapelab.landscape.BadFileException e) {
            Dialogs.error(w, "This file cannot be opened", e.getMessage());
        } catch (IOException e) {
            files.folders().removeRecent(file);
            Dialogs.error(w, "This file cannot be opened", e.getMessage());
        }
    }

    /** Sets the lab up for a scenario and shows its banner; false (with a message) if it does not fit this lab. */
    boolean openScenario(Scenario s, String file) {
        List<String> notes;
        try {
            notes = scenarios.open(s, file);
        } catch (ScenarioFileException e) {
            Dialogs.error(canvasHolder.getScene().getWindow(), "This scenario cannot be opened", e.getMessage());
            return false;
        }
        runScenarioItem.setDisable(false);
        banner.show(s);
        labs.getSelectionModel().select(switch (s.lab()) {
            case LANDSCAPES -> landscapeLab;
            case TRANSFORMER -> transformerLab;
            case BATCH_NORM -> batchNormLab;
            case EXPERIMENTS -> experimentsLab;
        });
        // "Predict, then run": the charts would give the answer away.
        if (s.question().isPresent() && s.lab() == Scenario.Lab.LANDSCAPES) setChartsShown(false);
        if (!notes.isEmpty()) {
            Dialogs.info(canvasHolder.getScene().getWindow(), "The scenario opened with changes", file + ":\n" + String.join("\n", notes));
        }
        return true;
    }

    /**
     * Builds a tab's panel when the tab is first selected: a network panel styles dozens of controls
     * and draws its charts, which at start-up held up the frames of the tab in view.
     */
    private void fillOnFirstView(Tab tab, String fxml) {
        if (tab.isSelected()) {
            tab.setContent(loadPanel.apply(fxml));
            return;
        }
        tab.selectedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean selected) {
                if (!selected) return;
                tab.selectedProperty().removeListener(this);
                tab.setContent(loadPanel.apply(fxml));
            }
        });
    }

    /** Ctrl+R: the banner's Run. */
    @FXML
    private void runScenarioFromMenu() {
        banner.run();
    }

    /**
     * The banner's Run: the charts come back (even in presenter mode: the answer is on them) with the
     * tab the scenario asks about in front, the run charts for a race, the ensemble panel for an
     * ensemble or a sweep (which scrolls to its chart when the result comes).
     */
    private void runScenario() {
        Scenario scenario = scenarios.scenarioProperty().get();
        if (scenario == null) return;
        if (scenario.lab() == Scenario.Lab.LANDSCAPES) {
            foldLeftForTheFigure("The left panel is folded away");
            setChartsShown(true);
            boolean ensemble = scenario.action() == Scenario.Action.ENSEMBLE || scenario.action() == Scenario.Action.SWEEP;
            sidePanels.getSelectionModel().select(ensemble ? ensembleTab : chartsTab);
        }
        scenarios.run();
    }

    private void unlockScenario() {
        scenarios.unlock();
    }

    /** Closes the banner and unlocks everything; the lab stays as the scenario left it. */
    private void closeScenario() {
        if (scenarios.scenarioProperty().get() == null) return;
        scenarios.close();
        runScenarioItem.setDisable(true);
        banner.hide();
        leftItem.setSelected(panels.shown(WindowState.Panel.LEFT));
        if (!presenterItem.isSelected()) setChartsShown(panels.shown(WindowState.Panel.RIGHT));
        else applyPanels();
    }

    /** Shows or hides the right panel for a while (a scenario, presenter mode) without changing what the user chose. */
    private void setChartsShown(boolean shown) {
        chartsItem.setSelected(shown);
        applyPanels();
    }

    @FXML
    private void save() {
        if (sessionFile == null) saveAs();
        else saveSession(sessionFile);
    }

    @FXML
    private void saveAs() {
        Path file = files.chooseSave("session", "Save the session", sessionName(),
                new FileChooser.ExtensionFilter("Landscape Lab sessions (*.json)", "*.json"));
        if (file != null) saveSession(file);
    }

    void saveSession(Path file) {
        if (lab.landscape().landscape() == null) return;
        try {
            new SessionFormat().save(file, SessionMapper.capture(lab, transformer, mlp, labs.getSelectionModel().getSelectedItem().getText()));
            sessionFile = file;
            files.folders().addRecent(file);
            org.landscapelab.landscape.Landscape shown = lab.landscape().landscape();
            lab.landscape().messageProperty().set("Saved the session to " + file + (shown.hasExpression() ? ""
                    : " without its landscape: " + org.landscapelab.landscape.LandscapeFormat.notStored(shown) + "; the rest is saved"));
        } catch (IOException | RuntimeException e) {
            Dialogs.error(canvasHolder.getScene().getWindow(), "The session was not saved",
                    e.getMessage() + "\nNothing was lost: an existing file is left as it was.");
        }
    }

    private String sessionName() {
        return sessionFile != null ? sessionFile.getFileName().toString()
                : (lab.landscape().landscape() == null ? "session" : lab.landscape().landscape().id()) + "-session.json";
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path p : files.folders().recent()) {
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(p.getFileName() + "   (" + p.getParent() + ")");
            item.setMnemonicParsing(false);
            item.setOnAction(e -> openPath(p));
            recentMenu.getItems().add(item);
        }
        if (recentMenu.getItems().isEmpty()) {
            javafx.scene.control.MenuItem none = new javafx.scene.control.MenuItem("(none yet)");
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
    }

    @FXML
    private void exportFigure() {
        files.exportFigure();
    }

    @FXML
    private void exportRaceAnimation() {
        files.exportRaceAnimation();
    }

    @FXML
    private void exportEnsembleAnimation() {
        files.exportEnsembleAnimation();
    }

    @FXML
    private void export3D() {
        views.getSelectionModel().select(surfaceTab);
        files.exportSnapshot(surfaceTab.getContent(), "3d");
    }

    @FXML
    private void exportTrajectories() {
        files.exportTrajectories();
    }

    @FXML
    private void exportEnsemble() {
        files.exportEnsemble();
    }

    @FXML
    private void resetView() {
        lab.landscape().resetView();
    }

    @FXML
    private void quit() {
        canvasHolder.getScene().getWindow().hide();
    }

    @FXML
    private void togglePlay() {
        lab.playback().togglePlay();
    }

    @FXML
    private void stepForward() {
        lab.playback().stepForward();
    }

    @FXML
    private void stepBack() {
        lab.playback().stepBack();
    }

    @FXML
    private void resetPlayback() {
        lab.playback().reset();
    }

    @FXML
    private void endPlayback() {
        lab.playback().end();
    }

    /** Projector settings: larger text everywhere (CSS) and larger markers and thicker lines in the figure. */
    @FXML
    private void togglePresenter() {
        boolean on = presenterItem.isSelected();
        Presentation.setPresenter(canvasHolder.getScene(), lab, on);
        // On a projector the landscape needs the room more than the charts do, and below the room for
        // both panels more than the left panel's presenter-size text does: both fold for the while
        // (F7 and F8 bring them back), and presenter mode's end brings back what the user chose.
        if (on) foldLeftForTheFigure("Presenter mode folds the left panel away");
        else leftItem.setSelected(panels.shown(WindowState.Panel.LEFT));
        setChartsShown(!on && panels.shown(WindowState.Panel.RIGHT));
    }

    /**
     * Below {@link #ROOM_FOR_BOTH_PANELS} folds the left panel for the while (not what the user chose,
     * which F7 and closing the scenario or presenter mode bring back) and says so: "{@code what} to
     * leave the figure its room; F7 brings it back".
     */
    private void foldLeftForTheFigure(String what) {
        if (!leftItem.isSelected() || canvasHolder.getScene().getWidth() >= ROOM_FOR_BOTH_PANELS) return;
        leftItem.setSelected(false);
        lab.landscape().messageProperty().set(what + " to leave the figure its room; F7 brings it back");
    }

    /** F7, the View menu: the user folds the left panel away or brings it back, and the lab remembers. */
    @FXML
    private void toggleLeft() {
        panels.setShown(WindowState.Panel.LEFT, leftItem.isSelected());
        applyPanels();
    }

    /** F8, the View menu: the same for the right panel (charts, ensemble). */
    @FXML
    private void toggleRight() {
        panels.setShown(WindowState.Panel.RIGHT, chartsItem.isSelected());
        applyPanels();
    }

    @FXML
    private void toggleLeftButton() {
        leftItem.setSelected(!leftItem.isSelected());
        toggleLeft();
    }

    @FXML
    private void toggleRightButton() {
        chartsItem.setSelected(!chartsItem.isSelected());
        toggleRight();
    }

    /** F6: only the figure, the playback bar and the legend; F6 or Esc brings the rest back. */
    @FXML
    private void toggleFocus() {
        applyPanels();
    }

    /** Shows what the menu's check items say; the fold buttons point where their panel goes. */
    private void applyPanels() {
        boolean focus = focusItem.isSelected();
        shown(leftPanel, leftItem.isSelected() && !focus);
        shown(sidePanels, chartsItem.isSelected() && !focus);
        for (javafx.scene.Node chrome : List.of(leftToggle, rightToggle, top, statusBar)) shown(chrome, !focus);
        leftToggle.setText(leftItem.isSelected() ? "\u25C0" : "\u25B6");
        rightToggle.setText(chartsItem.isSelected() ? "\u25B6" : "\u25C0");
        leftToggle.setTooltip(new javafx.scene.control.Tooltip((leftItem.isSelected() ? "Fold away" : "Bring back") + " the left panel (F7)"));
        rightToggle.setTooltip(new javafx.scene.control.Tooltip((chartsItem.isSelected() ? "Fold away" : "Bring back") + " the charts panel (F8)"));
        for (javafx.scene.control.TabPane tabs : List.of(labs, views)) {
            tabs.getStyleClass().remove("focus-mode");
            if (focus) tabs.getStyleClass().add("focus-mode");
        }
    }

    private static void shown(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    @FXML
    private void toggleContrast() {
        Presentation.setHighContrast(canvasHolder.getScene(), lab, contrastItem.isSelected());
    }

    @FXML
    private void toggleFullScreen() {
        javafx.stage.Stage stage = (javafx.stage.Stage) canvasHolder.getScene().getWindow();
        stage.setFullScreen(!stage.isFullScreen());
    }

    @FXML
    private void showHelp() {
        HelpWindow.show(canvasHolder.getScene().getWindow());
    }

    @FXML
    private void showAbout() {
        Dialogs.info(canvasHolder.getScene().getWindow(), "Landscape Lab " + Version.current(),
                "An interactive lab for stochastic optimization on 2D landscapes and for the signal propagation "
                        + "of small networks. The command line (java -jar landscape-lab.jar --help) gives the same numbers "
                        + "headless.");
    }

    @FXML
    private void sliceTransformer() {
        showSliceDialog("Transformer", transformer);
    }

    @FXML
    private void sliceBatchNorm() {
        showSliceDialog("Batch-norm network", mlp);
    }

    /**
     * The panel's network: after a training run the run's settings and seed (the panel's may have
     * changed since), its trajectory and its current step; before one, the panel's at initialization.
     */
    private void showSliceDialog(String name, org.landscapelab.ui.network.NetworkLabModel panel) {
        var trained = panel.trainedNetwork();
        org.landscapelab.ui.slice.SliceRequest.Centre current = panel.currentParameters()
                .map(theta -> org.landscapelab.ui.slice.SliceRequest.Centre.atStep(panel.currentStep(), theta))
                .orElse(org.landscapelab.ui.slice.SliceRequest.Centre.INITIALIZATION);
        org.landscapelab.ui.slice.SliceDialog.show(canvasHolder.getScene().getWindow(), slices, name,
                trained.map(t -> t.settings()).orElse(panel.networkSettings()), trained.map(t -> t.seed()).orElse(panel.seedProperty().get()),
                panel.trainingTrajectory(), current, Runtime.getRuntime().availableProcessors(), lab.background());
    }

    @FXML
    private void newSeed() {
        lab.race().newSeed();
    }

}
