package org.landscapelab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.landscapelab.experiments.ExperimentTable;
import org.landscapelab.io.ChartFiles;
import org.landscapelab.io.FigureFiles;
import org.landscapelab.render.ExperimentChart;

/** An experiment's --plot FILE.png|svg|pdf: the chart the app's Experiments tab shows, written beside the CSV. */
final class ExperimentPlot {
    /** A figure for a paper's column or a slide: 640 × 400 points, a PNG at 150 dpi (1333 × 833 pixels). */
    static final double WIDTH = 640;
    static final double HEIGHT = 400;
    static final int DPI = 150;

    private ExperimentPlot() {}

    /** The --plot file, checked before any work is done (its folder and its format); null without the option. */
    static Path option(String plot) {
        if (plot == null) return null;
        Path path = OutputFile.of("--plot", plot);
        try {
            FigureFiles.format(path);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--plot: " + e.getMessage());
        }
        return path;
    }

    static void write(Path path, ExperimentTable table) {
        if (path == null) return;
        try {
            ChartFiles.write(ExperimentChart.of(List.of(table)).jfreeChart(), path, WIDTH, HEIGHT, DPI);
        } catch (IOException e) {
            throw new UsageException("--plot: " + e.getMessage());
        }
    }
}
