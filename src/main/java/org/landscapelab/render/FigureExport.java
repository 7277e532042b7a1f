package org.landscapelab.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;

/**
 * A figure as PNG (any pixel size and DPI), SVG or PDF, drawn through the same {@link Figure#draw}
 * as the screen. SVG and PDF are vector: contours, trajectories, markers and text are paths and
 * text; the heatmap is one embedded image. Files are io's business ({@code io.FigureFiles} writes
 * these atomically); render only draws and encodes.
 */
public final class FigureExport {
    public static final int DEFAULT_DPI = 300;
    /** Heatmap cells per point in vector files: 144 per inch, sharp on paper and on a projector. */
    static final double VECTOR_PIXELS_PER_POINT = 2;
    private static final double POINTS_PER_INCH = 72;

    private FigureExport() {}

    /**
     * The PNG's pixels: pixelWidth x pixelHeight, laid out at the physical size those pixels have at
     * {@code dpi} (so text has its point size in print).
     */
    public static BufferedImage png(Figure figure, int pixelWidth, int pixelHeight, int dpi) {
        if (pixelWidth < 1 || pixelHeight < 1) throw new IllegalArgumentException("PNG size must be positive, got " + pixelWidth + " x " + pixelHeight);
        if (dpi < 1) throw new IllegalArgumentException("dpi must be positive, got " + dpi);
        double scale = dpi / POINTS_PER_INCH;
        double width = pixelWidth / scale;
        double height = pixelHeight / scale;
        Figure sharp = figure.resolvedFor(width, height, scale);
        BufferedImage image = new BufferedImage(pixelWidth, pixelHeight, BufferedImage.TYPE_INT_RGB); // the background is opaque
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            sharp.draw(g, width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** SVG of the options' size in points; always well-formed XML, whatever characters its text has. */
    public static String svg(Figure figure) {
        double w = figure.options().width();
        double h = figure.options().height();
        Figure sharp = figure.resolvedFor(w, h, VECTOR_PIXELS_PER_POINT);
        SVGGraphics2D g = new SVGGraphics2D(w, h);
        sharp.draw(g, w, h);
        return xmlCharacters(g.getSVGDocument());
    }

    /**
     * The SVG writer escapes markup but passes control characters through, and XML 1.0 forbids
     * them even escaped (a title $'a\x01' made an unreadable file): each becomes U+FFFD, the
     * replacement character, as a lone surrogate does. Tab, newline and carriage return are legal.
     */
    static String xmlCharacters(String xml) {
        StringBuilder b = null;
        for (int i = 0; i < xml.length(); i++) {
            char c = xml.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < xml.length() && Character.isLowSurrogate(xml.charAt(i + 1));
            boolean legal = pair || c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xFFFD && !Character.isSurrogate(c));
            if (!legal && b == null) b = new StringBuilder(xml.length()).append(xml, 0, i);
            if (b != null) {
                if (pair) b.append(c).append(xml.charAt(i + 1));
                else b.append(legal ? c : '\uFFFD');
            }
            if (pair) i++;
        }
        return b == null ? xml : b.toString();
    }

    /** PDF of one page the options' size in points. */
    public static byte[] pdf(Figure figure) {
        double w = figure.options().width();
        double h = figure.options().height();
        Figure sharp = figure.resolvedFor(w, h, VECTOR_PIXELS_PER_POINT);
        PDFDocument document = new PDFDocument();
        document.setTitle(figure.options().title());
        document.setAuthor("Landscape Lab");
        Page page = document.createPage(new java.awt.geom.Rectangle2D.Double(0, 0, w, h));
        PDFGraphics2D g = page.getGraphics2D();
        // Glyphs as vector outlines of the same font as on screen, so the PDF lays out exactly
        // as drawn (the standard PDF fonts have other widths and no minus sign).
        g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        sharp.draw(g, w, h);
        return document.getPDFBytes();
    }

    /** PNG of the size in points of the options at {@code dpi}: the pixel size a print of that size needs. */
    public static int pixels(double points, int dpi) {
        return (int) Math.round(points * dpi / POINTS_PER_INCH);
    }

    /** Encodes an image as PNG with its DPI in the pHYs chunk. */
    public static void encodePng(BufferedImage image, int dpi, OutputStream out) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) throw new IOException("no PNG writer available");
        ImageWriter writer = writers.next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
            setDpi(metadata, dpi);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, metadata), null);
        } finally {
            writer.dispose();
        }
    }

    /** The pHYs chunk: pixels per metre on both axes. */
    private static void setDpi(IIOMetadata metadata, int dpi) throws IIOInvalidTreeException {
        String pixelsPerMetre = Long.toString(Math.round(dpi / 0.0254));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
        phys.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        metadata.mergeTree("javax_imageio_png_1.0", root);
    }
}
