package org.landscapelab.optim;

/** Dot products, norms and axpy of flat vectors: the optimizers', the slices' and the experiments' one copy. */
public final class Vectors {
    private Vectors() {}

    public static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    public static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    /** a ← a + c·b. */
    public static void addScaled(double[] a, double c, double[] b) {
        for (int i = 0; i < a.length; i++) a[i] += c * b[i];
    }

    public static void scale(double[] a, double c) {
        for (int i = 0; i < a.length; i++) a[i] *= c;
    }
}
