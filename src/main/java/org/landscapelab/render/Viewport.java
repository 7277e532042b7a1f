package org.landscapelab.render;

import java.awt.geom.Rectangle2D;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Point;

/** The visible region of the plane; after pan and zoom it may differ from the landscape's domain. */
public record Viewport(Domain region) {

    public static Viewport of(Domain region) {
        return new Viewport(region);
    }

    /**
     * Zoomed by {@code factor} (&gt; 1 zooms in) about {@code anchor}, which stays where it is on
     * screen. Zooming stops where the view would be no domain: wider than {@link Domain#MAX_EXTENT},
     * or so narrow that its edges round to the same number.
     */
    public Viewport zoomed(double factor, Point anchor) {
        if (!(factor > 0 && Double.isFinite(factor))) throw new IllegalArgumentException("zoom factor must be > 0, got " + factor);
        double s = 1 / factor;
        return orUnchanged(
                anchor.x() + (region.xMin() - anchor.x()) * s, anchor.x() + (region.xMax() - anchor.x()) * s,
                anchor.y() + (region.yMin() - anchor.y()) * s, anchor.y() + (region.yMax() - anchor.y()) * s);
    }

    /** Shifted by (dx, dy) in domain units; a shift past what double holds leaves the view where it is. */
    public Viewport panned(double dx, double dy) {
        return orUnchanged(region.xMin() + dx, region.xMax() + dx, region.yMin() + dy, region.yMax() + dy);
    }

    private Viewport orUnchanged(double xMin, double xMax, double yMin, double yMax) {
        try {
            return new Viewport(new Domain(xMin, xMax, yMin, yMax));
        } catch (IllegalArgumentException e) {
            return this;
        }
    }

    /** The mapping between this region and a rectangle on screen. */
    public PlotTransform transform(Rectangle2D plotArea) {
        return new PlotTransform(region, plotArea);
    }
}
