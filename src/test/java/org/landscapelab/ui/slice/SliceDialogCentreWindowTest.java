package org.landscapelab.ui.slice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.landscapelab.nn.Network;
import org.landscapelab.nn.ParameterVector;
import org.landscapelab.nn.training.TrainingData;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** After a training run the dialog offers the current step as the centre, and the slice it computes is centred there. */
@ExtendWith(ApplicationExtension.class)
class SliceDialogCentreWindowTest {
    private final List<NetworkSliceBuilder.Result> opened = new CopyOnWriteArrayList<>();
    private final List<double[]> trajectory = new ArrayList<>();
    private SliceViewModel model;
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        model = new SliceViewModel(task -> {
            Thread t = new Thread(task, "slice-test");
            t.setDaemon(true);
            t.start();
        }, Platform::runLater, 1, opened::add);
        // A made-up run of the tiny batch-norm network: three points moving away from its initialization.
        double[] theta0 = ParameterVector.values(NetworkSliceBuilderTest.TINY.network(7).parameters());
        for (int k = 0; k < 3; k++) {
            double[] p = theta0.clone();
            for (int j = 0; j < p.length; j++) p[j] += 0.05 * k * Math.sin(j + k * k);
            trajectory.add(p);
        }
    }

    @Test
    @Timeout(120)
    void theCurrentStepIsOfferedAfterARunAndTheSliceIsCentredThere(FxRobot robot) throws TimeoutException {
        robot.interact(() -> SliceDialog.show(owner, model, "Batch-norm network", NetworkSliceBuilderTest.TINY, 7,
                trajectory, SliceRequest.Centre.atStep(2, trajectory.get(2)), 1, Runnable::run));
        ComboBox<?> centre = robot.lookup(n -> n instanceof ComboBox<?> c && c.getItems().contains("at initialization")).queryAs(ComboBox.class);
        assertThat(List.<Object>copyOf(centre.getItems())).containsExactly("at initialization", "at the current training step (step 2)");
        assertThat(labels(robot)).noneMatch(t -> t.startsWith("The current training step needs") || t.startsWith("Trajectory PCA needs"));
        robot.interact(() -> {
            centre.getSelectionModel().select(1);
            robot.lookup(n -> n instanceof TextField f && f.getText().equals("64")).queryAs(TextField.class).setText("5");
        });
        robot.clickOn(robot.lookup(n -> n instanceof Button b && b.getText().equals("Compute")).queryAs(Button.class));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !opened.isEmpty());
        Network net = NetworkSliceBuilderTest.TINY.network(7);
        TrainingData data = NetworkSliceBuilderTest.TINY.data(net, 7);
        ParameterVector.setValues(net.parameters(), trajectory.get(2));
        double loss = net.lossAndGradient(data.inputs(), data.targets());
        assertThat(opened.get(0).landscape().function().value(0, 0)).isCloseTo(loss, within(1e-12));
        assertThat(opened.get(0).landscape().description()).contains("at training step 2");
    }

    @Test
    @Timeout(60)
    void beforeARunTheCurrentStepSaysWhyNot(FxRobot robot) {
        robot.interact(() -> SliceDialog.show(owner, model, "Batch-norm network", NetworkSliceBuilderTest.TINY, 7, List.of(),
                SliceRequest.Centre.INITIALIZATION, 1, Runnable::run));
        assertThat(labels(robot)).contains("The current training step needs a training run: train the network first.",
                "Trajectory PCA needs a training run: there is no trajectory yet.");
    }

    private static List<String> labels(FxRobot robot) {
        return robot.lookup(n -> n instanceof Label).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }
}
