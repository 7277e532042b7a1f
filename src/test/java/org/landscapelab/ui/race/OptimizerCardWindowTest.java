package org.landscapelab.ui.race;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.landscapelab.optim.HyperValue;
import org.landscapelab.optim.OptimizerKind;
import org.landscapelab.optim.OptimizerSpec;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A value set from elsewhere shows in the card's own editors, kept in place; another kind gets its own editors. */
@ExtendWith(ApplicationExtension.class)
class OptimizerCardWindowTest {
    private OptimizerEntry entry;
    private OptimizerCard card;

    @Start
    void start(Stage stage) {
        entry = new OptimizerEntry(OptimizerSpec.parse("sgd lr=0.01 momentum=0.9"), Color.BLUE);
        card = new OptimizerCard(entry, () -> {});
        stage.setScene(new Scene(card, 420, 400));
        stage.show();
    }

    @Test
    void aValueSetFromElsewhereShowsInTheSameEditors(FxRobot robot) {
        List<Node> before = editors();
        robot.interact(() -> entry.specProperty().set(entry.spec().with("lr", HyperValue.of(0.05))));
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> after = editors();
        assertThat(after).containsExactlyElementsOf(before);
        HyperParameterEditor lr = (HyperParameterEditor) after.get(0);
        assertThat(((TextField) robot.from(lr).lookup(".text-field").query()).getText()).isEqualTo("0.05");
        assertThat(((Slider) robot.from(lr).lookup(".slider").query()).getValue()).isCloseTo(Math.log10(0.05), org.assertj.core.data.Offset.offset(1e-12));
        // Showing the value applied nothing again: the spec is the one set.
        assertThat(entry.spec().lr()).isEqualTo(0.05);
        assertThat(entry.spec().hyperparameters().get("momentum")).isEqualTo(HyperValue.of(0.9));
    }

    @Test
    void anotherKindHasItsOwnEditors(FxRobot robot) {
        List<Node> before = editors();
        robot.interact(() -> entry.specProperty().set(OptimizerSpec.defaults(OptimizerKind.ADAM)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editors()).doesNotContainAnyElementsOf(before);
        assertThat(robot.from(card).lookup(".parameter-name").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText).contains("betas");
    }

    private List<Node> editors() {
        return List.copyOf(card.lookupAll(".hyper-parameter"));
    }
}
