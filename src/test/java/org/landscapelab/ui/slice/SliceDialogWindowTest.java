package org.landscapelab.ui.slice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.landscapelab.nn.training.TransformerSettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The slice dialog says the time, offers trajectory PCA only with a reason, and its Cancel stops the grid and opens nothing. */
@ExtendWith(ApplicationExtension.class)
class SliceDialogWindowTest {
    private final List<NetworkSliceBuilder.Result> opened = new CopyOnWriteArrayList<>();
    private SliceViewModel model;
    private SliceDialog dialog;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        model = new SliceViewModel(task -> {
            Thread t = new Thread(task, "slice-test");
            t.setDaemon(true);
            t.start();
        }, Platform::runLater, 1, opened::add);
        // The panel's default transformer on its whole training set: a 64 × 64 grid takes minutes, time enough to cancel.
        dialog = SliceDialog.show(stage, model, "Transformer", TransformerSettings.DEFAULTS, 1, List.of(), SliceRequest.Centre.INITIALIZATION, 1, Runnable::run);
    }

    @Test
    @Timeout(120)
    void cancelStopsTheGridAndOpensNothing(FxRobot robot) throws TimeoutException {
        assertThat(labels(robot)).anyMatch(t -> t.startsWith("about ") && t.contains("4,096 points"))
                .contains("Trajectory PCA needs a training run: there is no trajectory yet.");
        click(robot, "Compute");
        waitFor(() -> model.messageProperty().get().equals("Computing the grid…"));
        assertThat(model.runningProperty().get()).isTrue();
        click(robot, "Cancel");
        waitFor(() -> !model.runningProperty().get());
        assertThat(model.messageProperty().get()).isEqualTo("Cancelled: the landscape shown is unchanged");
        assertThat(opened).isEmpty();
        assertThat(dialog.stage().isShowing()).isTrue();
        // Now Close closes it.
        click(robot, "Close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.stage().isShowing()).isFalse();
    }

    private static List<String> labels(FxRobot robot) {
        return robot.lookup(n -> n instanceof Label).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private static void click(FxRobot robot, String text) {
        robot.clickOn(robot.lookup(n -> n instanceof Button b && b.getText().equals(text)).queryAs(Button.class));
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
