package org.landscapelab.render;

import java.awt.image.BufferedImage;
import java.util.List;
import org.landscapelab.landscape.ColorScale;
import org.landscapelab.landscape.CriticalPoints;
import org.landscapelab.landscape.CriticalSet;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Landscape;

/**
 * The expensive, immutable part of a figure: raster, heatmap image, contours, saddle regions and
 * critical points of a landscape over a region at a resolution. Compute it off the UI thread; a
 * figure then only draws it, so overlays can be redrawn at frame rate.
 */
public final class LandscapeLayer {
    /** Saddle-region tint: white at 20 % opacity lightens any colour map without hiding it. */
    static final int SADDLE_TINT = 0x33FFFFFF;

    private final Landscape landscape;
    private final Domain region;
    private final Colormap colormap;
    private final ValueScale scale;
    private final double[] levels;
    private final Raster raster;
    private final BufferedImage heatmap;
    private final BufferedImage ramp;
    private final List<ContourLine> contours;
    private final BufferedImage saddleMask;
    private final List<ContourLine> saddleOutline;
    private final CriticalSet critical;

    private LandscapeLayer(Landscape landscape, Domain region, Colormap colormap, ColorScale kind, int contourCount,
                           int pixelsX, int pixelsY, CriticalSet critical) {
        this.landscape = landscape;
        this.region = region;
        this.colormap = colormap;
        RasterLimits.checkPixels("a landscape raster would have", pixelsX, pixelsY);
        // The surface is f itself, or the interpolation of a precomputed grid (a network slice).
        RasterLimits.checkWork(landscape.surface(), (long) pixelsX * pixelsY);
        // The critical points first: their search refuses at once what would take too long.
        this.critical = critical != null ? critical : CriticalPoints.of(landscape, region);
        this.raster = Raster.sample(landscape.surface(), region, pixelsX, pixelsY);
        this.scale = ValueScale.of(kind, raster);
        this.levels = scale.levels(contourCount);
        this.heatmap = Images.heatmap(raster, colormap, scale);
        this.ramp = Images.ramp(colormap, 256);
        this.contours = List.copyOf(Contours.trace(raster, levels));
        Raster det = Raster.hessianDeterminant(landscape.surface(), region, pixelsX, pixelsY);
        this.saddleMask = Images.negativeMask(det, SADDLE_TINT);
        this.saddleOutline = List.copyOf(Contours.trace(det, 0.0));
    }

    /** Everything for {@code landscape} over the viewport at pixelsX x pixelsY cells, with the options' colour map, scale and contour count. */
    public static LandscapeLayer compute(Landscape landscape, Viewport viewport, int pixelsX, int pixelsY, FigureOptions options) {
        return new LandscapeLayer(landscape, viewport.region(), options.colormap(), options.scale(), options.contourCount(),
                pixelsX, pixelsY, null);
    }

    /** The same at another resolution, reusing the critical points (they do not depend on it). */
    public LandscapeLayer resampled(int pixelsX, int pixelsY) {
        return new LandscapeLayer(landscape, region, colormap, scale.kind(), levels.length, pixelsX, pixelsY, critical);
    }

    /** Whether this layer already shows exactly that; if not, compute a new one. */
    public boolean matches(Landscape l, Viewport viewport, int pixelsX, int pixelsY, FigureOptions options) {
        return landscape == l && region.equals(viewport.region()) && raster.nx() == pixelsX && raster.ny() == pixelsY
                && colormap.equals(options.colormap()) && scale.kind() == options.scale() && levels.length == options.contourCount();
    }

    public Landscape landscape() { return landscape; }

    /** The region this layer was computed over (the figure's viewport may have moved since). */
    public Domain region() { return region; }

    public Colormap colormap() { return colormap; }

    public ValueScale scale() { return scale; }

    public double[] levels() { return levels.clone(); }

    public Raster raster() { return raster; }

    public List<ContourLine> contours() { return contours; }

    /** The zero contour of det H: the boundary of the saddle regions. */
    public List<ContourLine> saddleOutline() { return saddleOutline; }

    public CriticalSet critical() { return critical; }

    /** Package-private: images are mutable, so they never leave the package. */
    BufferedImage heatmap() { return heatmap; }

    BufferedImage saddleMask() { return saddleMask; }

    /** The colour map as a 1 x 256 image, top = 1, for the colourbar. */
    BufferedImage ramp() { return ramp; }
}
