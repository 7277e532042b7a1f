package org.landscapelab.render;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;
import org.landscapelab.landscape.Domain;

/**
 * Where the parts of a figure go for a given size: the plot rectangle (with the domain-screen
 * transform the UI needs for the mouse), the colourbar to its right and the legend beyond, outside
 * the plot so it never hides the landscape. Text is measured, so labels never overlap the plot
 * whatever the font scale.
 */
public record FigureLayout(double width, double height, Rectangle2D plot, Optional<Rectangle2D> colorbar,
                           Optional<Rectangle2D> legend, PlotTransform transform) {
    static final double TICK = 4;
    static final double COLORBAR_GAP = 14;
    static final double COLORBAR_WIDTH = 13;
    static final double LEGEND_GAP = 14;

    /** Height of the title with the gap below it. */
    static double titleHeight(Style st) {
        return Style.lineHeight(st.titleFont) + st.size(8);
    }

    static FigureLayout of(Figure figure, double width, double height) {
        FigureOptions o = figure.options();
        Style st = new Style(o);
        Domain region = figure.viewport().region();
        double pad = st.size(10);
        // Above the plot: the title over it and the colourbar's caption over the bar, side by side.
        double head = Math.max(o.shows(Layer.TITLE) && !o.title().isEmpty() ? titleHeight(st) : 0,
                o.shows(Layer.COLORBAR) ? Style.lineHeight(st.labelFont) + st.size(5) : 0);
        double top = pad + head;
        double bottom = height - pad;
        double left = pad;
        double right = width - pad;
        if (o.shows(Layer.AXES)) {
            bottom -= st.size(TICK + 3) + Style.lineHeight(st.tickFont) + st.size(4) + Style.lineHeight(st.labelFont);
            left += Style.lineHeight(st.labelFont) + st.size(6) + Axes.widestYLabel(region, bottom - top, st) + st.size(TICK + 3);
            right -= st.size(6); // room for half of the last x tick label
        }
        double colorbarSpace = 0;
        if (o.shows(Layer.COLORBAR)) {
            double widest = 0;
            for (ColorbarTicks.Tick t : ColorbarTicks.of(figure.landscape().scale(), ColorbarTicks.TARGET)) widest = Math.max(widest, Style.width(st.tickFont, t.label()));
            colorbarSpace = st.size(COLORBAR_GAP + COLORBAR_WIDTH + TICK + 3) + widest;
            right -= colorbarSpace;
        }
        List<Legend.Entry> entries = o.shows(Layer.LEGEND) ? Legend.entries(figure) : List.of();
        double legendWidth = entries.isEmpty() ? 0 : Legend.width(entries, st);
        if (legendWidth > 0) right -= st.size(LEGEND_GAP) + legendWidth;
        double w = Math.max(1, right - left);
        double h = Math.max(1, bottom - top);
        double px = left;
        double py = top;
        if (o.equalAspect()) {
            double aspect = region.width() / region.height();
            if (w / h > aspect) {
                double fitted = h * aspect;
                px += (w - fitted) / 2; // centre plot and colourbar together
                w = fitted;
            } else {
                double fitted = w / aspect;
                py += (h - fitted) / 2; // the title and axes move with the plot
                h = fitted;
            }
        }
        Rectangle2D plot = new Rectangle2D.Double(px, py, w, h);
        Optional<Rectangle2D> bar = o.shows(Layer.COLORBAR)
                ? Optional.of(new Rectangle2D.Double(px + w + st.size(COLORBAR_GAP), py, st.size(COLORBAR_WIDTH), h))
                : Optional.empty();
        Optional<Rectangle2D> legend = legendWidth > 0
                ? Optional.of(new Rectangle2D.Double(px + w + colorbarSpace + st.size(LEGEND_GAP), py, legendWidth, Legend.height(entries, st)))
                : Optional.empty();
        return new FigureLayout(width, height, plot, bar, legend, figure.viewport().transform(plot));
    }
}
