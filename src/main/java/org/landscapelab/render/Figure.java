package org.landscapelab.render;

import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.landscapelab.landscape.Landscape;

/**
 * A landscape figure: the computed {@link LandscapeLayer}, the visible {@link Viewport}, the
 * options and the overlays. The one drawing path for the screen (through FXGraphics2D) and for
 * PNG, SVG and PDF files. Drawing costs only drawing: everything expensive is in the layer.
 *
 * <p>For animation, draw {@link #drawLandscape} once into a cached image or a back canvas and
 * {@link #drawOverlays} every frame on top; {@link #draw} does both. The layout makes room for
 * the legend, so a change of the overlays' labels (not of their points) moves the plot: redraw
 * the landscape then too.
 */
public record Figure(LandscapeLayer landscape, Viewport viewport, FigureOptions options, List<Overlay> overlays) implements Drawable {
    public Figure {
        overlays = List.copyOf(overlays);
    }

    /** The layer's region in view, no overlays. */
    public static Figure of(LandscapeLayer layer, FigureOptions options) {
        return new Figure(layer, Viewport.of(layer.region()), options, List.of());
    }

    /**
     * Computes the figure of a landscape over its domain, its layer at one cell per point of the
     * plot at the options' size. Call off the UI thread.
     */
    public static Figure compute(Landscape landscape, FigureOptions options) {
        return compute(landscape, Viewport.of(landscape.domain()), options);
    }

    public static Figure compute(Landscape landscape, Viewport viewport, FigureOptions options) {
        // A coarse layer first: the layout needs its colourbar labels to size the plot.
        Figure coarse = new Figure(LandscapeLayer.compute(landscape, viewport, 64, 64, options), viewport, options, List.of());
        return coarse.resolvedFor(options.width(), options.height(), 1);
    }

    /**
     * This figure with a layer for the current viewport and options at {@code pixelsPerPoint}
     * cells per point of the plot drawn at width x height: the layer is recomputed only if it
     * differs (a moved viewport, other options, another resolution), and the critical points are
     * kept when only the resolution changed.
     */
    public Figure resolvedFor(double width, double height, double pixelsPerPoint) {
        Rectangle2D plot = layout(width, height).plot();
        int px = Math.max(2, (int) Math.ceil(plot.getWidth() * pixelsPerPoint - 1e-6));
        int py = Math.max(2, (int) Math.ceil(plot.getHeight() * pixelsPerPoint - 1e-6));
        Landscape l = landscape.landscape();
        if (landscape.matches(l, viewport, px, py, options)) return this;
        LandscapeLayer layer = landscape.matches(l, viewport, landscape.raster().nx(), landscape.raster().ny(), options)
                ? landscape.resampled(px, py)
                : LandscapeLayer.compute(l, viewport, px, py, options);
        return new Figure(layer, viewport, options, overlays);
    }

    public Figure withLandscape(LandscapeLayer layer) {
        return new Figure(layer, viewport, options, overlays);
    }

    public Figure withViewport(Viewport v) {
        return new Figure(landscape, v, options, overlays);
    }

    public Figure withOptions(FigureOptions o) {
        return new Figure(landscape, viewport, o, overlays);
    }

    public Figure withOverlays(List<? extends Overlay> list) {
        return new Figure(landscape, viewport, options, List.copyOf(list));
    }

    public Figure withOverlay(Overlay overlay) {
        List<Overlay> list = new ArrayList<>(overlays);
        list.add(overlay);
        return new Figure(landscape, viewport, options, list);
    }

    /** Where everything goes at this size; its transform maps the mouse to the domain. */
    public FigureLayout layout(double width, double height) {
        return FigureLayout.of(this, width, height);
    }

    /** The whole figure on a width x height area at the graphics' origin. */
    public void draw(Graphics2D g, double width, double height) {
        FigureLayout layout = layout(width, height);
        drawLandscape(g, layout);
        drawOverlays(g, layout);
    }

    /** For a file: the whole figure with its layer resolved to the device's pixels first ({@link #resolvedFor}). */
    @Override
    public void draw(Graphics2D g, double width, double height, double pixelsPerPoint) {
        resolvedFor(width, height, pixelsPerPoint).draw(g, width, height);
    }

    @Override
    public String documentTitle() {
        return options.title();
    }

    /** Background, landscape layers, axes, colourbar and title: what changes only with the layer, view or options. */
    public void drawLandscape(Graphics2D g, double width, double height) {
        drawLandscape(g, layout(width, height));
    }

    /** Overlays and the legend, on top of {@link #drawLandscape}. */
    public void drawOverlays(Graphics2D g, double width, double height) {
        drawOverlays(g, layout(width, height));
    }

    /**
     * The trajectories' lines from step {@code from} on: the layer of the overlays that only grows
     * while a run plays. With {@link #drawLive} over it and {@link #drawLegend}, the same as
     * {@link #drawOverlays}.
     */
    public void drawTrails(Graphics2D g, double width, double height, int from) {
        if (!options.shows(Layer.OVERLAYS)) return;
        FigureLayout layout = layout(width, height);
        Style st = new Style(options);
        SavedState saved = SavedState.of(g);
        try {
            Style.applyHints(g);
            g.clip(layout.plot());
            OverlayPainter.lines(g, overlays, layout.transform(), st, from);
        } finally {
            saved.restore(g);
        }
    }

    /** Clouds, current-step markers and arrows: the overlays that change every frame. */
    public void drawLive(Graphics2D g, double width, double height) {
        if (!options.shows(Layer.OVERLAYS)) return;
        FigureLayout layout = layout(width, height);
        Style st = new Style(options);
        SavedState saved = SavedState.of(g);
        try {
            Style.applyHints(g);
            g.clip(layout.plot());
            OverlayPainter.live(g, overlays, layout.transform(), st);
        } finally {
            saved.restore(g);
        }
    }

    /**
     * The label of the trajectory whose legend entry is at (x, y) in a drawing of this figure at
     * width × height, if any: what a click on the legend shows or hides.
     */
    public java.util.Optional<String> legendSeriesAt(double width, double height, double x, double y) {
        if (!options.shows(Layer.OVERLAYS)) return java.util.Optional.empty();
        return layout(width, height).legend()
                .flatMap(area -> Legend.at(Legend.entries(this), area, new Style(options), x, y))
                .filter(Legend.Entry::series).map(Legend.Entry::label);
    }

    /** The legend beside the plot (it changes only when the overlays' labels do). */
    public void drawLegend(Graphics2D g, double width, double height) {
        FigureLayout layout = layout(width, height);
        Style st = new Style(options);
        SavedState saved = SavedState.of(g);
        try {
            Style.applyHints(g);
            layout.legend().ifPresent(area -> Legend.draw(g, Legend.entries(this), area, st));
        } finally {
            saved.restore(g);
        }
    }

    private void drawLandscape(Graphics2D g, FigureLayout layout) {
        Style st = new Style(options);
        SavedState saved = SavedState.of(g);
        try {
            Style.applyHints(g);
            g.setColor(options.theme().background());
            g.fill(new Rectangle2D.Double(0, 0, layout.width(), layout.height()));
            g.clip(layout.plot());
            LandscapePainter.draw(g, landscape, layout.transform(), options, st);
            g.setClip(saved.clip);
            if (options.shows(Layer.AXES)) Axes.draw(g, layout, st, landscape.landscape().axisNames());
            else {
                g.setColor(st.theme.muted());
                g.setStroke(st.stroke(0.8));
                g.draw(layout.plot());
            }
            layout.colorbar().ifPresent(bar -> Colorbar.draw(g, bar, landscape, options, st));
            if (options.shows(Layer.TITLE) && !options.title().isEmpty()) {
                g.setColor(st.theme.foreground());
                // Centred over the plot, but never cut at the figure's left edge (a long name on a small plot).
                double half = Style.width(st.titleFont, options.title()) / 2;
                Style.text(g, st.titleFont, options.title(), Math.max(layout.plot().getCenterX(), Math.min(half + st.size(4), layout.width() / 2)),
                        layout.plot().getY() - FigureLayout.titleHeight(st), 0.5, 0);
            }
        } finally {
            saved.restore(g);
        }
    }

    private void drawOverlays(Graphics2D g, FigureLayout layout) {
        Style st = new Style(options);
        SavedState saved = SavedState.of(g);
        try {
            Style.applyHints(g);
            if (options.shows(Layer.OVERLAYS)) {
                g.clip(layout.plot());
                OverlayPainter.draw(g, overlays, layout.transform(), st);
                g.setClip(saved.clip);
            }
            layout.legend().ifPresent(area -> Legend.draw(g, Legend.entries(this), area, st));
        } finally {
            saved.restore(g);
        }
    }

    /** What drawing changes on a caller's Graphics2D, put back afterwards (create() is not reliable on every backend). */
    private record SavedState(AffineTransform transform, Shape clip, Paint paint, Stroke stroke, Font font,
                              Composite composite, RenderingHints hints) {
        static SavedState of(Graphics2D g) {
            return new SavedState(g.getTransform(), g.getClip(), g.getPaint(), g.getStroke(), g.getFont(), g.getComposite(),
                    (RenderingHints) g.getRenderingHints().clone());
        }

        void restore(Graphics2D g) {
            g.setTransform(transform);
            g.setClip(clip);
            g.setPaint(paint);
            g.setStroke(stroke);
            g.setFont(font);
            g.setComposite(composite);
            g.setRenderingHints(hints);
        }
    }
}
