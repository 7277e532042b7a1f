package org.landscapelab.ui;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import org.landscapelab.landscape.LandscapeFileException;
import org.landscapelab.ui.lab.LabOverlays;
import org.landscapelab.ui.lab.LabViewModel;

/** The window's shell: menus, keyboard shortcuts, the landscape canvas with its overlays, the status bar. */
public final class MainController {
    private final LabViewModel lab;
    private final LabOverlays overlays = new LabOverlays();
    private LandscapeCanvas canvas;

    @FXML private StackPane canvasHolder;
    @FXML private Tab landscapeLab;
    @FXML private javafx.scene.control.CheckMenuItem presenterItem;
    @FXML private javafx.scene.control.CheckMenuItem contrastItem;
    @FXML private javafx.scene.control.CheckMenuItem chartsItem;
    @FXML private javafx.scene.control.TabPane sidePanels;
    @FXML private Tab surfaceTab;
    @FXML private Label readout;
    @FXML private Label message;
    @FXML private ProgressIndicator busy;

    public MainController(LabViewModel lab) {
        this.lab = lab;
    }

    @FXML
    private void initialize() {
        canvas = new LandscapeCanvas(lab.landscape());
        canvasHolder.getChildren().add(canvas);
        canvas.setOnStart(lab::setStart);
        canvas.setOverlays(t -> overlays.at(lab.race().raceProperty().get(), lab.playback().step(), lab.arrows(),
                lab.ensemble().shownProperty().get() ? lab.ensemble().resultProperty().get() : null,
                lab.ensemble().densityProperty().get(), t));
        for (javafx.beans.Observable o : java.util.List.<javafx.beans.Observable>of(lab.race().raceProperty(),
                lab.playback().stepProperty(), lab.gradientArrowsProperty(), lab.momentumArrowsProperty(),
                lab.updateArrowsProperty(), lab.ensemble().resultProperty(), lab.ensemble().shownProperty(),
                lab.ensemble().densityProperty())) {
            o.addListener(x -> canvas.redrawOverlays());
        }
        surfaceTab.setContent(SurfaceTab.create(lab, surfaceTab));
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
        canvasHolder.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) installShortcuts(scene);
        });
    }

    /** Space, arrows, Home, End and N drive the time line, except while typing in a field. */
    private void installShortcuts(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
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

    @FXML
    private void openFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a landscape file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Landscape files (*.json)", "*.json"));
        File file = chooser.showOpenDialog(canvasHolder.getScene().getWindow());
        if (file == null) return;
        try {
            lab.landscape().open(LandscapeLibrary.open(file.toPath()));
        } catch (LandscapeFileException e) {
            Dialogs.error(canvasHolder.getScene().getWindow(), "This landscape file cannot be used", e.getMessage());
        }
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
        Presentation.setPresenter(canvasHolder.getScene(), lab, presenterItem.isSelected());
        // On a projector the landscape needs the room more than the charts do.
        chartsItem.setSelected(!presenterItem.isSelected());
        toggleCharts();
    }

    @FXML
    private void toggleCharts() {
        sidePanels.setVisible(chartsItem.isSelected());
        sidePanels.setManaged(chartsItem.isSelected());
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
    private void newSeed() {
        lab.race().newSeed();
    }

}
