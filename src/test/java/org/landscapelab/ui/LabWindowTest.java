package org.landscapelab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.landscapelab.landscape.Point;
import org.landscapelab.noise.NoiseCatalog;
import org.landscapelab.noise.NoiseKind;
import org.landscapelab.render.PlotTransform;
import org.landscapelab.ui.lab.LabViewModel;
import org.landscapelab.ui.landscape.LandscapeCanvas;
import org.landscapelab.ui.race.ColoredRace;
import org.landscapelab.ui.race.ColoredRun;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The lab's main flows, headless (Monocle): race, playback, noise, start point, ensembles. */
@ExtendWith(ApplicationExtension.class)
class LabWindowTest {
    private App app;
    private LabViewModel lab;

    @Start
    void start(Stage stage) throws Exception {
        FreshPrefs.landscapesAtStart();
        app = new App();
        app.start(stage);
        lab = app.lab();
    }

    @Test
    void addTwoOptimizersRunAndScrub(FxRobot robot) throws TimeoutException {
        waitFor(() -> race() != null && race().runs().size() == 3);
        robot.clickOn((Node) robot.lookup(n -> n instanceof MenuButton m && "Add".equals(m.getText())).query());
        robot.clickOn("AdamW");
        robot.clickOn((Node) robot.lookup(n -> n instanceof MenuButton m && "Add".equals(m.getText())).query());
        robot.clickOn("RMSprop");
        waitFor(() -> race().runs().size() == 5);
        assertThat(race().runs()).allSatisfy(r -> assertThat(r.ok()).isTrue());
        assertThat(race().runs()).extracting(ColoredRun::color).doesNotHaveDuplicates();
        // The race shows whole paths; play starts from the beginning and moves on.
        assertThat(lab.playback().step()).isEqualTo(300);
        robot.clickOn("#playButton");
        waitFor(() -> lab.playback().playingProperty().get() && lab.playback().step() > 5);
        robot.type(KeyCode.SPACE);
        waitFor(() -> !lab.playback().playingProperty().get());
        Slider scrubber = robot.lookup(".playback-bar .slider").queryAs(Slider.class);
        robot.interact(() -> scrubber.setValue(120));
        assertThat(lab.playback().step()).isEqualTo(120);
        robot.type(KeyCode.RIGHT);
        assertThat(lab.playback().step()).isEqualTo(121);
        robot.type(KeyCode.LEFT).type(KeyCode.LEFT);
        assertThat(lab.playback().step()).isEqualTo(119);
        robot.type(KeyCode.HOME);
        assertThat(lab.playback().step()).isZero();
        robot.type(KeyCode.END);
        assertThat(lab.playback().step()).isEqualTo(300);
        assertThat(robot.lookup(".playback-bar .step-label").queryAs(Label.class).getText()).isEqualTo("step 300 / 300");
    }

    @Test
    void switchingNoiseRerunsTheRaceWithTheSameDraws(FxRobot robot) throws TimeoutException {
        waitFor(() -> race() != null && race().runs().size() == 3);
        double[] plain = race().runs().get(0).trajectory().xs();
        @SuppressWarnings("unchecked")
        ComboBox<NoiseKind> kind = robot.lookup(n -> n instanceof ComboBox<?> c && c.getItems().contains(NoiseKind.FBM)).queryAs(ComboBox.class);
        robot.interact(() -> kind.setValue(NoiseKind.FBM));
        waitFor(() -> race().runs().get(0).trajectory() != null && !java.util.Arrays.equals(race().runs().get(0).trajectory().xs(), plain));
        assertThat(lab.race().noiseProperty().get().kind()).isEqualTo(NoiseKind.FBM);
        Node hurstRow = robot.lookup("#hurstRow").query();
        assertThat(hurstRow.isVisible()).isTrue();
        double[] fbm = race().runs().get(0).trajectory().xs();
        robot.interact(() -> lab.race().noiseProperty().set(lab.race().noiseProperty().get().with(NoiseCatalog.HURST, 0.2)));
        waitFor(() -> !java.util.Arrays.equals(race().runs().get(0).trajectory().xs(), fbm));
        // A new seed is a new realization; the old seed gives the old one back.
        long seed = lab.race().seedProperty().get();
        double[] before = race().runs().get(0).trajectory().xs();
        robot.type(KeyCode.N);
        waitFor(() -> !java.util.Arrays.equals(race().runs().get(0).trajectory().xs(), before));
        robot.interact(() -> lab.race().seedProperty().set(seed));
        waitFor(() -> java.util.Arrays.equals(race().runs().get(0).trajectory().xs(), before));
    }

    @Test
    void clickingTheMapSetsTheStart(FxRobot robot) throws TimeoutException {
        waitFor(() -> race() != null && lab.landscape().figureProperty().get() != null);
        LandscapeCanvas canvas = robot.lookup("#landscapeCanvas").queryAs(LandscapeCanvas.class);
        PlotTransform t = canvas.transform();
        javafx.geometry.Point2D screen = canvas.localToScreen(t.screenX(-2), t.screenY(1.5));
        robot.clickOn(screen.getX(), screen.getY());
        waitFor(() -> race().start().distanceTo(new Point(-2, 1.5)) < 0.1);
        assertThat(race().runs().get(0).trajectory().point(0).distanceTo(new Point(-2, 1.5))).isLessThan(0.1);
    }

    @Test
    void aDivergedRunStopsWithAMessage(FxRobot robot) throws TimeoutException {
        waitFor(() -> race() != null && race().runs().size() == 3);
        robot.interact(() -> lab.race().optimizers().get(0).specProperty().set(
                lab.race().optimizers().get(0).spec().with("lr", "0.5")));
        waitFor(() -> race().runs().get(0).trajectory().diverged());
        Label message = robot.lookup("#message").queryAs(Label.class);
        waitFor(() -> message.getText().contains("diverged at step"));
        assertThat(message.getText()).startsWith("SGD (lr 0.5) diverged at step");
    }

    @Test
    void anEnsembleRunsAndALongOneCanBeCancelled(FxRobot robot) throws TimeoutException {
        waitFor(() -> race() != null && race().runs().size() == 3);
        robot.clickOn(robot.lookup(".side-panels .tab").match(n -> n.lookup(".tab-label") instanceof Label l && l.getText().equals("Ensemble")).queryAs(Node.class));
        robot.interact(() -> lab.race().stepsProperty().set(100_000));
        @SuppressWarnings("unchecked")
        Spinner<Integer> particles = robot.lookup(".ensemble-panel .spinner").queryAs(Spinner.class);
        robot.interact(() -> particles.getValueFactory().setValue(10_000));
        Button run = robot.lookup(".ensemble-panel #runButton").queryAs(Button.class);
        Button cancel = robot.lookup(".ensemble-panel #cancelButton").queryAs(Button.class);
        robot.clickOn(run);
        waitFor(() -> lab.ensemble().runningProperty().get() && lab.ensemble().progressProperty().get() > 0);
        robot.clickOn(cancel);
        waitFor(() -> !lab.ensemble().runningProperty().get());
        assertThat(lab.ensemble().resultProperty().get()).isNull();
        assertThat(lab.ensemble().messageProperty().get()).startsWith("Cancelled");

        robot.interact(() -> {
            lab.race().stepsProperty().set(200);
            particles.getValueFactory().setValue(300);
        });
        robot.clickOn(run);
        waitFor(() -> lab.ensemble().resultProperty().get() != null);
        assertThat(lab.ensemble().resultProperty().get().particles()).isEqualTo(300);
        assertThat(lab.ensemble().messageProperty().get()).startsWith("300 particles");
    }

    @Test
    void theThreeDTabExplainsWhyItIsMissingWithoutThreeDSupport(FxRobot robot) throws TimeoutException {
        waitFor(() -> race() != null);
        robot.clickOn("3D");
        // Monocle's headless pipeline has no SCENE3D, like a machine without a usable OpenGL driver.
        assertThat(javafx.application.Platform.isSupported(javafx.application.ConditionalFeature.SCENE3D)).isFalse();
        waitFor(() -> robot.lookup("#surfaceUnavailable").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup(n -> n instanceof Label l && l.getText().equals("The 3D view is not available here")).tryQuery()).isPresent();
        robot.type(KeyCode.SPACE); // the time line keeps working with the 3D tab in front
        waitFor(() -> lab.playback().playingProperty().get() || lab.playback().step() > 0);
    }

    @Test
    void everyHyperParameterAndNoiseControlExplainsItselfInATooltip(FxRobot robot) throws TimeoutException {
        waitFor(() -> race() != null && race().runs().size() == 3);
        // A PyTorch optimizer with every kind of parameter, and one PyTorch does not have.
        robot.interact(() -> {
            lab.addOptimizer(org.landscapelab.optim.OptimizerKind.ADAM);
            lab.addOptimizer(org.landscapelab.optim.OptimizerKind.PGD);
        });
        WaitForAsyncUtils.waitForFxEvents();
        var editors = robot.lookup(".hyper-parameter").queryAll();
        assertThat(editors).hasSizeGreaterThan(15);
        for (Node editor : editors) {
            Label name = (Label) editor.lookup(".parameter-name");
            String tip = name.getTooltip().getText();
            assertThat(tip).as(name.getText()).contains("Formula: ").contains("Valid: ")
                    .containsAnyOf("PyTorch: torch.optim.", "PyTorch has no such method");
        }
        assertThat(editors).anySatisfy(e -> assertThat(((Label) e.lookup(".parameter-name")).getTooltip().getText())
                .contains("PyTorch: torch.optim.Adam(betas=…)"));
        assertThat(editors).anySatisfy(e -> assertThat(((Label) e.lookup(".parameter-name")).getTooltip().getText())
                .startsWith("radius of the ball").contains("Name: r (PyTorch has no such method)"));
        for (String id : new String[] {"#sigmaSlider", "#hurstSlider", "#thetaSlider", "#alphaSlider", "#sigmaField", "#hurstField"}) {
            String tip = robot.lookup(id).queryAs(javafx.scene.control.Control.class).getTooltip().getText();
            assertThat(tip).as(id).contains("Formula: ").contains("PyTorch has no noise process").contains("--");
        }
    }

    private ColoredRace race() {
        return lab.race().raceProperty().get();
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> condition.getAsBoolean());
    }
}
