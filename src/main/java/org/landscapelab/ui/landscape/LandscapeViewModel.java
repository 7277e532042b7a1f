package org.landscapelab.ui.landscape;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.landscapelab.landscape.ColorScale;
import org.landscapelab.landscape.CriticalPoint;
import org.landscapelab.landscape.CriticalSet;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Point;
import org.landscapelab.landscape.expr.ExpressionException;
import org.landscapelab.render.Figure;
import org.landscapelab.render.FigureOptions;
import org.landscapelab.render.LandscapeLayer;
import org.landscapelab.render.Layer;
import org.landscapelab.render.Viewport;
import org.landscapelab.ui.fx.LatestTask;
import org.landscapelab.ui.fx.Numbers;

/**
 * The observable state of the landscape panel: which landscape, how it is viewed, the figure on
 * screen. Everything a control does goes through here, so the logic is testable without a window.
 * Expensive work (rasters, contours, critical points) runs on the background executor; the figure
 * property always holds something drawable.
 */
public final class LandscapeViewModel {
    private final ObservableList<LandscapeLibrary.Entry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<LandscapeLibrary.Entry> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Landscape> landscape = new ReadOnlyObjectWrapper<>();
    private final StringProperty expression = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<ExpressionException> expressionError = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<FigureOptions> options = new SimpleObjectProperty<>(FigureOptions.defaults());
    private final ReadOnlyObjectWrapper<Viewport> viewport = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Figure> figure = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty readout = new SimpleStringProperty("");
    private final LatestTask<Figure> rendering;
    private double plotWidth = 640;
    private double plotHeight = 480;

    /** Figures are computed on {@code background} and published through {@code fxThread} ({@code Platform::runLater} in the app). */
    public LandscapeViewModel(LandscapeLibrary library, Executor background, Executor fxThread) {
        this.rendering = new LatestTask<>(background, fxThread);
        entries.setAll(library.entries());
        if (!library.problems().isEmpty()) message.set(String.join("; ", library.problems()));
        selected.addListener((obs, old, entry) -> {
            if (entry != null) show(entry.landscape(), true);
        });
    }

    public ObservableList<LandscapeLibrary.Entry> entries() { return entries; }

    public ObjectProperty<LandscapeLibrary.Entry> selectedProperty() { return selected; }

    public ReadOnlyObjectProperty<Landscape> landscapeProperty() { return landscape.getReadOnlyProperty(); }

    public Landscape landscape() { return landscape.get(); }

    /** The expression text as typed; {@link #applyExpression} turns it into the landscape. */
    public StringProperty expressionProperty() { return expression; }

    /** The parse error of the typed expression, or null. */
    public ReadOnlyObjectProperty<ExpressionException> expressionErrorProperty() { return expressionError.getReadOnlyProperty(); }

    public ObjectProperty<FigureOptions> optionsProperty() { return options; }

    public ReadOnlyObjectProperty<Viewport> viewportProperty() { return viewport.getReadOnlyProperty(); }

    /** What the canvas draws; null until the first landscape has been computed. */
    public ReadOnlyObjectProperty<Figure> figureProperty() { return figure.getReadOnlyProperty(); }

    public BooleanProperty busyProperty() { return busy; }

    /** Problems and notes for the status bar. */
    public StringProperty messageProperty() { return message; }

    /** Position, value and gradient under the cursor. */
    public StringProperty readoutProperty() { return readout; }

    /** Opens an entry (and adds it to the list if it is new, e.g. a file just opened). */
    public void open(LandscapeLibrary.Entry entry) {
        if (!entries.contains(entry)) entries.add(entry);
        selected.set(entry);
    }

    /**
     * Checks typed text (at every keystroke): returns the parse error, or null if the text is a
     * valid expression. Nothing changes on screen; {@link #applyExpression} does that.
     */
    public ExpressionException validateExpression(String text) {
        expression.set(text);
        try {
            org.landscapelab.landscape.Expression.parse(text);
            expressionError.set(null);
        } catch (ExpressionException e) {
            expressionError.set(e);
        }
        return expressionError.get();
    }

    /**
     * Makes the typed text the landscape, keeping the current domain. An invalid expression leaves
     * the old landscape on screen and reports where the problem is.
     */
    public boolean applyExpression(String text) {
        Landscape current = landscape.get();
        // A landscape without an expression (a network slice) shows its description there, read-only: Enter changes nothing.
        if (current != null && !current.hasExpression() && text.equals(current.description())) return true;
        if (validateExpression(text) != null) return false;
        if (current != null && current.hasExpression() && text.equals(current.expression().source())) return true;
        Domain domain = current == null ? new Domain(-2, 2, -2, 2) : current.domain();
        show(Landscape.ofExpression(text, domain), false);
        return true;
    }

    public void setParameter(String name, double value) {
        Landscape current = landscape.get();
        if (current == null || current.parameter(name).map(p -> p.value() == value).orElse(true)) return;
        show(current.withParameter(name, value), false);
    }

    public void setColormap(String name) {
        options.set(options.get().withColormap(name));
        refresh();
    }

    public void setScale(ColorScale scale) {
        options.set(options.get().withScale(scale));
        refresh();
    }

    public void setContourCount(int count) {
        options.set(options.get().withContourCount(count));
        refresh();
    }

    /** Font, marker and line scale of the figure (1 normally, larger for a projector). */
    public void setFontScale(double scale) {
        options.set(options.get().withFontScale(scale));
        refresh();
    }

    public void setTheme(org.landscapelab.render.Theme theme) {
        options.set(options.get().withTheme(theme));
        refresh();
    }

    public void setLayerShown(Layer layer, boolean shown) {
        options.set(options.get().withLayer(layer, shown));
        refresh();
    }

    /** Zooms by {@code factor} (> 1 zooms in) about a domain point that stays put on screen. */
    public void zoom(double factor, Point anchor) {
        if (viewport.get() == null) return;
        viewport.set(viewport.get().zoomed(factor, anchor));
        refresh();
    }

    /** Moves the view by (dx, dy) in domain units. */
    public void pan(double dx, double dy) {
        if (viewport.get() == null) return;
        viewport.set(viewport.get().panned(dx, dy));
        refresh();
    }

    /** Shows exactly this region (a session's viewport). */
    public void setViewport(Domain region) {
        if (landscape.get() == null) return;
        viewport.set(Viewport.of(region));
        refresh();
    }

    /** Applies view settings all at once (a session or a scenario), with one redraw. */
    public void setView(FigureOptions newOptions) {
        options.set(newOptions.withSize(options.get().width(), options.get().height()).withTitle(options.get().title()));
        refresh();
    }

    public void resetView() {
        if (landscape.get() == null) return;
        viewport.set(Viewport.of(landscape.get().domain()));
        refresh();
    }

    /** The canvas size in points; the figure is recomputed at one cell per point. */
    public void resize(double width, double height) {
        if (width < 50 || height < 50 || (width == plotWidth && height == plotHeight)) return;
        plotWidth = width;
        plotHeight = height;
        refresh();
    }

    /** Updates the readout for the domain point under the cursor, or clears it (null). */
    public void hover(Point p) {
        hover(p, 0, 0);
    }

    /**
     * The readout for the point under the cursor: over a critical point (within the given distances,
     * a few pixels in domain units) its type, value and Hessian eigenvalues; elsewhere f and its gradient.
     */
    public void hover(Point p, double nearX, double nearY) {
        Landscape l = landscape.get();
        if (p == null || l == null) {
            readout.set("");
            return;
        }
        Figure f = figure.get();
        if (f != null && f.landscape().landscape() == l) {
            for (CriticalPoint c : f.landscape().critical().points()) {
                if (Math.abs(c.x() - p.x()) <= nearX && Math.abs(c.y() - p.y()) <= nearY) {
                    readout.set(String.format("%s at (%s, %s)   f = %s   Hessian eigenvalues %s, %s", c.type().label(),
                            Numbers.format(c.x()), Numbers.format(c.y()), Numbers.format(c.value()),
                            Numbers.format(c.eigMin()), Numbers.format(c.eigMax())));
                    return;
                }
            }
        }
        double[] g = new double[2];
        double value = l.surface().gradient(p.x(), p.y(), g);   // a network slice: from its grid, not a backpropagation per move
        readout.set(String.format("%s = %s   %s = %s   f = %s   \u2207f = (%s, %s)   |\u2207f| = %s",
                l.axisNames().get(0), Numbers.format(p.x()), l.axisNames().get(1), Numbers.format(p.y()), Numbers.format(value), Numbers.format(g[0]), Numbers.format(g[1]),
                Numbers.format(Math.hypot(g[0], g[1]))));
    }

    /** One line about the critical points on screen, e.g. "9 critical points: 4 minima, 4 saddles, 1 maximum". */
    public static String summary(CriticalSet set) {
        List<CriticalPoint> p = set.points();
        long min = p.stream().filter(c -> c.type() == CriticalPoint.Type.MINIMUM).count();
        long max = p.stream().filter(c -> c.type() == CriticalPoint.Type.MAXIMUM).count();
        long sad = p.stream().filter(c -> c.type() == CriticalPoint.Type.SADDLE).count();
        long deg = p.stream().filter(c -> c.type() == CriticalPoint.Type.DEGENERATE).count();
        StringBuilder b = new StringBuilder(p.size() + (p.size() == 1 ? " critical point" : " critical points"));
        String parts = join(plural(min, "minimum", "minima"), plural(sad, "saddle", "saddles"),
                plural(max, "maximum", "maxima"), plural(deg, "degenerate", "degenerate"));
        if (!parts.isEmpty()) b.append(": ").append(parts);
        if (set.hasCurves()) b.append("; the gradient also vanishes along curves (dotted)");
        return b.toString();
    }

    private static String plural(long n, String one, String many) {
        return n == 0 ? "" : n + " " + (n == 1 ? one : many);
    }

    private static String join(String... parts) {
        return String.join(", ", java.util.Arrays.stream(parts).filter(s -> !s.isEmpty()).toList());
    }

    private void show(Landscape l, boolean resetView) {
        boolean newLandscape = landscape.get() == null || !landscape.get().sameDefinition(l);
        landscape.set(l);
        if (resetView || viewport.get() == null) viewport.set(Viewport.of(l.domain()));
        if (newLandscape && resetView) {
            options.set(options.get().withScale(l.scale()).withTitle(l.name()));
            // A landscape without an expression (a network slice): the field shows how it was made, read-only.
            expression.set(l.hasExpression() ? l.expression().source() : l.description());
            expressionError.set(null);
        } else if (newLandscape) {
            // A typed expression: the old landscape's name would title it, on screen and in exports.
            options.set(options.get().withTitle(l.name()));
        }
        refresh();
    }

    /** Redraws at once with what is there, then recomputes what changed in the background. */
    private void refresh() {
        Landscape l = landscape.get();
        if (l == null) return;
        Viewport v = viewport.get();
        FigureOptions o = options.get().withSize(plotWidth, plotHeight);
        Figure current = figure.get();
        if (current != null && current.landscape().landscape() == l) figure.set(current.withViewport(v).withOptions(o));
        busy.set(true);
        Figure base = current != null && current.landscape().landscape() == l ? current.withViewport(v).withOptions(o) : null;
        double w = plotWidth;
        double h = plotHeight;
        rendering.submit(() -> base != null ? base.resolvedFor(w, h, 1) : Figure.compute(l, v, o),
                f -> {
                    figure.set(f);
                    busy.set(false);
                    message.set(summary(f.landscape().critical()));
                },
                error -> {
                    busy.set(false);
                    message.set("Could not draw " + l.name() + ": " + error.getMessage());
                });
    }
}
