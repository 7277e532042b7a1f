package org.landscapelab.ui.landscape;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.landscapelab.ui.fx.WhenShown;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import org.jfree.fx.FXGraphics2D;
import org.landscapelab.landscape.Point;
import org.landscapelab.render.Figure;
import org.landscapelab.render.FigureLayout;
import org.landscapelab.render.Overlay;
import org.landscapelab.render.PlotTransform;
import org.landscapelab.render.TrajectoryOverlay;

/**
 * The landscape on screen: the same {@link Figure} that export writes, drawn through FXGraphics2D.
 * Three canvases: the landscape (redrawn when the figure changes), the trajectories' lines and the
 * legend above it (the lines only grow while a run plays: each frame adds its new segments) and on
 * top what moves every frame (markers, particles, arrows). Mouse: click or drag sets the
 * start point, right- or middle-drag (or Shift-drag) pans, the wheel zooms about the cursor,
 * double-click resets the view; a click on a path's legend entry hides the path or shows it again.
 */
public final class LandscapeCanvas extends Region {
    /** How close (in pixels) the cursor must be to a critical point to show its curvature. */
    static final double HOVER_PIXELS = 7;

    private final Canvas landscapeCanvas = new Canvas();
    private final Canvas trailCanvas = new Canvas();
    private final Canvas overlayCanvas = new Canvas();
    private final FXGraphics2D landscapeGraphics = new FXGraphics2D(landscapeCanvas.getGraphicsContext2D());
    private final FXGraphics2D trailGraphics = new FXGraphics2D(trailCanvas.getGraphicsContext2D());
    private final FXGraphics2D overlayGraphics = new FXGraphics2D(overlayCanvas.getGraphicsContext2D());
    /** What the trail canvas shows: its figure's view and the paths, and up to which step. */
    private Object trailKey;
    private int trailStep = -1;
    private final LandscapeViewModel model;
    private Function<PlotTransform, List<Overlay>> overlays = t -> List.of();
    private Consumer<Point> onStart = p -> {};
    private Consumer<String> onLegendPath = label -> {};
    private final WhenShown shown = new WhenShown(this);
    private List<String> legend = List.of();
    /** The figure as last drawn, overlays included: its layout is what the mouse maps through. */
    private Figure drawn;
    /** Where the landscape canvas's figure has its plot and colour bar; null when it shows none. */
    private FigureLayout landscapeLayout;
    private double dragX;
    private double dragY;
    private boolean panning;

    public LandscapeCanvas(LandscapeViewModel model) {
        this.model = model;
        getStyleClass().add("landscape-canvas");
        setId("landscapeCanvas");
        getChildren().addAll(landscapeCanvas, trailCanvas, overlayCanvas);
        trailCanvas.setMouseTransparent(true);
        overlayCanvas.setMouseTransparent(true);
        // Behind another tab the figure is drawn when it shows again, not in the frames of the tab in view.
        model.figureProperty().addListener((obs, old, f) -> shown.run(this::redraw));
        setOnMouseMoved(e -> {
            PlotTransform t = transform();
            Point p = domainPoint(e.getX(), e.getY());
            boolean onLegendEntry = p == null && drawn != null && drawn.legendSeriesAt(getWidth(), getHeight(), e.getX(), e.getY()).isPresent();
            setCursor(onLegendEntry ? javafx.scene.Cursor.HAND : null);
            if (t == null || p == null) model.hover(null);
            else model.hover(p, HOVER_PIXELS / t.scaleX(), HOVER_PIXELS / t.scaleY());
        });
        setOnMouseExited(e -> model.hover(null));
        setOnScroll(this::zoom);
        setOnMousePressed(this::press);
        setOnMouseDragged(this::drag);
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !e.isShiftDown() && getCursor() != javafx.scene.Cursor.HAND) {
                model.resetView(); // not on a legend entry: a quick second click there only switches the path back
            }
        });
    }

    /** What to draw over the landscape, asked again at every {@link #redrawOverlays}. */
    public void setOverlays(Function<PlotTransform, List<Overlay>> source) {
        this.overlays = source;
        redrawOverlays();
    }

    /** Called with a path's label when the user clicks its legend entry. */
    public void setOnLegendPath(Consumer<String> handler) {
        this.onLegendPath = handler;
    }

    /** Called with the domain point when the user clicks or drags with the primary button. */
    public void setOnStart(Consumer<Point> handler) {
        this.onStart = handler;
    }

    /** The domain point under a position in this node, or null outside the plot. */
    public Point domainPoint(double sx, double sy) {
        PlotTransform t = transform();
        return t != null && t.inPlot(sx, sy) ? t.toDomain(sx, sy) : null;
    }

    /** Domain to canvas coordinates for the current figure and size, or null before the first figure. */
    public PlotTransform transform() {
        Figure f = drawn != null ? drawn : model.figureProperty().get();
        return f == null ? null : f.layout(getWidth(), getHeight()).transform();
    }

    /** The plot box (the heatmap itself, without axes, colourbar and legend) in this node, or null before the first figure. */
    public javafx.geometry.Rectangle2D plotBox() {
        Figure f = drawn != null ? drawn : model.figureProperty().get();
        if (f == null) return null;
        java.awt.geom.Rectangle2D plot = f.layout(getWidth(), getHeight()).plot();
        return new javafx.geometry.Rectangle2D(plot.getX(), plot.getY(), plot.getWidth(), plot.getHeight());
    }

    private void press(MouseEvent e) {
        dragX = e.getX();
        dragY = e.getY();
        panning = e.getButton() != MouseButton.PRIMARY || e.isShiftDown();
        if (!panning && drawn != null) {
            java.util.Optional<String> path = drawn.legendSeriesAt(getWidth(), getHeight(), e.getX(), e.getY());
            if (path.isPresent()) {
                if (e.getClickCount() == 1) onLegendPath.accept(path.get());
                panning = true; // a drag that starts on the legend moves no start point
                return;
            }
        }
        if (!panning && e.getClickCount() == 1) {
            Point p = domainPoint(e.getX(), e.getY());
            if (p != null) onStart.accept(p);
        }
    }

    private void drag(MouseEvent e) {
        if (!panning) {
            Point p = domainPoint(e.getX(), e.getY());
            if (p != null) onStart.accept(p);
            return;
        }
        PlotTransform t = transform();
        if (t == null) return;
        double dx = e.getX() - dragX;
        double dy = e.getY() - dragY;
        dragX = e.getX();
        dragY = e.getY();
        model.pan(-dx / t.scaleX(), dy / t.scaleY());
    }

    private void zoom(ScrollEvent e) {
        Point anchor = domainPoint(e.getX(), e.getY());
        if (anchor == null || e.getDeltaY() == 0) return;
        model.zoom(Math.exp(e.getDeltaY() * 0.002), anchor);
        e.consume();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (landscapeCanvas.getWidth() != w || landscapeCanvas.getHeight() != h) {
            landscapeCanvas.setWidth(w);
            landscapeCanvas.setHeight(h);
            trailCanvas.setWidth(w);
            trailCanvas.setHeight(h);
            overlayCanvas.setWidth(w);
            overlayCanvas.setHeight(h);
            model.resize(w, h);
            redraw();
        }
    }

    @Override
    protected double computePrefWidth(double height) { return 720; }

    @Override
    protected double computePrefHeight(double width) { return 560; }

    /**
     * Redraws the overlays; the landscape below is redrawn too only when a new legend moves the plot
     * or the colour bar (a slider dragging an optimizer's lr changes its legend's text at every step).
     */
    public void redrawOverlays() {
        if (!WhenShown.isShown(this)) {
            shown.run(this::redraw);
            return;
        }
        Figure f = model.figureProperty().get();
        if (f == null) return;
        List<Overlay> current = currentOverlays(f.layout(getWidth(), getHeight()).transform());
        List<String> labels = current.stream().map(Overlay::label).filter(s -> !s.isEmpty()).toList();
        if (!labels.equals(legend)) {
            legend = labels;
            if (!sameLandscapePlace(f.withOverlays(current).layout(landscapeCanvas.getWidth(), landscapeCanvas.getHeight()))) {
                redraw();
                return;
            }
        }
        drawOverlays(f.withOverlays(current));
    }

    /** Whether the landscape canvas, as last drawn, has its plot and colour bar where {@code layout} puts them. */
    private boolean sameLandscapePlace(FigureLayout layout) {
        return landscapeLayout != null && landscapeLayout.plot().equals(layout.plot()) && landscapeLayout.colorbar().equals(layout.colorbar())
                && landscapeLayout.transform().equals(layout.transform());
    }

    private List<Overlay> currentOverlays(PlotTransform t) {
        return overlays.apply(t);
    }

    private void redraw() {
        Figure f = model.figureProperty().get();
        double w = landscapeCanvas.getWidth();
        double h = landscapeCanvas.getHeight();
        landscapeCanvas.getGraphicsContext2D().clearRect(0, 0, w, h);
        landscapeLayout = null;
        if (f == null || w < 1 || h < 1) {
            trailCanvas.getGraphicsContext2D().clearRect(0, 0, w, h);
            overlayCanvas.getGraphicsContext2D().clearRect(0, 0, w, h);
            trailKey = null;
            return;
        }
        // The layout depends on the legend, so the landscape is laid out with the current overlays.
        Figure withOverlays = f.withOverlays(currentOverlays(f.layout(w, h).transform()));
        Figure laidOut = withOverlays.withOverlays(currentOverlays(withOverlays.layout(w, h).transform()));
        legend = laidOut.overlays().stream().map(Overlay::label).filter(s -> !s.isEmpty()).toList();
        laidOut.drawLandscape(landscapeGraphics, w, h);
        landscapeLayout = laidOut.layout(w, h);
        drawOverlays(laidOut);
    }

    private void drawOverlays(Figure f) {
        drawn = f;
        double w = overlayCanvas.getWidth();
        double h = overlayCanvas.getHeight();
        if (w < 1 || h < 1) return;
        drawTrails(f, w, h);
        overlayCanvas.getGraphicsContext2D().clearRect(0, 0, w, h);
        f.drawLive(overlayGraphics, w, h);
    }

    /** Adds the segments since the last frame, or redraws the lines when the view or the runs changed. */
    private void drawTrails(Figure f, double w, double h) {
        List<Object> paths = f.overlays().stream().filter(o -> o instanceof TrajectoryOverlay)
                .map(o -> (Object) ((TrajectoryOverlay) o).points()).toList();
        int step = f.overlays().stream().filter(o -> o instanceof TrajectoryOverlay)
                .mapToInt(o -> ((TrajectoryOverlay) o).current()).max().orElse(-1);
        List<String> labels = f.overlays().stream().map(o -> o instanceof TrajectoryOverlay t && t.hidden() ? "hidden:" + t.label() : o.label()).toList();
        Object key = List.of(f.landscape(), f.viewport(), f.options(), w, h, new IdentityList(paths), labels);
        if (!key.equals(trailKey) || step < trailStep) {
            trailCanvas.getGraphicsContext2D().clearRect(0, 0, w, h);
            f.drawTrails(trailGraphics, w, h, 0);
            f.drawLegend(trailGraphics, w, h);
        } else if (step > trailStep) {
            f.drawTrails(trailGraphics, w, h, trailStep);
        }
        trailKey = key;
        trailStep = step;
    }

    /** A list compared by the identity of its elements: the same path objects, not equal ones. */
    private record IdentityList(List<Object> items) {
        @Override
        public boolean equals(Object o) {
            if (!(o instanceof IdentityList other) || other.items.size() != items.size()) return false;
            for (int i = 0; i < items.size(); i++) if (items.get(i) != other.items.get(i)) return false;
            return true;
        }

        @Override
        public int hashCode() {
            int h = 1;
            for (Object o : items) h = 31 * h + System.identityHashCode(o);
            return h;
        }
    }
}
