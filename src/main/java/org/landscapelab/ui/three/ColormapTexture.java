package org.landscapelab.ui.three;

import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import org.landscapelab.render.Colormap;

/** A colour map as a one-row texture: texel k has the colour at t = k / (width - 1), as {@link SurfaceMesh#textureU} expects. */
final class ColormapTexture {
    private ColormapTexture() {}

    static WritableImage of(Colormap map) {
        int w = SurfaceMesh.TEXTURE_WIDTH;
        WritableImage image = new WritableImage(w, 1);
        PixelWriter pixels = image.getPixelWriter();
        for (int k = 0; k < w; k++) pixels.setArgb(k, 0, map.argb(k / (w - 1.0)));
        return image;
    }
}
