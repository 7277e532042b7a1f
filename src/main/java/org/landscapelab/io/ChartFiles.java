package org.landscapelab.io;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;
import org.landscapelab.render.FigureExport;

/**
 * Writes a chart as PNG (any size and DPI), SVG or PDF by drawing it onto the format's Graphics2D
 * (JFreeChart's own SVG export does not work with JFreeSVG 5). Atomic like every write.
 */
public final class ChartFiles {
    private ChartFiles() {}

    /** A chart of width x height points; a PNG gets width x dpi / 72 pixels. */
    public static void write(JFreeChart chart, Path path, double width, double height, int dpi) throws IOException {
        switch (FigureFiles.Format.of(path)) {
            case PNG -> {
                BufferedImage image = png(chart, width, height, dpi);
                AtomicWrite.write(path, out -> FigureExport.encodePng(image, dpi, out));
            }
            case SVG -> {
                SVGGraphics2D g = new SVGGraphics2D(width, height);
                chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
                String svg = g.getSVGDocument();
                AtomicWrite.write(path, out -> out.write(svg.getBytes(StandardCharsets.UTF_8)));
            }
            case PDF -> {
                PDFDocument document = new PDFDocument();
                document.setAuthor("Landscape Lab");
                Page page = document.createPage(new Rectangle2D.Double(0, 0, width, height));
                PDFGraphics2D g = page.getGraphics2D();
                g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
                chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
                byte[] pdf = document.getPDFBytes();
                AtomicWrite.write(path, out -> out.write(pdf));
            }
        }
    }

    static BufferedImage png(JFreeChart chart, double width, double height, int dpi) {
        int w = FigureExport.pixels(width, dpi);
        int h = FigureExport.pixels(height, dpi);
        if (w < 1 || h < 1) throw new IllegalArgumentException("PNG size must be positive, got " + w + " x " + h);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(dpi / 72.0, dpi / 72.0);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }
}
