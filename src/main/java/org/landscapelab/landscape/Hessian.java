package org.landscapelab.landscape;

/**
 * The symmetric 2x2 Hessian [[fxx, fxy], [fxy, fyy]] with its eigen-decomposition in closed form.
 * {@code eigMin <= eigMax}; the eigenvectors are unit vectors.
 */
public record Hessian(double fxx, double fxy, double fyy, double eigMin, double eigMax, Point vecMin, Point vecMax) {

    public static Hessian of(double fxx, double fxy, double fyy) {
        double mean = 0.5 * (fxx + fyy);
        double radius = Math.hypot(0.5 * (fxx - fyy), fxy);
        double theta = 0.5 * Math.atan2(2 * fxy, fxx - fyy);
        Point vecMax = new Point(Math.cos(theta), Math.sin(theta));
        Point vecMin = new Point(-Math.sin(theta), Math.cos(theta));
        return new Hessian(fxx, fxy, fyy, mean - radius, mean + radius, vecMin, vecMax);
    }

    /** From (fx, fy, fxx, fxy, fyy) as {@link LandscapeFunction#hessian} writes them. */
    public static Hessian ofDerivatives(double[] d) {
        return of(d[2], d[3], d[4]);
    }

    public double determinant() {
        return fxx * fyy - fxy * fxy;
    }

    /** Largest eigenvalue magnitude: the curvature scale. */
    public double norm() {
        return Math.max(Math.abs(eigMin), Math.abs(eigMax));
    }
}
