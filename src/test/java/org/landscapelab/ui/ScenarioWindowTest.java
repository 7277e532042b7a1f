package org.landscapelab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.landscapelab.io.Scenario;
import org.landscapelab.io.ScenarioLibrary;
import org.landscapelab.landscape.Point;
import org.landscapelab.nn.training.TrainingSnapshot;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.ui.fx.Numbers;
import org.landscapelab.ui.lab.LabViewModel;
import org.landscapelab.ui.landscape.ParameterSlider;
import org.landscapelab.ui.network.NetworkLabModel;
import org.landscapelab.ui.race.ColoredRace;
import org.landscapelab.ui.race.ColoredRun;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The scenario browser on the start page, opening a scenario, its banner, locks and Run; every shipped scenario runs. */
@ExtendWith(ApplicationExtension.class)
class ScenarioWindowTest {
    private App app;
    private LabViewModel lab;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        FreshPrefs.cleared();
        app = new App();
        app.start(stage);
        lab = app.lab();
    }

    @Test
    void theStartPageOpensAScenarioThatSetsUpLocksAndRunsTheLab(FxRobot robot) throws Exception {
        TabPane labs = robot.lookup(".labs").queryAs(TabPane.class);
        assertThat(labs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Scenarios");
        assertThat(robot.lookup(".scenario-card").queryAll()).hasSizeGreaterThanOrEqualTo(8);
        waitFor(() -> race() != null);

        robot.clickOn("#open-01-strict-saddle-pgd-vs-gd");
        assertThat(labs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Landscapes");
        waitFor(() -> race() != null && race().landscape().id().equals("double_well") && race().runs().size() == 2);
        assertThat(race().start()).isEqualTo(new Point(0, 1.5));
        assertThat(race().runs()).extracting(r -> r.spec().optimizer())
                .containsExactly(OptimizerSpec.parse("sgd lr=0.1"), OptimizerSpec.parse("pgd lr=0.1"));
        assertThat(lab.gradientArrowsProperty().get()).isTrue();
        // Predict, then run: the race waits at its start and the charts are hidden.
        assertThat(lab.playback().step()).isZero();
        assertThat(robot.lookup(".side-panels").query().isVisible()).isFalse();
        assertThat(robot.lookup(".scenario-banner").query().isVisible()).isTrue();
        assertThat(robot.lookup(".scenario-question").queryAs(Node.class).isVisible()).isTrue();
        assertThat(robot.lookup(".scenario-title").queryAs(Label.class).getText()).startsWith("Escaping a strict saddle");

        // Locked: the landscape picker, the optimizers and the start (clicks on the map included).
        assertThat(robot.lookup("#landscapePicker").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#addButton").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#startX").query().isDisabled()).isTrue();
        robot.interact(() -> lab.setStart(new Point(1, 1)));
        assertThat(lab.race().startProperty().get()).isEqualTo(new Point(0, 1.5));
        assertThat(lab.landscape().messageProperty().get()).contains("keeps the start point");

        robot.clickOn("#scenarioRun");
        waitFor(() -> lab.playback().step() >= 300);
        assertThat(robot.lookup(".side-panels").query().isVisible()).isTrue();
        // What the scenario teaches: GD stops at the saddle, PGD reaches a minimum (exact critical points).
        ColoredRun gd = race().runs().get(0);
        ColoredRun pgd = race().runs().get(1);
        assertThat(gd.trajectory().point(300).distanceTo(new Point(0, 0))).isLessThan(1e-6);
        assertThat(Math.abs(Math.abs(pgd.trajectory().x(300)) - 1)).isLessThan(1e-2);

        robot.clickOn("#scenarioUnlock");
        assertThat(robot.lookup("#landscapePicker").query().isDisabled()).isFalse();
        assertThat(robot.lookup("#startX").query().isDisabled()).isFalse();
        robot.clickOn("#scenarioClose");
        assertThat(robot.lookup(".scenario-banner").query().isVisible()).isFalse();
    }

    /** Every shipped scenario opens in the app without a note and runs its action for 100 steps. */
    @Test
    void everyShippedScenarioOpensAndRuns100Steps(FxRobot robot) throws Exception {
        waitFor(() -> race() != null);
        for (ScenarioLibrary.Entry e : ScenarioLibrary.bundled().entries()) {
            Scenario s = e.scenario();
            // A note on what was adjusted would come as a dialog, and wait for the user.
            javafx.application.Platform.runLater(() -> app.mainController().openScenario(s, e.file()));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(ShownDialog.find()).as(e.file()).isNull();
            assertThat(robot.lookup(".scenario-title").queryAs(Label.class).getText()).isEqualTo(s.title());
            if (s.lab() == Scenario.Lab.LANDSCAPES) runLandscapeScenario(robot, s, e.file());
            else if (s.lab() == Scenario.Lab.EXPERIMENTS) runExperimentScenario(robot, s, e.file());
            else runNetworkScenario(robot, s, e.file());
            robot.clickOn("#scenarioClose");
        }
    }

    private void runLandscapeScenario(FxRobot robot, Scenario s, String file) throws TimeoutException {
        robot.interact(() -> lab.race().stepsProperty().set(100));
        int optimizers = s.race().orElseThrow().optimizers().size();
        waitFor(() -> race() != null && race().runs().size() == optimizers && race().lastStep() <= 100
                && race().runs().get(0).spec().steps() == 100);
        assertThat(race().runs()).as(file).allSatisfy(r -> assertThat(r.ok()).as(r.label() + ": " + r.error()).isTrue());
        s.parameters().forEach((name, value) -> {
            // The landscape's sliders show the scenario's values, not the file's defaults.
            Node slider = robot.lookup(".parameter").match(n -> n instanceof ParameterSlider p && p.name().equals(name)).query();
            assertThat(((javafx.scene.control.Slider) slider.lookup(".slider")).getValue()).as(file + " " + name).isEqualTo(value);
            assertThat(lab.landscape().landscape().parameter(name).orElseThrow().value()).isEqualTo(value);
        });
        s.ensemble().ifPresent(settings -> {
            // The ensemble panel's controls show the scenario's settings, not the ones before it.
            assertThat(robot.lookup("#particlesSpinner").queryAs(javafx.scene.control.Spinner.class).getValue())
                    .as(file).isEqualTo(settings.particles());
            assertThat(robot.lookup("#radiusField").queryAs(javafx.scene.control.TextField.class).getText())
                    .as(file).isEqualTo(Numbers.format(settings.escapeRadius()));
            if (settings.sweep() != null) {
                assertThat(robot.lookup("#fromField").queryAs(javafx.scene.control.TextField.class).getText())
                        .as(file).isEqualTo(Numbers.format(settings.sweep().from()));
                assertThat(robot.lookup("#pointsSpinner").queryAs(javafx.scene.control.Spinner.class).getValue())
                        .as(file).isEqualTo(settings.sweep().points());
            }
        });
        robot.interact(() -> lab.playback().reset());
        robot.clickOn("#scenarioRun");
        switch (s.action()) {
            case PLAY -> waitFor(() -> lab.playback().step() >= race().lastStep());
            case ENSEMBLE -> {
                waitFor(() -> lab.ensemble().resultProperty().get() != null);
                // and the particles move: the time line plays from the start
                waitFor(() -> lab.playback().playingProperty().get() || lab.playback().step() > 0);
            }
            case SWEEP -> waitFor(() -> !lab.ensemble().sweepProperty().get().isEmpty());
            default -> throw new AssertionError(file + ": not an action of the landscapes lab: " + s.action());
        }
        assertThat(lab.ensemble().messageProperty().get()).as(file).doesNotContain("could not run");
    }

    /** The Experiments tab shows the scenario's settings, no chart before Run, and after Run the chart of the core's numbers. */
    private void runExperimentScenario(FxRobot robot, Scenario s, String file) throws TimeoutException {
        var model = app.experiments();
        assertThat(model.setupProperty().get()).as(file).isEqualTo(s.experiment().orElseThrow());
        assertThat(model.answersHiddenProperty().get()).as(file).isEqualTo(s.question().isPresent());
        var chart = robot.lookup(".experiments-panel .lab-chart").queryAs(org.jfree.chart.fx.ChartViewer.class).getChart();
        assertThat(chart.getXYPlot().getDataset()).as(file).isNull();
        robot.clickOn("#scenarioRun");
        waitFor(() -> !model.resultProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        int lines = org.landscapelab.render.ExperimentChart.of(model.resultProperty().get()).series().size();
        assertThat(chart.getXYPlot().getDataset().getSeriesCount()).as(file).isEqualTo(lines).isPositive();
        assertThat(robot.lookup(".experiments-panel .table-view").queryAs(javafx.scene.control.TableView.class).getItems()).as(file).isNotEmpty();
    }

    private void runNetworkScenario(FxRobot robot, Scenario s, String file) throws TimeoutException {
        NetworkLabModel model = s.lab() == Scenario.Lab.TRANSFORMER ? app.transformer() : app.mlp();
        // The panel shows the scenario's settings: restoring them again changes nothing and reports nothing.
        java.util.Map<String, String> shown = model.settings();
        robot.interact(() -> assertThat(model.restore(s.network())).as(file).isEmpty());
        assertThat(model.settings()).as(file).isEqualTo(shown);
        assertThat(shown.get("depth")).isEqualTo(s.network().get("depth"));
        // From the keyboard this time, as a presenter would: Ctrl+R is the banner's Run.
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        assertThat(robot.lookup(".scenario-question-lead").queryAs(Label.class).getText()).isEqualTo("Compare with your prediction:");
        switch (s.action()) {
            case DEPTH_SWEEP -> waitFor(() -> !app.transformer().depthSweepProperty().get().isEmpty());
            case RANK_SWEEP -> waitFor(() -> !app.mlp().rankSweepProperty().get().isEmpty());
            case TRAIN -> waitFor(() -> model.statusProperty().get().isFinal());
            default -> throw new AssertionError(file + ": not an action of a network lab: " + s.action());
        }
        // And 100 training steps with the scenario's network.
        robot.interact(() -> {
            model.reset();
            model.stepsProperty().set(100);
            model.start();
        });
        waitFor(() -> model.statusProperty().get().isFinal());
        assertThat(model.statusProperty().get()).as(file + ": " + model.messageProperty().get()).isEqualTo(TrainingSnapshot.Status.FINISHED);
    }

    @Test
    void aScenarioThatDoesNotFitTheLabChangesNothing(FxRobot robot) throws Exception {
        waitFor(() -> race() != null && race().runs().size() == 3);
        Path moon = dir.resolve("moon.json");
        Files.writeString(moon, Files.readString(Path.of("sample-landscapes/scenarios/01-strict-saddle-pgd-vs-gd.json"))
                .replace("\"double_well\"", "\"moon_crater\""));
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"landscape-lab/scenario\", \"version\": 1, \"title\": ");
        String before = lab.landscape().landscape().id();
        for (Path p : java.util.List.of(moon, broken)) {
            javafx.application.Platform.runLater(() -> app.mainController().openPath(p));
            waitFor(() -> ShownDialog.find() != null);
            javafx.scene.control.DialogPane pane = (javafx.scene.control.DialogPane) ShownDialog.find().getScene().getRoot().lookup(".dialog-pane");
            assertThat(pane.getHeaderText()).isEqualTo(p == moon ? "This scenario cannot be opened" : "This file cannot be opened");
            if (p == moon) assertThat(((Label) pane.getContent()).getText()).contains("no built-in or sample landscape \"moon_crater\"");
            robot.interact(() -> ShownDialog.find().close());
            assertThat(lab.landscape().landscape().id()).isEqualTo(before);
            assertThat(lab.race().optimizers()).hasSize(3);
            assertThat(robot.lookup(".scenario-banner").query().isVisible()).isFalse();
            assertThat(lab.locks().anyProperty().get()).isFalse();
        }
    }

    @Test
    void theStartPageCanBeTurnedOff(FxRobot robot) {
        robot.clickOn("#scenariosAtStart");
        assertThat(java.util.prefs.Preferences.userRoot().node(App.PREFS_NODE).getBoolean(MainController.SCENARIOS_AT_START, true)).isFalse();
        assertThat(robot.lookup((Node n) -> n instanceof Button b && "Open a scenario file…".equals(b.getText())).tryQuery()).isPresent();
    }

    private ColoredRace race() {
        return lab.race().raceProperty().get();
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> condition.getAsBoolean());
    }
}
