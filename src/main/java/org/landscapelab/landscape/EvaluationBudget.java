package org.landscapelab.landscape;

import java.util.Locale;

/**
 * The work an ensemble may ask of a landscape without an expression (a network slice), where one
 * evaluation is a backpropagation rather than a few nanoseconds: refused at once, with the numbers,
 * instead of running for an hour. Landscapes with an expression are bounded by particles × steps
 * alone ({@code sim.EnsembleSpec}), unchanged.
 */
public final class EvaluationBudget {
    /**
     * Work (evaluations × {@link LandscapeFunction#cost}) of one ensemble or sweep: about a minute
     * and a half on one core (a point of the default transformer's slice over one batch costs 5.7e7
     * units and takes ~17 ms). A tiny network's slice still runs the panel's default 1,000 particles
     * of 300 steps; the default transformer's, about 17 particles of 300 steps.
     */
    public static final double MAX_WORK = 3e11;

    private EvaluationBudget() {}

    /**
     * Refuses {@code particles} × {@code steps} × {@code ensembles} evaluations of {@code l} past
     * {@link #MAX_WORK}, for a landscape without an expression; does nothing for one with an expression.
     */
    public static void checkEnsemble(Landscape l, long particles, long steps, long ensembles) {
        if (l.hasExpression()) return;
        double evaluations = (double) particles * steps * ensembles;
        long cost = Math.max(1, l.function().cost());
        if (evaluations * cost <= MAX_WORK) return;
        long fit = (long) (MAX_WORK / cost);
        throw new IllegalArgumentException(String.format(Locale.ROOT, "on %s every step is a backpropagation: %,d particles × %,d steps%s"
                        + " = %,.0f evaluations, more than the %,d that fit the limit of %.0e units of work (%,d units each); use fewer particles or steps",
                l.name(), particles, steps, ensembles > 1 ? " × " + ensembles + " ensembles" : "", evaluations, fit, MAX_WORK, cost));
    }
}
