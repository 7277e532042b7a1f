package org.landscapelab.landscape.expr;

/** Static helpers that compiled kernels call; public because hidden classes link against them. */
public final class KernelSupport {
    private KernelSupport() {}

    /** t where a <= b, else e. The derivative of min(a, b) is lessEqSelect(a, b, a', b'). */
    public static double lessEqSelect(double a, double b, double t, double e) {
        return a <= b ? t : e;
    }
}
