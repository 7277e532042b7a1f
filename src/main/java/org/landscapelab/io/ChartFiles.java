package org.landscapelab.io;

import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.landscapelab.render.ChartDrawable;
import org.landscapelab.render.FigureSize;

/** Writes a chart as PNG (any size and DPI), SVG or PDF by the file's extension, through {@link FigureFiles}. */
public final class ChartFiles {
    private ChartFiles() {}

    /** A chart of width x height points; a PNG gets width x dpi / 72 pixels. */
    public static void write(JFreeChart chart, Path path, double width, double height, int dpi) throws IOException {
        FigureFiles.write(new ChartDrawable(chart), path, new FigureSize(width, height, dpi));
    }
}
