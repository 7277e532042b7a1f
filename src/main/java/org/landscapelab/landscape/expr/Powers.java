package org.landscapelab.landscape.expr;

/**
 * Powers with a constant exponent. Small integer exponents are multiplications (as a hand-written
 * x*x would be); the interpreter, the compiled kernels and constant folding all go through the
 * same sequences here so that every evaluation path gives the same bits.
 */
public final class Powers {
    private Powers() {}

    /** True for the exponents that {@link #pow} expands into multiplications. */
    static boolean isExpanded(double n) {
        return n == 2 || n == 3 || n == 4 || n == -1;
    }

    static double pow(double a, double n) {
        if (n == 2) return a * a;
        if (n == 3) return a * a * a;
        if (n == 4) {
            double s = a * a;
            return s * s;
        }
        if (n == -1) return 1.0 / a;
        return Math.pow(a, n);
    }
}
