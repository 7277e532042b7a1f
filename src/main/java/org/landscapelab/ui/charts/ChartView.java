package org.landscapelab.ui.charts;

import java.awt.Color;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.MapChangeListener;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.LegendItemEntity;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.fx.interaction.ScrollHandlerFX;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * A chart on screen as the lab's panels want it. The mouse wheel scrolls the panel the chart sits
 * in; Ctrl+wheel zooms, as does dragging a rectangle; a double-click or "Reset zoom" in the
 * context menu shows all the data again. New data is auto-ranged unless the user zoomed, and a
 * zoom that no longer shows any of the data is reset. A click on a legend entry hides or shows its
 * series. The chart follows the look (high contrast, presenter font scale) of the scene it is on.
 */
final class ChartView {
    private static final Color HIDDEN = new Color(0, 0, 0, 0);

    private final JFreeChart chart;
    private final XYPlot plot;
    private final ChartViewer viewer;
    private final Set<Comparable<?>> hidden = new HashSet<>();
    private List<Color> lines = List.of();
    private double prefHeight = -1;
    private double minHeight = -1;
    private ChartLook look = ChartLook.STANDARD;
    private final MapChangeListener<Object, Object> lookListener;

    ChartView(JFreeChart chart) {
        this.chart = chart;
        this.plot = chart.getXYPlot();
        Charts.restyle(chart, look); // again: legends and scales added after the chart was made
        viewer = new ChartViewer(chart);
        viewer.getStyleClass().add("lab-chart");
        ChartCanvas canvas = viewer.getCanvas();
        canvas.removeAuxiliaryMouseHandler(canvas.getMouseHandler("scroll"));
        canvas.addAuxiliaryMouseHandler(new ModifierZoom());
        viewer.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) resetZoom();
        });
        viewer.addChartMouseListener(new LegendToggle());
        ChartMenus.install(viewer);
        MenuItem reset = new MenuItem("Reset zoom (double-click)");
        reset.setOnAction(e -> resetZoom());
        viewer.getContextMenu().getItems().add(0, reset);
        lookListener = change -> {
            if (ChartLook.KEY.equals(change.getKey())) setLook(ChartLook.of(viewer.getScene()));
        };
        viewer.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) old.getProperties().removeListener(lookListener);
            if (scene != null) {
                scene.getProperties().addListener(lookListener);
                setLook(ChartLook.of(scene));
            }
        });
    }

    ChartViewer viewer() {
        return viewer;
    }

    JFreeChart chart() {
        return chart;
    }

    ChartLook look() {
        return look;
    }

    void setLook(ChartLook look) {
        if (look.equals(this.look)) return;
        this.look = look;
        Charts.restyle(chart, look);
        paintLines();
        applyHeights();
    }

    /** The chart's height at font scale 1; larger fonts get a taller chart, so the plot keeps its room. */
    void setHeights(double pref, double min) {
        prefHeight = pref;
        minHeight = min;
        applyHeights();
    }

    private void applyHeights() {
        if (prefHeight > 0) viewer.setPrefHeight(prefHeight * look.fontScale());
        if (minHeight > 0) viewer.setMinHeight(minHeight * look.fontScale());
    }

    /**
     * Called after the plot got new data and a new renderer: the series' colours (by series index)
     * as the data asks for them; the look and the hidden series decide what is drawn.
     */
    void setLines(List<Color> colours) {
        update(() -> {
            lines = List.copyOf(colours);
            paintLines();
            keepDataInView();
        });
    }

    /**
     * Makes a change to the chart with one redraw at its end: every JFreeChart setter redraws the
     * whole chart, so new data, a renderer and eight series' colours would draw it a dozen times.
     */
    void update(Runnable change) {
        boolean notify = chart.isNotify();
        chart.setNotify(false);
        try {
            change.run();
        } finally {
            chart.setNotify(notify); // true: one redraw now
        }
    }

    /** Whether the user zoomed (an axis no longer follows the data). */
    boolean isZoomed() {
        for (int i = 0; i < plot.getDomainAxisCount(); i++) if (plot.getDomainAxis(i) != null && !plot.getDomainAxis(i).isAutoRange()) return true;
        for (int i = 0; i < plot.getRangeAxisCount(); i++) if (plot.getRangeAxis(i) != null && !plot.getRangeAxis(i).isAutoRange()) return true;
        return false;
    }

    void resetZoom() {
        for (int i = 0; i < plot.getDomainAxisCount(); i++) autoRange(plot.getDomainAxis(i));
        for (int i = 0; i < plot.getRangeAxisCount(); i++) autoRange(plot.getRangeAxis(i));
    }

    private static void autoRange(ValueAxis axis) {
        if (axis != null) axis.setAutoRange(true);
    }

    /** A zoom that shows none of the new data would leave an empty chart: show all of it instead. */
    private void keepDataInView() {
        if (isZoomed() && !anyPointVisible()) resetZoom();
    }

    private boolean anyPointVisible() {
        XYDataset data = plot.getDataset();
        if (data == null) return true;
        var xs = plot.getDomainAxis().getRange();
        var ys = plot.getRangeAxis().getRange();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                if (xs.contains(data.getXValue(s, i)) && ys.contains(data.getYValue(s, i))) return true;
            }
        }
        return data.getSeriesCount() == 0;
    }

    private void paintLines() {
        XYItemRenderer renderer = plot.getRenderer();
        XYDataset data = plot.getDataset();
        if (renderer == null) return;
        update(() -> {
            for (int i = 0; i < lines.size(); i++) {
                boolean off = data != null && i < data.getSeriesCount() && hidden.contains(data.getSeriesKey(i));
                renderer.setSeriesPaint(i, off ? HIDDEN : look.line(lines.get(i)), false);
                if (renderer instanceof AbstractXYItemRenderer r) r.setLegendTextPaint(i, off ? look.mutedText() : look.text());
            }
            chart.fireChartChanged();
        });
    }

    /** Ctrl (or the platform's shortcut key) + wheel zooms; the plain wheel is left to the scroll pane around. */
    private static final class ModifierZoom extends ScrollHandlerFX {
        ModifierZoom() {
            super("modifier-scroll");
        }

        @Override
        public void handleScroll(ChartCanvas canvas, ScrollEvent e) {
            if (!e.isControlDown() && !e.isShortcutDown()) return;
            super.handleScroll(canvas, e);
            e.consume();
        }
    }

    /** A click on a legend entry hides its series, a second one shows it again. */
    private final class LegendToggle implements ChartMouseListenerFX {
        @Override
        public void chartMouseClicked(ChartMouseEventFX event) {
            if (!(event.getEntity() instanceof LegendItemEntity item) || item.getSeriesKey() == null) return;
            Comparable<?> key = item.getSeriesKey();
            if (!hidden.remove(key)) hidden.add(key);
            paintLines();
        }

        @Override
        public void chartMouseMoved(ChartMouseEventFX event) {}
    }
}
