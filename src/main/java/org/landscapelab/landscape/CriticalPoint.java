package org.landscapelab.landscape;

/** A point where the gradient vanishes, with its value, type and curvature. */
public record CriticalPoint(double x, double y, double value, Type type, Hessian hessian) {

    public enum Type {
        MINIMUM, MAXIMUM, SADDLE, DEGENERATE;

        /** Lower-case name as in files and on the command line. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Point point() {
        return new Point(x, y);
    }

    public double eigMin() { return hessian.eigMin(); }

    public double eigMax() { return hessian.eigMax(); }
}
