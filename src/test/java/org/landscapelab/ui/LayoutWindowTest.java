package org.landscapelab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.landscapelab.io.ScenarioLibrary;
import org.landscapelab.ui.lab.LabViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The figure first at a projector's 1280×720: the plot box's size, folding panels, focus mode, what panels show, the help page. */
@ExtendWith(ApplicationExtension.class)
class LayoutWindowTest {
    private App app;
    private LabViewModel lab;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        FreshPrefs.landscapesAtStart();
        this.stage = stage;
        app = new App();
        app.start(stage);
        lab = app.lab();
        stage.setMaximized(false);
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    @Test
    void withScenario01OpenThePlotBoxIsAtLeast480AndInFocusMode560(FxRobot robot) throws Exception {
        openScenario01(robot);
        waitForPlotBox(480);
        assertThat(shorterSide()).as("plot box at 1280×720 with the banner and both panels' room").isGreaterThanOrEqualTo(480);

        robot.press(KeyCode.F6).release(KeyCode.F6);
        waitForPlotBox(560);
        assertThat(shorterSide()).as("plot box in focus mode").isGreaterThanOrEqualTo(560);
        assertThat(visible("#leftPanel")).isFalse();
        assertThat(visible(".status-bar")).isFalse();
        assertThat(visible(".playback-bar")).isTrue();

        // Esc leaves focus mode; the panels are back.
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible("#leftPanel")).isTrue();
        assertThat(visible(".status-bar")).isTrue();

        // After Run the charts come back, and the figure keeps its room: the left panel folds away.
        robot.clickOn("#scenarioRun");
        waitFor(() -> visible(".side-panels"));
        waitForPlotBox(480);
        assertThat(visible("#leftPanel")).isFalse();
        assertThat(shorterSide()).as("plot box after Run, beside the charts").isGreaterThanOrEqualTo(480);
        robot.clickOn("#scenarioClose");
        assertThat(visible("#leftPanel")).isTrue();
    }

    @Test
    void panelsFoldByKeyAndTheLabRemembers(FxRobot robot) throws Exception {
        waitFor(() -> app.mainController().canvas().plotBox() != null);
        assertThat(visible("#leftPanel")).isTrue();
        assertThat(visible(".side-panels")).isTrue();
        robot.press(KeyCode.F7).release(KeyCode.F7);
        robot.press(KeyCode.F8).release(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible("#leftPanel")).isFalse();
        assertThat(visible(".side-panels")).isFalse();

        // A new window (the lab started again) opens with the panels folded away.
        Stage[] second = new Stage[1];
        App[] again = new App[1];
        robot.interact(() -> {
            second[0] = new Stage();
            again[0] = new App();
            again[0].start(second[0]);
        });
        Node root = second[0].getScene().getRoot();
        assertThat(root.lookup("#leftPanel").isVisible()).isFalse();
        assertThat(root.lookup(".side-panels").isVisible()).isFalse();
        robot.interact(second[0]::close);

        // The fold buttons bring them back, and that is remembered too.
        robot.clickOn(".panel-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible("#leftPanel")).isTrue();
        assertThat(visible(".side-panels")).isFalse();
        assertThat(new WindowState(java.util.prefs.Preferences.userRoot().node(App.PREFS_NODE)).shown(WindowState.Panel.LEFT)).isTrue();
    }

    @Test
    void theEnsemblePanelShowsNoEmptyChartFrameBeforeThereIsData(FxRobot robot) throws Exception {
        waitFor(() -> lab.race().raceProperty().get() != null);
        assertThat(robot.lookup(".chart-placeholder").queryAll()).hasSize(2);
        assertThat(charts(robot)).isZero();
        robot.interact(() -> {
            lab.ensemble().particlesProperty().set(50);
            lab.runEnsemble();
        });
        waitFor(() -> lab.ensemble().resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        // The histogram took its placeholder's place; the sweep's placeholder waits for a sweep.
        assertThat(robot.lookup(".chart-placeholder").queryAll()).hasSize(1);
        assertThat(charts(robot)).isEqualTo(1);
    }

    private static int charts(FxRobot robot) {
        return robot.from(robot.lookup(".ensemble-panel").queryParent())
                .lookup((Node n) -> n instanceof org.jfree.chart.fx.ChartViewer).queryAll().size();
    }

    @Test
    void escClosesTheHelpPage(FxRobot robot) throws Exception {
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Stage help = helpWindow();
        assertThat(help).isNotNull();
        assertThat(help.getHeight()).isLessThanOrEqualTo(javafx.stage.Screen.getPrimary().getVisualBounds().getHeight());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(helpWindow()).isNull();
    }

    @Test
    void presenterModeAndHighContrastReachTheScaleTheChartsRead(FxRobot robot) throws Exception {
        waitFor(() -> app.mainController().canvas().plotBox() != null);
        javafx.beans.value.ObservableDoubleValue scale = Presentation.scale(lab);
        javafx.beans.value.ObservableBooleanValue contrast = Presentation.highContrast(lab);
        assertThat(scale.get()).isEqualTo(1.0);
        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scale.get()).isEqualTo(Presentation.PRESENTER_SCALE);
        assertThat(stage.getScene().getRoot().getStyleClass()).contains("presenter");
        // At 1280 wide presenter mode leaves the figure the width: both panels fold for the while.
        assertThat(visible("#leftPanel")).isFalse();
        assertThat(visible("#sidePanels")).isFalse();
        // With the left panel it was about 325 px; text at 1.7× (title, axes, menu, tabs, playback bar) takes the rest of 480.
        waitForPlotBox(400);
        assertThat(shorterSide()).as("plot box in presenter mode at 1280×720").isGreaterThanOrEqualTo(400);
        assertThat(contrast.get()).isFalse();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H).release(KeyCode.H, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(contrast.get()).isTrue();
        // The step counter keeps its whole text at presenter size.
        javafx.scene.control.Label step = (javafx.scene.control.Label) stage.getScene().getRoot().lookup("#stepLabel");
        robot.interact(() -> step.setText("step 2000 / 2000"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(step.getWidth()).isGreaterThanOrEqualTo(step.prefWidth(-1) - 0.5);
        // Presenter mode's end brings back the panel the user had not folded.
        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible("#leftPanel")).isTrue();
    }

    private static Stage helpWindow() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && w.isShowing() && s.getTitle().contains("optimizers and noise"))
                .map(w -> (Stage) w).findFirst().orElse(null);
    }

    private void openScenario01(FxRobot robot) throws TimeoutException {
        ScenarioLibrary.Entry e = ScenarioLibrary.bundled().entries().stream()
                .filter(x -> x.file().startsWith("01-")).findFirst().orElseThrow();
        robot.interact(() -> app.mainController().openScenario(e.scenario(), e.file()));
        waitFor(() -> lab.landscape().landscape() != null && lab.landscape().landscape().id().equals("double_well"));
    }

    /** Waits until the plot box has its final size (the figure comes after the scenario and the layout). */
    private void waitForPlotBox(double atLeast) throws TimeoutException {
        try {
            waitFor(() -> shorterSide() >= atLeast);
        } catch (TimeoutException e) {
            // let the assertion report the size it is
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private double shorterSide() {
        Rectangle2D box = app.mainController().canvas().plotBox();
        return box == null ? 0 : Math.min(box.getWidth(), box.getHeight());
    }

    private boolean visible(String selector) {
        Node n = stage.getScene().getRoot().lookup(selector);
        if (n == null || !n.isManaged()) return false;
        for (Node p = n; p != null; p = p.getParent()) if (!p.isVisible()) return false;
        return true;
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
