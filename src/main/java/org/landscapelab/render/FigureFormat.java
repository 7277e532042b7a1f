package org.landscapelab.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The formats a picture can be written in, chosen by the file's extension in one place
 * ({@link #ofFileName}), each with its encoder. A new format is a constant here and its encoder in
 * {@link FigureExport}: every caller (the app's figure and chart exports, the render command)
 * offers it then.
 */
public enum FigureFormat {
    /** Pixels at the size's DPI, which the file records. */
    PNG {
        @Override
        public Encoding encode(Drawable drawable, FigureSize size) {
            var image = FigureExport.png(drawable, size.pixelWidth(), size.pixelHeight(), size.dpi());
            return out -> FigureExport.encodePng(image, size.dpi(), out);
        }
    },
    SVG {
        @Override
        public Encoding encode(Drawable drawable, FigureSize size) {
            byte[] svg = FigureExport.svg(drawable, size.width(), size.height()).getBytes(StandardCharsets.UTF_8);
            return out -> out.write(svg);
        }
    },
    PDF {
        @Override
        public Encoding encode(Drawable drawable, FigureSize size) {
            byte[] pdf = FigureExport.pdf(drawable, size.width(), size.height());
            return out -> out.write(pdf);
        }
    };

    /** An encoded picture, written out when its file is: drawn already, so writing only copies or compresses. */
    @FunctionalInterface
    public interface Encoding {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Draws the picture now at the size (a PNG at its DPI, SVG and PDF of its size in points). */
    public abstract Encoding encode(Drawable drawable, FigureSize size);

    /** The file extension, without the dot: "png". */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format of a file name by its extension, in any case, or IllegalArgumentException naming the file. */
    public static FigureFormat ofFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        for (FigureFormat f : values()) {
            if (name.endsWith("." + f.extension())) return f;
        }
        throw new IllegalArgumentException("unknown figure format of '" + fileName + "': use " + extensions());
    }

    /** ".png, .svg or .pdf" */
    private static String extensions() {
        List<String> all = Arrays.stream(values()).map(f -> "." + f.extension()).toList();
        return String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.get(all.size() - 1);
    }
}
