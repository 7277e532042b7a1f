package org.landscapelab.ui.three;

import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.LandscapeFunction;
import org.landscapelab.render.Raster;

/**
 * The nodes of a surface: nx x ny points spanning a region edge to edge (node 0 on xMin, node
 * nx - 1 on xMax; likewise in y). Cells are as square as whole numbers allow, so the surface keeps
 * the aspect of the region.
 */
public record SurfaceGrid(Domain region, int nx, int ny) {
    public SurfaceGrid {
        if (region == null) throw new IllegalArgumentException("a surface grid needs a region");
        if (nx < 2 || ny < 2) throw new IllegalArgumentException("a surface grid needs at least 2 x 2 nodes, got " + nx + " x " + ny);
    }

    /** {@code resolution} nodes along the longer side of the region, proportionally fewer along the shorter one. */
    public static SurfaceGrid of(Domain region, int resolution) {
        if (resolution < 2) throw new IllegalArgumentException("resolution must be at least 2 nodes, got " + resolution);
        double w = region.width();
        double h = region.height();
        int cells = resolution - 1;
        if (w >= h) return new SurfaceGrid(region, resolution, 1 + (int) Math.max(1, Math.round(cells * h / w)));
        return new SurfaceGrid(region, 1 + (int) Math.max(1, Math.round(cells * w / h)), resolution);
    }

    /** x of node column i. */
    public double x(int i) {
        return i == nx - 1 ? region.xMax() : region.xMin() + i * (region.width() / (nx - 1));
    }

    /** y of node row j. */
    public double y(int j) {
        return j == ny - 1 ? region.yMax() : region.yMin() + j * (region.height() / (ny - 1));
    }

    /**
     * f at the nodes, rows in parallel. A {@link Raster} samples cell centres, so it is asked for
     * the region grown by half a node spacing: its centres are then these nodes.
     */
    public Raster sample(LandscapeFunction f) {
        double hx = region.width() / (nx - 1);
        double hy = region.height() / (ny - 1);
        Domain grown = new Domain(region.xMin() - hx / 2, region.xMax() + hx / 2, region.yMin() - hy / 2, region.yMax() + hy / 2);
        return Raster.sample(f, grown, nx, ny);
    }
}
