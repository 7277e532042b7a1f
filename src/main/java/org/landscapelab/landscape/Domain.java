package org.landscapelab.landscape;

import java.math.BigDecimal;
import java.math.MathContext;

/** The rectangle [xMin, xMax] x [yMin, yMax] a landscape is shown and searched on. */
public record Domain(double xMin, double xMax, double yMin, double yMax) {
    /**
     * Largest width or height. A wider domain overflows: xmax - xmin itself beyond 1.8e308, and its
     * diagonal, margins and zoomed-out views soon after. No landscape of a lab comes near it.
     */
    public static final double MAX_EXTENT = 1e300;

    public Domain {
        if (!(Double.isFinite(xMin) && Double.isFinite(xMax) && Double.isFinite(yMin) && Double.isFinite(yMax))) {
            throw new IllegalArgumentException("domain bounds must be finite numbers");
        }
        if (!(xMin < xMax)) throw new IllegalArgumentException("domain needs xmin < xmax, got " + xMin + " and " + xMax);
        if (!(yMin < yMax)) throw new IllegalArgumentException("domain needs ymin < ymax, got " + yMin + " and " + yMax);
        checkExtent("width xmax - xmin", xMin, xMax);
        checkExtent("height ymax - ymin", yMin, yMax);
    }

    private static void checkExtent(String what, double min, double max) {
        double extent = max - min;
        if (extent <= MAX_EXTENT) return;
        // Exact, so that an overflowing width is shown as the number it is, not as Infinity.
        String shown = "the domain's " + what + " = " + shortly(new BigDecimal(max).subtract(new BigDecimal(min)));
        String limit = shortly(new BigDecimal(MAX_EXTENT));
        throw new IllegalArgumentException(Double.isInfinite(extent) ? shown + " overflows; it must be at most " + limit
                : shown + " is more than the limit of " + limit);
    }

    /** Three significant digits: 2e308, 1.5e300. */
    private static String shortly(BigDecimal v) {
        return v.round(new MathContext(3)).stripTrailingZeros().toString().replace("E+", "e");
    }

    /** Parses "XMIN,XMAX,YMIN,YMAX". */
    public static Domain parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("domain must be four numbers XMIN,XMAX,YMIN,YMAX, got '" + text + "'");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("domain value '" + parts[i].trim() + "' is not a number");
            }
        }
        return new Domain(v[0], v[1], v[2], v[3]);
    }

    public double width() { return xMax - xMin; }

    public double height() { return yMax - yMin; }

    public double centerX() { return 0.5 * (xMin + xMax); }

    public double centerY() { return 0.5 * (yMin + yMax); }

    public boolean contains(double x, double y) {
        return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
    }

    @Override
    public String toString() {
        return xMin + "," + xMax + "," + yMin + "," + yMax;
    }
}
