package org.landscapelab.sim;

import java.math.BigDecimal;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Point;
import org.landscapelab.optim.HyperValue;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.optim.StepSizeRule;
import org.landscapelab.params.NumberText;

/**
 * Stable learning rates per landscape: whether an optimizer's lr is stable from a start, and a
 * round rate that is. Two checks, both deterministic:
 * <ul>
 *   <li>the method's {@link StepSizeRule} with λmax, the largest eigenvalue of the exact Hessian
 *       near the start (a 5×5 grid over ±5% of the domain) and along the trial runs inside the
 *       domain. Not the whole domain's: its corners (Rosenbrock's 5,300 against 1,000 in the
 *       valley) and kinks (Ackley's cone tip) would make the rate far smaller than the run needs,
 *       while the trial run's path covers exactly where this run goes;</li>
 *   <li>a trial run of {@value #TRIAL_STEPS} steps without noise from the start, which must not
 *       diverge. It catches what the quadratic rules cannot: a path into steeper curvature,
 *       f unbounded below, a Newton step into nowhere.</li>
 * </ul>
 */
public final class LearningRates {
    /** Steps of a trial run: enough for an unstable rate to leave the bound (it grows geometrically), cheap enough per click. */
    public static final int TRIAL_STEPS = 200;
    /** The suggestion is a round rate at most this fraction of the rule's limit, for curvature the samples missed. */
    public static final double SAFETY = 0.5;
    /** Round steps tried below the first candidate before giving up: eight decades. */
    public static final int MAX_TRIALS = 24;

    private LearningRates() {}

    /**
     * One call per optimizer on a landscape change and for a "suggest" button: whether {@code spec}'s lr
     * is stable on the landscape (with its parameter values) from {@code start}, and a rate that is.
     *
     * @throws IllegalArgumentException if the optimizer cannot run on this landscape (svrg without data rows)
     */
    public static RateAdvice assess(Landscape landscape, Point start, OptimizerSpec spec) {
        Domain d = landscape.domain();
        double size = Math.min(d.width(), d.height());
        Trajectory trial = trial(landscape, start, spec);
        // The curvature as drawn (for a network slice from its grid: a Hessian is five backpropagations).
        Curvature c = Curvature.near(landscape.surface(), d, start).along(landscape.surface(), d, trial);
        double limit = limit(spec, c, size);
        boolean withinRule = withinRule(spec, spec.lr(), limit);
        boolean stable = withinRule && !trial.diverged();

        double candidate = firstCandidate(spec, limit);
        double suggested = Double.NaN;
        for (int k = 0; k < MAX_TRIALS && candidate > 0; k++) {
            OptimizerSpec s = spec.with("lr", HyperValue.of(candidate));
            Trajectory t = trial(landscape, start, s);
            c = c.along(landscape.surface(), d, t);
            double l = limit(spec, c, size);
            if (!t.diverged() && withinRule(spec, candidate, l)) {
                suggested = candidate;
                limit = l;
                break;
            }
            candidate = Math.min(roundBelow(candidate), roundDown(safe(spec, l)));
        }
        // A stable rate is its own limit's judge: report the limit with every sample seen.
        limit = Double.isNaN(suggested) ? limit(spec, c, size) : limit;
        return new RateAdvice(spec, stable, suggested, c.max(), limit,
                reason(spec, stable, withinRule, trial, suggested, c, limit));
    }

    /** The trial: a noise-free, full-gradient run from the start (seed 0 for the methods that draw). */
    static Trajectory trial(Landscape landscape, Point start, OptimizerSpec spec) {
        return Runs.record(landscape, RunSpec.of(spec, start, TRIAL_STEPS), 0);
    }

    private static double limit(OptimizerSpec spec, Curvature c, double size) {
        return StepSizeRule.limit(spec, c.max(), c.min(), size);
    }

    /** Gradient methods must stay strictly below 2/λ (at it the iterate oscillates for ever); the others may reach their limit. */
    private static boolean withinRule(OptimizerSpec spec, double lr, double limit) {
        StepSizeRule rule = StepSizeRule.of(spec);
        return rule == StepSizeRule.NEWTON || rule == StepSizeRule.NORMALISED ? lr <= limit : lr < limit;
    }

    /** Newton's full step is exact, so no safety factor; the estimated limits get one. */
    private static double safe(OptimizerSpec spec, double limit) {
        return StepSizeRule.of(spec) == StepSizeRule.NEWTON ? limit : SAFETY * limit;
    }

    /**
     * A round rate about half the limit, at most the top of the lr slider (a flat start would
     * otherwise suggest 200); without a limit (no positive curvature seen), the lr as given, rounded down.
     */
    private static double firstCandidate(OptimizerSpec spec, double limit) {
        double top = spec.info().parameter("lr").orElseThrow().typicalMax();
        return Math.min(roundDown(Double.isInfinite(limit) ? spec.lr() : safe(spec, limit)), top);
    }

    /** The largest of 1, 2, 5 × 10^k at most v; 0 for v ≤ 0 or NaN. */
    static double roundDown(double v) {
        if (!(v > 0)) return 0;
        if (Double.isInfinite(v)) return Double.MAX_VALUE;
        int k = (int) Math.floor(Math.log10(v)) + 1;
        for (int e = k; e >= k - 2; e--) {
            for (int m : new int[] {5, 2, 1}) {
                double r = BigDecimal.valueOf(m).scaleByPowerOfTen(e).doubleValue();
                if (r <= v) return r;
            }
        }
        return 0;
    }

    /** The next round rate strictly below v. */
    static double roundBelow(double v) {
        double r = roundDown(v);
        return r < v ? r : roundDown(Math.nextDown(r));
    }

    private static String reason(OptimizerSpec spec, boolean stable, boolean withinRule, Trajectory trial, double suggested,
                                 Curvature c, double limit) {
        String lr = rate(spec.lr());
        StepSizeRule rule = StepSizeRule.of(spec);
        String curvature = Double.isNaN(c.max()) || !usesCurvature(spec) ? "" : "λmax ≈ " + NumberText.readable(c.max(), 2);
        String facts = (curvature.isEmpty() ? "" : curvature + "; ") + rule.rule(limit);
        String why;
        if (stable) {
            return "lr " + lr + " is stable here (" + facts + ")";
        } else if (!withinRule) {
            why = curvature.isEmpty() ? lr + " is too large here (" + rule.rule(limit) + ")"
                    : lr + " diverges here, " + curvature + " (" + rule.rule(limit) + ")";
        } else {
            why = "a " + TRIAL_STEPS + "-step run at " + lr + " from this start diverges at step " + trial.divergedAt()
                    + " (" + facts + ")";
        }
        if (Double.isNaN(suggested)) return "lr " + lr + " is unstable here and no smaller rate tried was stable: " + why;
        return "lr " + lr + " → " + rate(suggested) + ": " + why;
    }

    private static boolean usesCurvature(OptimizerSpec spec) {
        StepSizeRule rule = StepSizeRule.of(spec);
        return rule != StepSizeRule.NEWTON && rule != StepSizeRule.NORMALISED;
    }

    /** A rate in messages: as typed, in plain decimals down to 0.0001. */
    static String rate(double lr) {
        return NumberText.readable(lr, 6);
    }
}
