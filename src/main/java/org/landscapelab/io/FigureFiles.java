package org.landscapelab.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.landscapelab.render.Figure;
import org.landscapelab.render.FigureExport;

/** Writes figures to PNG, SVG or PDF files, atomically: a failed write leaves no file and keeps an old one. */
public final class FigureFiles {
    private FigureFiles() {}

    /** The formats a figure can be written in, by file extension. */
    public enum Format {
        PNG, SVG, PDF;

        /** The format of a file name, or IllegalArgumentException naming the file. */
        public static Format of(Path path) {
            String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".png")) return PNG;
            if (name.endsWith(".svg")) return SVG;
            if (name.endsWith(".pdf")) return PDF;
            throw new IllegalArgumentException("unknown figure format of '" + path.getFileName() + "': use .png, .svg or .pdf");
        }
    }

    /** By the file's extension; a PNG at the options' size in points and {@link FigureExport#DEFAULT_DPI}. */
    public static void write(Figure figure, Path path) throws IOException {
        switch (Format.of(path)) {
            case PNG -> writePng(figure, path, FigureExport.pixels(figure.options().width(), FigureExport.DEFAULT_DPI),
                    FigureExport.pixels(figure.options().height(), FigureExport.DEFAULT_DPI), FigureExport.DEFAULT_DPI);
            case SVG -> writeSvg(figure, path);
            case PDF -> writePdf(figure, path);
        }
    }

    /** PNG of pixelWidth x pixelHeight pixels at {@code dpi}, the DPI in the file's pHYs chunk. */
    public static void writePng(Figure figure, Path path, int pixelWidth, int pixelHeight, int dpi) throws IOException {
        AtomicWrite.write(path, png(figure, pixelWidth, pixelHeight, dpi));
    }

    public static void writeSvg(Figure figure, Path path) throws IOException {
        AtomicWrite.write(path, svg(figure));
    }

    public static void writePdf(Figure figure, Path path) throws IOException {
        AtomicWrite.write(path, pdf(figure));
    }

    /** The PNG drawn now, encoded when written: for {@link AtomicWrite#writeAll} with other files. */
    public static AtomicWrite.Content png(Figure figure, int pixelWidth, int pixelHeight, int dpi) {
        var image = FigureExport.png(figure, pixelWidth, pixelHeight, dpi);
        return out -> FigureExport.encodePng(image, dpi, out);
    }

    public static AtomicWrite.Content svg(Figure figure) {
        byte[] svg = FigureExport.svg(figure).getBytes(StandardCharsets.UTF_8);
        return out -> out.write(svg);
    }

    public static AtomicWrite.Content pdf(Figure figure) {
        byte[] pdf = FigureExport.pdf(figure);
        return out -> out.write(pdf);
    }
}
