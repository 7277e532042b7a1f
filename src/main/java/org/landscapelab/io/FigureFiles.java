package org.landscapelab.io;

import java.io.IOException;
import java.nio.file.Path;
import org.landscapelab.render.Drawable;
import org.landscapelab.render.FigureFormat;
import org.landscapelab.render.FigureSize;

/**
 * Writes pictures (a landscape figure, a chart) to PNG, SVG or PDF files, the format by the file's
 * extension: the one way every figure leaves the lab. Atomic: a failed write leaves no file and
 * keeps an old one.
 */
public final class FigureFiles {
    private FigureFiles() {}

    /** The format of a file by its extension, or IllegalArgumentException naming the file. */
    public static FigureFormat format(Path path) {
        return FigureFormat.ofFileName(path.getFileName().toString());
    }

    /** A PNG of size.pixelWidth() x size.pixelHeight() pixels with its DPI in the pHYs chunk, or an SVG or PDF page of the size. */
    public static void write(Drawable drawable, Path path, FigureSize size) throws IOException {
        AtomicWrite.write(path, content(drawable, path, size));
    }

    /** The picture drawn now, encoded when written: for {@link AtomicWrite#writeAll} with other files. */
    public static AtomicWrite.Content content(Drawable drawable, Path path, FigureSize size) {
        return format(path).encode(drawable, size)::writeTo;
    }
}
