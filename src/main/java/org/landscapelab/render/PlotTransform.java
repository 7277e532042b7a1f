package org.landscapelab.render;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Point;

/**
 * Domain coordinates to screen coordinates and back: the region fills the plot rectangle, x to
 * the right and y up (screen y runs down). Screen units are those of the Graphics2D the figure is
 * drawn on (pixels on screen, points in files).
 */
public record PlotTransform(Domain region, Rectangle2D plot) {
    public PlotTransform {
        plot = new Rectangle2D.Double(plot.getX(), plot.getY(), plot.getWidth(), plot.getHeight());
    }

    @Override
    public Rectangle2D plot() {
        return (Rectangle2D) plot.clone();
    }

    public double screenX(double x) {
        return plot.getX() + (x - region.xMin()) / region.width() * plot.getWidth();
    }

    public double screenY(double y) {
        return plot.getMaxY() - (y - region.yMin()) / region.height() * plot.getHeight();
    }

    public Point2D toScreen(Point p) {
        return new Point2D.Double(screenX(p.x()), screenY(p.y()));
    }

    public double domainX(double sx) {
        return region.xMin() + (sx - plot.getX()) / plot.getWidth() * region.width();
    }

    public double domainY(double sy) {
        return region.yMin() + (plot.getMaxY() - sy) / plot.getHeight() * region.height();
    }

    /** The domain point under a screen position, e.g. the mouse. */
    public Point toDomain(double sx, double sy) {
        return new Point(domainX(sx), domainY(sy));
    }

    /** Screen units per domain unit along x (and, negated, along y). */
    public double scaleX() { return plot.getWidth() / region.width(); }

    public double scaleY() { return plot.getHeight() / region.height(); }

    /** Whether a screen position lies inside the plot rectangle. */
    public boolean inPlot(double sx, double sy) {
        return plot.contains(sx, sy);
    }

    /** The affine map domain to screen. */
    public AffineTransform toScreen() {
        return new AffineTransform(scaleX(), 0, 0, -scaleY(), screenX(0), screenY(0));
    }

    /** The screen rectangle of a domain rectangle. */
    public Rectangle2D toScreen(Domain d) {
        double x0 = screenX(d.xMin());
        double y0 = screenY(d.yMax());
        return new Rectangle2D.Double(x0, y0, screenX(d.xMax()) - x0, screenY(d.yMin()) - y0);
    }
}
