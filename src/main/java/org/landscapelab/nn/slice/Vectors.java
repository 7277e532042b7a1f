package org.landscapelab.nn.slice;

/** Dot products and norms of flat parameter vectors. */
final class Vectors {
    private Vectors() {}

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    /** a ← a + c·b. */
    static void addScaled(double[] a, double c, double[] b) {
        for (int i = 0; i < a.length; i++) a[i] += c * b[i];
    }

    static void scale(double[] a, double c) {
        for (int i = 0; i < a.length; i++) a[i] *= c;
    }
}
