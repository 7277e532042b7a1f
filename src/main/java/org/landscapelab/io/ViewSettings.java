package org.landscapelab.io;

import java.util.Objects;
import java.util.Set;
import org.landscapelab.landscape.ColorScale;
import org.landscapelab.landscape.Domain;
import org.landscapelab.render.Colormap;
import org.landscapelab.render.Layer;

/** How the landscape is viewed: colours, contours, which layers show, the visible region and the arrows. */
public record ViewSettings(Colormap colormap, ColorScale scale, int contourCount, Set<Layer> layers, Domain viewport,
                           Arrows arrows) {
    /** Which arrows are drawn at each run's current point. */
    public record Arrows(boolean gradient, boolean momentum, boolean update) {
        public static final Arrows NONE = new Arrows(false, false, false);
    }

    public ViewSettings {
        Objects.requireNonNull(colormap, "colormap");
        Objects.requireNonNull(scale, "scale");
        if (contourCount < 0) throw new IllegalArgumentException("contour count must be >= 0, got " + contourCount);
        layers = Set.copyOf(layers);
        Objects.requireNonNull(viewport, "viewport");
        Objects.requireNonNull(arrows, "arrows");
    }
}
