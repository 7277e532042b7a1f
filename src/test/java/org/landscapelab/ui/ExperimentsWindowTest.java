package org.landscapelab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.landscapelab.render.DecadeAxis;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Experiments tab, at 1280×720: built on first view, a small run from its own controls, its chart and its numbers. */
@ExtendWith(ApplicationExtension.class)
class ExperimentsWindowTest {
    private App app;

    @Start
    void start(Stage stage) throws Exception {
        FreshPrefs.cleared();
        app = new App();
        app.start(stage);
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    @Test
    void theTabRunsASmallExperimentAndShowsItsChart(FxRobot robot) throws Exception {
        TabPane labs = robot.lookup(".labs").queryAs(TabPane.class);
        Tab tab = labs.getTabs().stream().filter(t -> t.getText().equals("Experiments")).findFirst().orElseThrow();
        assertThat(tab.getContent()).isNull(); // built on first view
        robot.interact(() -> labs.getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tab.getContent()).isNotNull();

        TextField runs = robot.lookup(".experiments-panel .text-field").match(n -> "runs".equals(n.getUserData())).queryAs(TextField.class);
        robot.interact(() -> {
            runs.setText("4");
            runs.getOnAction().handle(null);
        });
        assertThat(app.experiments().setupProperty().get().settings()).containsEntry("runs", "4");
        ChartViewer viewer = robot.lookup(".experiments-panel .lab-chart").queryAs(ChartViewer.class);
        assertThat(viewer.getBoundsInParent().getHeight()).isGreaterThan(250); // the chart first, readable at 1280×720
        robot.clickOn(robot.lookup(".experiments-panel #runButton").queryButton());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !app.experiments().resultProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        XYPlot plot = viewer.getChart().getXYPlot();
        assertThat(plot.getDataset().getSeriesCount()).isEqualTo(3); // GD, PGD, Anti-PGD
        assertThat(plot.getRangeAxis()).isInstanceOf(DecadeAxis.class); // the trace spans 25 to 1,500
        assertThat(robot.lookup(".experiments-panel .table-view").queryAs(TableView.class).getItems()).hasSize(3 * 41);
        assertThat(app.experiments().messageProperty().get()).startsWith("widening-valley: done in");
    }
}
