package org.landscapelab.nn.transformer;

/**
 * The residual-branch scale a of a depth sweep: a fixed number, or 1/√L for a network of depth L
 * (the scaling that prevents rank collapse in post-LN transformers). Text form: "0.5" or "1/sqrt(L)".
 *
 * @param fixed a when not {@code perDepth}
 * @param perDepth whether a = 1/√L
 */
public record ResidualScale(double fixed, boolean perDepth) {

    public static final String INVERSE_SQRT_DEPTH = "1/sqrt(L)";

    /**
     * The largest residual scale: 10^3. The papers study a = 1 and 1/√L; far beyond 1 the branches
     * swamp the skip connection and there is nothing left to see, and 1e308 overflows float64 in the
     * first block. With a ≤ 10^3 the activations of every shape the lab allows stay finite.
     */
    public static final double MAX = 1e3;

    public ResidualScale {
        if (!perDepth) requireInRange(fixed);
    }

    /** a in (0, {@link #MAX}]. */
    static double requireInRange(double a) {
        if (!(a > 0 && a <= MAX)) {
            throw new IllegalArgumentException("residual scale must be a positive number at most " + (int) MAX + " or " + INVERSE_SQRT_DEPTH
                    + ", got " + a);
        }
        return a;
    }

    public static ResidualScale of(double a) {
        return new ResidualScale(a, false);
    }

    public static ResidualScale inverseSqrtDepth() {
        return new ResidualScale(Double.NaN, true);
    }

    /** a for a network of the given depth. */
    public double at(int depth) {
        return perDepth ? 1.0 / Math.sqrt(depth) : fixed;
    }

    /** Reads "1", "0.5" or "1/sqrt(L)". */
    public static ResidualScale parse(String text) {
        String t = text.strip();
        if (t.equalsIgnoreCase(INVERSE_SQRT_DEPTH)) return inverseSqrtDepth();
        try {
            return of(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("residual scale must be a positive number at most " + (int) MAX + " or " + INVERSE_SQRT_DEPTH
                    + ", got '" + text + "'");
        }
    }

    /** The form settings files hold and {@link #parse} reads: "1/sqrt(L)", or the number, whole ones as the panel offers them ("1"). */
    public String text() {
        if (perDepth) return INVERSE_SQRT_DEPTH;
        return fixed == Math.rint(fixed) ? Long.toString((long) fixed) : Double.toString(fixed);
    }

    /** As the sweeps label their settings: "1/sqrt(L)" or the number ("1.0"). */
    @Override
    public String toString() {
        return perDepth ? INVERSE_SQRT_DEPTH : Double.toString(fixed);
    }
}
