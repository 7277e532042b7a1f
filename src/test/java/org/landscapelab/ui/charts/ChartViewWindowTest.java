package org.landscapelab.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.LegendItemEntity;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.landscapelab.render.Palette;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Charts in a scrolling panel: the wheel scrolls, Ctrl+wheel and drag zoom, double-click resets, the legend toggles. */
@ExtendWith(ApplicationExtension.class)
class ChartViewWindowTest {
    private LineChart first;
    private LineChart second;
    private ScrollPane scroll;
    private Scene scene;

    @Start
    void start(Stage stage) {
        first = new LineChart("Training loss", "step", "loss", true);
        second = new LineChart("Rank", "layer", "value", false);
        LineChart third = new LineChart("Cosine", "layer", "value", false);
        for (LineChart c : List.of(first, second, third)) c.set(curves(0));
        scroll = new ScrollPane(new VBox(4, first.viewer(), second.viewer(), third.viewer()));
        scroll.setFitToWidth(true);
        scene = new Scene(scroll, 480, 400);
        stage.setScene(scene);
        // TestFX reuses one stage: an earlier test class may have left it maximized or full screen.
        stage.setFullScreen(false);
        stage.setMaximized(false);
        stage.sizeToScene();
        stage.show();
        stage.toFront(); // the wheel goes to the window in front
    }

    private static List<LineChart.Series> curves(double shift) {
        double[] x = new double[50];
        double[] a = new double[50];
        double[] b = new double[50];
        for (int i = 0; i < x.length; i++) {
            x[i] = shift + i;
            a[i] = Math.exp(-i / 10.0) + 0.01;
            b[i] = 2 * Math.exp(-i / 20.0) + 0.01;
        }
        return List.of(new LineChart.Series("fast", x, a, Palette.BLUE, false), new LineChart.Series("slow", x, b, Color.WHITE, false));
    }

    private static boolean zoomed(LineChart c) {
        XYPlot plot = c.chart().getXYPlot();
        return !plot.getDomainAxis().isAutoRange() || !plot.getRangeAxis().isAutoRange();
    }

    /** A point inside the chart's data area, as fractions of it, in screen coordinates. */
    private static Point2D inPlot(LineChart c, double fx, double fy) {
        Rectangle2D area = c.viewer().getRenderingInfo().getPlotInfo().getDataArea();
        return c.viewer().localToScreen(area.getX() + fx * area.getWidth(), area.getY() + fy * area.getHeight());
    }

    @Test
    void newDataDrawsTheChartOnceNotOncePerSetter(FxRobot robot) {
        int[] redraws = {0};
        first.viewer().getChart().addChangeListener(e -> redraws[0]++);
        robot.interact(() -> first.set(curves(3)));
        // A dataset, a renderer, and two series' paints and legend paints: each setter alone redraws the chart.
        assertThat(redraws[0]).isEqualTo(1);
    }

    @Test
    void theWheelOverAChartScrollsThePanelAndLeavesTheChart(FxRobot robot) {
        robot.interact(() -> scroll.setVvalue(0.5));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scroll.getContent().getLayoutBounds().getHeight()).isGreaterThan(scroll.getViewportBounds().getHeight());
        // Which way a wheel step turns depends on the platform: any change is the panel scrolling.
        robot.moveTo(inPlot(second, 0.5, 0.5)).scroll(3, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scroll.getVvalue()).isNotEqualTo(0.5);
        assertThat(zoomed(second)).isFalse();
    }

    @Test
    void ctrlWheelZoomsAndDoubleClickResets(FxRobot robot) {
        robot.moveTo(inPlot(first, 0.5, 0.5)).press(KeyCode.CONTROL).scroll(2, VerticalDirection.UP).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(zoomed(first)).isTrue();
        assertThat(scroll.getVvalue()).isZero();
        robot.doubleClickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(zoomed(first)).isFalse();
    }

    @Test
    void aDraggedRectangleZoomsAndTheMenuResets(FxRobot robot) {
        robot.drag(inPlot(first, 0.2, 0.2), MouseButton.PRIMARY).dropTo(inPlot(first, 0.6, 0.7));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(zoomed(first)).isTrue();
        robot.interact(() -> first.viewer().getContextMenu().getItems().get(0).fire());
        assertThat(first.viewer().getContextMenu().getItems().get(0).getText()).startsWith("Reset zoom");
        assertThat(zoomed(first)).isFalse();
    }

    @Test
    void aZoomThatShowsNoneOfTheNewDataIsReset(FxRobot robot) {
        robot.drag(inPlot(second, 0.1, 0.1), MouseButton.PRIMARY).dropTo(inPlot(second, 0.3, 0.5));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(zoomed(second)).isTrue();
        robot.interact(() -> second.set(curves(0)));
        assertThat(zoomed(second)).as("new data inside the zoom keeps it").isTrue();
        robot.interact(() -> second.set(curves(10_000)));
        assertThat(zoomed(second)).as("new data all outside the zoom resets it").isFalse();
    }

    @Test
    void aClickOnALegendEntryHidesItsSeriesAndASecondShowsIt(FxRobot robot) {
        Point2D entry = legendEntry(first, "slow");
        robot.clickOn(entry);
        WaitForAsyncUtils.waitForFxEvents();
        var renderer = first.chart().getXYPlot().getRenderer();
        assertThat(((Color) renderer.getSeriesPaint(1)).getAlpha()).isZero();
        assertThat(renderer.getSeriesPaint(0)).isEqualTo(Palette.BLUE);
        robot.interact(() -> first.set(curves(0)));
        assertThat(((Color) first.chart().getXYPlot().getRenderer().getSeriesPaint(1)).getAlpha()).as("stays hidden on new data").isZero();
        robot.sleep(600); // not a double-click
        robot.clickOn(legendEntry(first, "slow"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(first.chart().getXYPlot().getRenderer().getSeriesPaint(1)).as("white turns grey on a light chart").isEqualTo(Color.GRAY);
    }

    @Test
    void highContrastAndPresenterModeReachTheCharts(FxRobot robot) {
        robot.interact(() -> ChartLook.set(scene, new ChartLook(true, 1.7)));
        assertThat(first.chart().getBackgroundPaint()).isEqualTo(ChartLook.STANDARD.withHighContrast(true).background());
        assertThat(first.chart().getXYPlot().getRenderer().getSeriesPaint(1)).as("never white").isEqualTo(Palette.YELLOW);
        assertThat(first.chart().getTitle().getFont().getSize2D()).isEqualTo(Charts.TITLE.getSize2D() * 1.7f);
        assertThat(first.viewer().getPrefHeight()).isEqualTo(240 * 1.7);
        robot.interact(() -> ChartLook.set(scene, ChartLook.STANDARD));
        assertThat(first.chart().getBackgroundPaint()).isEqualTo(Color.WHITE);
        assertThat(first.chart().getTitle().getFont().getSize2D()).isEqualTo(Charts.TITLE.getSize2D());
    }

    private static Point2D legendEntry(LineChart c, String name) {
        for (Object o : c.viewer().getRenderingInfo().getEntityCollection().getEntities()) {
            if (o instanceof LegendItemEntity e && name.equals(e.getSeriesKey())) {
                Rectangle2D r = ((ChartEntity) e).getArea().getBounds2D();
                return c.viewer().localToScreen(r.getCenterX(), r.getCenterY());
            }
        }
        throw new AssertionError("no legend entry " + name);
    }
}
