package org.landscapelab.landscape;

/** The rectangle [xMin, xMax] x [yMin, yMax] a landscape is shown and searched on. */
public record Domain(double xMin, double xMax, double yMin, double yMax) {
    public Domain {
        if (!(Double.isFinite(xMin) && Double.isFinite(xMax) && Double.isFinite(yMin) && Double.isFinite(yMax))) {
            throw new IllegalArgumentException("domain bounds must be finite numbers");
        }
        if (!(xMin < xMax)) throw new IllegalArgumentException("domain needs xmin < xmax, got " + xMin + " and " + xMax);
        if (!(yMin < yMax)) throw new IllegalArgumentException("domain needs ymin < ymax, got " + yMin + " and " + yMax);
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

    /** The same rectangle grown by {@code fraction} of its size on every side. */
    public Domain expandedBy(double fraction) {
        double dx = width() * fraction;
        double dy = height() * fraction;
        return new Domain(xMin - dx, xMax + dx, yMin - dy, yMax + dy);
    }

    @Override
    public String toString() {
        return xMin + "," + xMax + "," + yMin + "," + yMax;
    }
}
