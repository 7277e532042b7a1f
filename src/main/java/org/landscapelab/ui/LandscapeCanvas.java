package org.landscapelab.ui;

import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import org.jfree.fx.FXGraphics2D;
import org.landscapelab.landscape.Point;
import org.landscapelab.render.Figure;
import org.landscapelab.render.PlotTransform;

/**
 * The landscape on screen: the same {@link Figure} that export writes, drawn through FXGraphics2D.
 * Two canvases: the landscape below (redrawn when the figure changes) and the overlays above
 * (redrawn every animation frame without touching the landscape). Mouse: wheel zooms about the
 * cursor, drag pans, double-click resets the view.
 */
public final class LandscapeCanvas extends Region {
    private final Canvas landscapeCanvas = new Canvas();
    private final Canvas overlayCanvas = new Canvas();
    private final FXGraphics2D landscapeGraphics = new FXGraphics2D(landscapeCanvas.getGraphicsContext2D());
    private final FXGraphics2D overlayGraphics = new FXGraphics2D(overlayCanvas.getGraphicsContext2D());
    private final LandscapeViewModel model;
    private double dragX;
    private double dragY;
    private boolean dragged;

    public LandscapeCanvas(LandscapeViewModel model) {
        this.model = model;
        getStyleClass().add("landscape-canvas");
        setId("landscapeCanvas");
        getChildren().addAll(landscapeCanvas, overlayCanvas);
        overlayCanvas.setMouseTransparent(true);
        model.figureProperty().addListener((obs, old, f) -> redraw());
        setOnMouseMoved(e -> model.hover(domainPoint(e.getX(), e.getY())));
        setOnMouseExited(e -> model.hover(null));
        setOnScroll(this::zoom);
        setOnMousePressed(e -> {
            dragX = e.getX();
            dragY = e.getY();
            dragged = false;
        });
        setOnMouseDragged(this::pan);
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !dragged) model.resetView();
        });
    }

    /** The domain point under a position in this node, or null outside the plot. */
    public Point domainPoint(double sx, double sy) {
        PlotTransform t = transform();
        return t != null && t.inPlot(sx, sy) ? t.toDomain(sx, sy) : null;
    }

    /** Domain to canvas coordinates for the current figure and size, or null before the first figure. */
    public PlotTransform transform() {
        Figure f = model.figureProperty().get();
        return f == null ? null : f.layout(getWidth(), getHeight()).transform();
    }

    private void zoom(ScrollEvent e) {
        Point anchor = domainPoint(e.getX(), e.getY());
        if (anchor == null || e.getDeltaY() == 0) return;
        model.zoom(Math.exp(e.getDeltaY() * 0.002), anchor);
        e.consume();
    }

    private void pan(MouseEvent e) {
        PlotTransform t = transform();
        if (t == null) return;
        double dx = e.getX() - dragX;
        double dy = e.getY() - dragY;
        if (Math.abs(dx) + Math.abs(dy) < 1) return;
        dragged = true;
        dragX = e.getX();
        dragY = e.getY();
        model.pan(-dx / t.scaleX(), dy / t.scaleY());
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (landscapeCanvas.getWidth() != w || landscapeCanvas.getHeight() != h) {
            landscapeCanvas.setWidth(w);
            landscapeCanvas.setHeight(h);
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

    private void redraw() {
        Figure f = model.figureProperty().get();
        double w = landscapeCanvas.getWidth();
        double h = landscapeCanvas.getHeight();
        landscapeCanvas.getGraphicsContext2D().clearRect(0, 0, w, h);
        overlayCanvas.getGraphicsContext2D().clearRect(0, 0, w, h);
        if (f == null || w < 1 || h < 1) return;
        f.drawLandscape(landscapeGraphics, w, h);
        f.drawOverlays(overlayGraphics, w, h);
    }
}
