package org.landscapelab.sim;

import java.util.Locale;
import java.util.random.RandomGenerator;
import org.landscapelab.landscape.Point;

/**
 * Where the particles of an ensemble start: all at one point, uniformly in a box, or Gaussian
 * around a point (half-width and half-height are then the standard deviations).
 */
public record StartRegion(Shape shape, Point center, double halfWidth, double halfHeight) {
    public enum Shape {
        POINT, BOX, GAUSSIAN;

        public String cliName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public StartRegion {
        if (shape == null || center == null) throw new IllegalArgumentException("start region needs a shape and a centre");
        if (!(halfWidth >= 0 && halfHeight >= 0 && Double.isFinite(halfWidth) && Double.isFinite(halfHeight))) {
            throw new IllegalArgumentException("start spread must be finite and >= 0, got " + halfWidth + ", " + halfHeight);
        }
    }

    public static StartRegion point(Point p) {
        return new StartRegion(Shape.POINT, p, 0, 0);
    }

    /** The box [xMin, xMax] x [yMin, yMax]. */
    public static StartRegion box(double xMin, double xMax, double yMin, double yMax) {
        if (!(xMin <= xMax && yMin <= yMax)) throw new IllegalArgumentException("start box needs min <= max");
        // Finite corners can still be an infinitely wide box: 1e308 - (-1e308) overflows.
        if (!Double.isFinite(xMax - xMin) || !Double.isFinite(yMax - yMin)) {
            throw new IllegalArgumentException("start box width and height must be finite, got " + (xMax - xMin) + " x " + (yMax - yMin));
        }
        return new StartRegion(Shape.BOX, new Point(0.5 * (xMin + xMax), 0.5 * (yMin + yMax)), 0.5 * (xMax - xMin), 0.5 * (yMax - yMin));
    }

    public static StartRegion gaussian(Point center, double sd) {
        return new StartRegion(Shape.GAUSSIAN, center, sd, sd);
    }

    Point sample(RandomGenerator random) {
        return switch (shape) {
            case POINT -> center;
            case BOX -> new Point(center.x() + halfWidth * (2 * random.nextDouble() - 1),
                    center.y() + halfHeight * (2 * random.nextDouble() - 1));
            case GAUSSIAN -> new Point(center.x() + halfWidth * random.nextGaussian(), center.y() + halfHeight * random.nextGaussian());
        };
    }
}
