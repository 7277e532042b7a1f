package org.landscapelab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * Sizes, fonts and strokes of a figure, all proportional to the options' font scale, and text
 * measured the same way for layout and drawing (a fixed font render context, not the device's,
 * so a PNG, an SVG and the screen lay out identically).
 */
final class Style {
    private static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), true, true);
    /** Drawn under lines and arrows so they read on any colour of the map. */
    static final Color HALO = new Color(255, 255, 255, 205);
    /** The halo of light lines (white, yellow): dark, so they read on white paper and bright colour maps too. */
    static final Color DARK_HALO = new Color(40, 40, 40, 190);

    /** A halo that contrasts with the line's own colour. */
    static Color haloFor(Color line) {
        double luminance = (0.2126 * line.getRed() + 0.7152 * line.getGreen() + 0.0722 * line.getBlue()) / 255;
        return luminance > 0.7 ? DARK_HALO : HALO;
    }

    final double s;
    final Theme theme;
    final PathStyle pathStyle;
    final Font tickFont;
    final Font labelFont;
    final Font titleFont;
    final Font legendFont;

    Style(FigureOptions options) {
        this.s = options.fontScale();
        this.theme = options.theme();
        this.pathStyle = options.pathStyle();
        // Whole point sizes at scale 1: JFreeSVG writes font-size rounded to an integer.
        Font base = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
        this.tickFont = base.deriveFont((float) (10 * s));
        this.labelFont = base.deriveFont(Font.ITALIC, (float) (11 * s));
        this.titleFont = base.deriveFont(Font.BOLD, (float) (13 * s));
        this.legendFont = base.deriveFont((float) (10 * s));
    }

    double size(double points) {
        return points * s;
    }

    BasicStroke stroke(double points) {
        return new BasicStroke((float) (points * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    BasicStroke dashed(double points, double dash, double gap) {
        return new BasicStroke((float) (points * s), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                new float[] {(float) (dash * s), (float) (gap * s)}, 0);
    }

    static double width(Font f, String text) {
        return f.getStringBounds(text, FRC).getWidth();
    }

    static double ascent(Font f) {
        return metrics(f).getAscent();
    }

    static double lineHeight(Font f) {
        LineMetrics m = metrics(f);
        return m.getAscent() + m.getDescent();
    }

    private static LineMetrics metrics(Font f) {
        return f.getLineMetrics("0Ay", FRC);
    }

    /**
     * Draws text with its anchor at (x, y): ax = 0 / 0.5 / 1 for left / centre / right, and ay =
     * 0 / 0.5 / 1 for top / middle (of the digits) / baseline.
     */
    static void text(Graphics2D g, Font f, String text, double x, double y, double ax, double ay) {
        double w = width(f, text);
        double a = ascent(f);
        double digitHeight = 0.73 * f.getSize2D(); // height of digits and capitals in DejaVu Sans and Helvetica
        double baseline = ay == 1 ? y : ay == 0 ? y + a : y + digitHeight / 2;
        g.setFont(f);
        g.drawString(text, (float) (x - ax * w), (float) baseline);
    }

    /** Text rotated a quarter turn counter-clockwise, centred on (x, y). */
    static void verticalText(Graphics2D g, Font f, String text, double x, double y) {
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.rotate(-Math.PI / 2);
        text(g, f, text, 0, 0, 0.5, 0.5);
        g.setTransform(saved);
    }

    /** An image mapped by {@code at}, with the given interpolation (nearest neighbour keeps cells square). */
    static void image(Graphics2D g, BufferedImage image, AffineTransform at, Object interpolation) {
        Object saved = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        g.drawImage(image, at, null);
        if (saved != null) g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, saved);
    }

    /** The rendering hints of every figure: antialiased shapes and text, exact geometry. */
    static void applyHints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }
}
