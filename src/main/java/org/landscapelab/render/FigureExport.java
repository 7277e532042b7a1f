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
 * The encoders of {@link FigureFormat}: a {@link Drawable} (a landscape figure, a chart) as PNG (any
 * pixel size and DPI), SVG or PDF, drawn through the same code as the screen. SVG and PDF are
 * vector: lines, markers and text are paths and text; a figure's heatmap is one embedded image.
 * Files are io's business ({@code io.FigureFiles} writes these atomically); render only draws and
 * encodes.
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
    public static BufferedImage png(Drawable drawable, int pixelWidth, int pixelHeight, int dpi) {
        if (pixelWidth < 1 || pixelHeight < 1) throw new IllegalArgumentException("PNG size must be positive, got " + pixelWidth + " x " + pixelHeight);
        if (dpi < 1) throw new IllegalArgumentException("dpi must be positive, got " + dpi);
        double scale = dpi / POINTS_PER_INCH;
        double width = pixelWidth / scale;
        double height = pixelHeight / scale;
        BufferedImage image = new BufferedImage(pixelWidth, pixelHeight, BufferedImage.TYPE_INT_RGB); // the background is opaque
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            drawable.draw(g, width, height, scale);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** SVG of width x height points; always well-formed XML, whatever characters its text has. */
    public static String svg(Drawable drawable, double width, double height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        drawable.draw(g, width, height, VECTOR_PIXELS_PER_POINT);
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

    /** PDF of one page of width x height points. */
    public static byte[] pdf(Drawable drawable, double width, double height) {
        PDFDocument document = new PDFDocument();
        String title = drawable.documentTitle();
        if (title != null) document.setTitle(title);
        document.setAuthor("Landscape Lab");
        Page page = document.createPage(new java.awt.geom.Rectangle2D.Double(0, 0, width, height));
        PDFGraphics2D g = page.getGraphics2D();
        // Glyphs as vector outlines of the same font as on screen, so the PDF lays out exactly
        // as drawn (the standard PDF fonts have other widths and no minus sign).
        g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        drawable.draw(g, width, height, VECTOR_PIXELS_PER_POINT);
        return document.getPDFBytes();
    }

    /** PNG of the size in points of the options at {@code dpi}: the pixel size a print of that size needs. */
    public static int pixels(double points, int dpi) {
        return (int) Math.round(points * dpi / POINTS_PER_INCH);
    }

    /** Encodes an image as PNG with its DPI in the pHYs chunk. */
    static void encodePng(BufferedImage image, int dpi, OutputStream out) throws IOException {
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
