package org.landscapelab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.landscapelab.nn.training.TrainingSnapshot;
import org.landscapelab.nn.transformer.Norm;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.ui.network.MlpLabModel;
import org.landscapelab.ui.network.TransformerLabModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The network panels train off the FX thread, pause, stop on divergence, and run their sweeps with cancel. */
@ExtendWith(ApplicationExtension.class)
class NetworkPanelsTest {
    private App app;

    @Start
    void start(Stage stage) throws Exception {
        FreshPrefs.landscapesAtStart();
        app = new App();
        app.start(stage);
    }

    @Test
    void aSmallTransformerTrainsPausesAndResumes(FxRobot robot) throws TimeoutException {
        selectLab(robot, "Transformer");
        TransformerLabModel m = app.transformer();
        robot.interact(() -> {
            m.depthProperty().set(2);
            m.widthProperty().set(8);
            m.headsProperty().set(2);
            m.tokensProperty().set(4);
            m.stepsProperty().set(100_000);
        });
        waitFor(() -> !m.runProperty().get().atInit().isEmpty()); // the preview at initialization
        click(robot, "Train");
        waitFor(() -> m.runProperty().get().latest() != null && m.runProperty().get().latest().step() >= 20);
        click(robot, "Pause");
        waitFor(() -> m.statusProperty().get() == TrainingSnapshot.Status.PAUSED);
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS); // the panel reads the trainer every 100 ms
        long paused = m.runProperty().get().latest().step();
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        assertThat(m.runProperty().get().latest().step()).isEqualTo(paused);
        click(robot, "Resume");
        waitFor(() -> m.runProperty().get().latest().step() > paused + 20);
        click(robot, "Reset");
        waitFor(() -> m.statusProperty().get() == TrainingSnapshot.Status.READY);
        assertThat(m.runProperty().get().snapshots()).isEmpty();
    }

    @Test
    void aDivergingRunStopsWithAMessage(FxRobot robot) throws TimeoutException {
        selectLab(robot, "Batch norm");
        MlpLabModel m = app.mlp();
        robot.interact(() -> {
            m.depthProperty().set(3);
            m.widthProperty().set(8);
            m.batchNormProperty().set(false);
            m.activationProperty().set(org.landscapelab.nn.Activation.LINEAR);
            m.optimizer().specProperty().set(OptimizerSpec.parse("sgd lr=1000"));
        });
        click(robot, "Train");
        waitFor(() -> m.statusProperty().get() == TrainingSnapshot.Status.DIVERGED);
        assertThat(m.messageProperty().get()).contains("training diverged").contains("smaller learning rate");
    }

    @Test
    void theDepthSweepShowsRankCollapseAndCanBeCancelled(FxRobot robot) throws TimeoutException {
        selectLab(robot, "Transformer");
        TransformerLabModel m = app.transformer();
        robot.interact(() -> {
            m.widthProperty().set(64);
            m.tokensProperty().set(32);
        });
        click(robot, "Depth sweep");
        waitFor(() -> m.sweepingProperty().get());
        click(robot, "Cancel");
        waitFor(() -> !m.sweepingProperty().get());
        assertThat(m.messageProperty().get()).isEqualTo("Sweep cancelled");
        assertThat(m.depthSweepProperty().get()).isEmpty();
        robot.interact(() -> {
            m.widthProperty().set(8);
            m.headsProperty().set(2);
            m.tokensProperty().set(6);
        });
        click(robot, "Depth sweep");
        waitFor(() -> !m.depthSweepProperty().get().isEmpty());
        double[] postLn = m.depthSweepProperty().get().get("post-ln, a = 1.0");
        double[] scaled = m.depthSweepProperty().get().get("post-ln, a = 1/sqrt(L)");
        assertThat(postLn).hasSize(TransformerLabModel.MAX_SWEEP_DEPTH);
        // Deep post-LN with a = 1: tokens aligned; with a = 1/sqrt(L) they stay apart.
        assertThat(postLn[23]).isGreaterThan(0.95);
        assertThat(scaled[23]).isLessThan(postLn[23] - 0.3);
        assertThat(m.normProperty().get()).isEqualTo(Norm.POST_LN);
    }

    /** Brings a lab to the front by its tab (a panel's own labels may have the same text). */
    private static void selectLab(FxRobot robot, String title) {
        javafx.scene.control.TabPane labs = robot.lookup("#labs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> labs.getSelectionModel().select(
                labs.getTabs().stream().filter(t -> t.getText().equals(title)).findFirst().orElseThrow()));
    }

    /** Clicks the button with this text on the panel in front (both panels have a "Train" button). */
    private static void click(FxRobot robot, String text) {
        robot.clickOn(robot.lookup(n -> n instanceof javafx.scene.control.Button b && b.getText().equals(text) && showing(n))
                .queryAs(javafx.scene.control.Button.class));
    }

    private static boolean showing(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) if (!p.isVisible()) return false;
        return true;
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> condition.getAsBoolean());
    }
}
