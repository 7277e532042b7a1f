package org.landscapelab.ui.charts;

import java.util.Arrays;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.landscapelab.render.FigureFormat;

/**
 * Replaces a chart's context menu (JFreeChart-FX's export items write broken SVG with JFreeSVG 5)
 * with one item that hands the chart to the exporter the window registered on its scene, so chart
 * classes need not know about files.
 */
public final class ChartMenus {
    /** Scene property holding a {@code BiConsumer<JFreeChart, String>}: the chart and a file name. */
    public static final String EXPORTER = "landscapelab.chartExporter";

    private ChartMenus() {}

    public static void install(ChartViewer viewer) {
        String formats = Arrays.stream(FigureFormat.values()).map(Enum::name).collect(Collectors.joining(", "));
        MenuItem item = new MenuItem("Export this chart (" + formats + ")…");
        item.setOnAction(e -> {
            Scene scene = viewer.getScene();
            if (scene != null && scene.getProperties().get(EXPORTER) instanceof BiConsumer<?, ?> exporter) {
                @SuppressWarnings("unchecked")
                BiConsumer<JFreeChart, String> export = (BiConsumer<JFreeChart, String>) exporter;
                JFreeChart chart = viewer.getChart();
                export.accept(chart, chart.getTitle() == null ? "chart" : chart.getTitle().getText());
            }
        });
        viewer.getContextMenu().getItems().setAll(item);
    }

    /** Registers the window's chart exporter on its scene. */
    public static void register(Scene scene, BiConsumer<JFreeChart, String> exporter) {
        scene.getProperties().put(EXPORTER, exporter);
    }
}
