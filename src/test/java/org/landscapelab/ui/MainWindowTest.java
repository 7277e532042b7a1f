package org.landscapelab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.landscapelab.landscape.CriticalPoint;
import org.landscapelab.render.Figure;
import org.landscapelab.ui.landscape.LandscapeCanvas;
import org.landscapelab.ui.landscape.LandscapeLibrary;
import org.landscapelab.ui.landscape.LandscapePanelController;
import org.landscapelab.ui.landscape.LandscapeViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first window's main flows, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private LandscapeViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        // Each test starts as a first start: nothing remembered from the one before.
        FreshPrefs.landscapesAtStart();
        App app = new App();
        app.start(stage);
        model = app.lab().landscape();
    }

    @Test
    void opensOnHimmelblauWithItsCriticalPoints(FxRobot robot) throws TimeoutException {
        waitFor(() -> figure() != null);
        assertThat(model.landscape().id()).isEqualTo("himmelblau");
        assertThat(figure().landscape().critical().points()).hasSize(9);
        Label message = robot.lookup("#message").queryAs(Label.class);
        waitFor(() -> !message.getText().isEmpty());
        assertThat(message.getText()).contains("9 critical points: 4 minima, 4 saddles, 1 maximum");
    }

    @Test
    void aBadExpressionKeepsTheOldLandscapeAndPointsAtTheError(FxRobot robot) throws TimeoutException {
        waitFor(() -> figure() != null);
        TextField field = robot.lookup("#expressionField").queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(() -> field.setText("x^2 + )"));
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.sleep(LandscapePanelController.TYPING_PAUSE_MS + 200, TimeUnit.MILLISECONDS);
        Node error = robot.lookup("#expressionError").query();
        assertThat(error.isVisible()).isTrue();
        assertThat(robot.lookup("#expressionCaret").queryAs(Label.class).getText()).isEqualTo("x^2 + )\n      ^");
        assertThat(robot.lookup("#expressionProblem").queryAs(Label.class).getText())
                .isEqualTo("unexpected ')', expected a number, a name or '(' (column 7)");
        assertThat(model.landscape().id()).isEqualTo("himmelblau");
        assertThat(field.getStyleClass()).contains("invalid");

        robot.interact(() -> field.positionCaret(field.getLength()));
        robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        robot.write("y^2 - 2*x^2");
        waitFor(() -> figure().landscape().landscape().name().equals("x^2 + y^2 - 2*x^2"));
        assertThat(error.isVisible()).isFalse();
        assertThat(field.getStyleClass()).doesNotContain("invalid");
        assertThat(figure().landscape().critical().points()).singleElement()
                .satisfies(p -> assertThat(p.type()).isEqualTo(CriticalPoint.Type.SADDLE));
    }

    @Test
    void choosingASampleFileShowsItsParameterSliders(FxRobot robot) throws TimeoutException {
        waitFor(() -> figure() != null);
        @SuppressWarnings("unchecked")
        ComboBox<LandscapeLibrary.Entry> picker = robot.lookup("#landscapePicker").queryAs(ComboBox.class);
        robot.interact(() -> picker.setValue(picker.getItems().stream()
                .filter(e -> e.landscape().id().equals("tilted_double_well")).findFirst().orElseThrow()));
        waitFor(() -> figure().landscape().landscape().id().equals("tilted_double_well"));
        assertThat(figure().landscape().critical().points()).hasSize(3);
        Slider tilt = robot.lookup(".parameter .slider").queryAs(Slider.class);
        robot.interact(() -> tilt.setValue(0.45)); // past the saddle-node bifurcation at 0.385
        waitFor(() -> figure().landscape().landscape().parameter("a").orElseThrow().value() == 0.45);
        assertThat(figure().landscape().critical().points()).singleElement()
                .satisfies(p -> assertThat(p.type()).isEqualTo(CriticalPoint.Type.MINIMUM));
    }

    @Test
    void hoverShowsValueAndGradientAndTheWheelZooms(FxRobot robot) throws TimeoutException {
        waitFor(() -> figure() != null);
        Node canvas = robot.lookup("#landscapeCanvas").query();
        robot.moveTo(canvas);
        waitFor(() -> !model.readoutProperty().get().isEmpty());
        assertThat(model.readoutProperty().get()).contains("f = ").contains("\u2207f = (");
        double width = model.viewportProperty().get().region().width();
        robot.scroll(3, javafx.geometry.VerticalDirection.UP);
        waitFor(() -> model.viewportProperty().get().region().width() != width);
        robot.doubleClickOn(canvas);
        waitFor(() -> model.viewportProperty().get().region().width() == width);
    }

    @Test
    void hoveringACriticalPointShowsItsCurvature(FxRobot robot) throws TimeoutException {
        waitFor(() -> figure() != null && figure().landscape().critical().points().size() == 9);
        LandscapeCanvas canvas = robot.lookup("#landscapeCanvas").queryAs(LandscapeCanvas.class);
        waitFor(() -> canvas.transform() != null);
        var t = canvas.transform();
        javafx.geometry.Point2D at = canvas.localToScreen(t.screenX(3) + 2, t.screenY(2) - 1);
        robot.moveTo(at);
        waitFor(() -> model.readoutProperty().get().startsWith("minimum at (3, 2)"));
        assertThat(model.readoutProperty().get()).contains("f = 0").contains("Hessian eigenvalues 25.72, 82.28");
    }

    private Figure figure() {
        return model.figureProperty().get();
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> condition.getAsBoolean());
    }
}
