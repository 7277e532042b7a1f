package org.landscapelab.render;

import java.awt.image.BufferedImage;
import java.util.stream.IntStream;

/** The raster images of a figure: heatmap and saddle-region tint. Row 0 of an image is the top. */
final class Images {
    private Images() {}

    /** One opaque pixel per raster cell, coloured by the map; NaN cells transparent. */
    static BufferedImage heatmap(Raster raster, Colormap colormap, ValueScale scale) {
        int nx = raster.nx();
        int ny = raster.ny();
        int[] argb = new int[nx * ny];
        IntStream.range(0, ny).parallel().forEach(j -> {
            int row = (ny - 1 - j) * nx;
            for (int i = 0; i < nx; i++) argb[row + i] = colormap.argb(scale.fraction(raster.value(i, j)));
        });
        return image(nx, ny, argb);
    }

    /** {@code tint} where the raster is negative (det H &lt; 0: a saddle region), transparent elsewhere. */
    static BufferedImage negativeMask(Raster raster, int tint) {
        int nx = raster.nx();
        int ny = raster.ny();
        int[] argb = new int[nx * ny];
        for (int j = 0; j < ny; j++) {
            int row = (ny - 1 - j) * nx;
            for (int i = 0; i < nx; i++) if (raster.value(i, j) < 0) argb[row + i] = tint;
        }
        return image(nx, ny, argb);
    }

    /** A vertical colour ramp, t = 1 at the top, for the colourbar. */
    static BufferedImage ramp(Colormap colormap, int steps) {
        int[] argb = new int[steps];
        for (int k = 0; k < steps; k++) argb[k] = colormap.argb(1 - (k + 0.5) / steps);
        return image(1, steps, argb);
    }

    private static BufferedImage image(int w, int h, int[] argb) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, w, h, argb, 0, w);
        return image;
    }
}
