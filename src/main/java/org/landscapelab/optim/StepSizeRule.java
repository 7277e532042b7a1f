package org.landscapelab.optim;

/**
 * The largest learning rate at which an optimizer is stable, from the two things its stability
 * depends on: the largest curvature λ (the Hessian's largest eigenvalue where it runs) for the
 * gradient methods, the size of the region for the methods with normalised steps. Each rule is the
 * exact threshold on a quadratic with curvature λ; on other landscapes it holds where λ bounds the
 * curvature, which is why callers confirm it with a trial run.
 */
public enum StepSizeRule {
    /**
     * x ← x − lr·g (SGD without momentum, perturbed GD, SVRG, SARAH): x ← (1 − lr·λ)x on a quadratic,
     * stable iff lr·λ &lt; 2.
     */
    GRADIENT("gradient descent needs lr < 2/λmax"),
    /**
     * Heavy ball, b ← μb + (1−τ)g, x ← x − lr·b: on a quadratic the iteration matrix has
     * characteristic polynomial z² − (1 + μ − a)z + μ with a = lr(1−τ)λ, whose roots lie in the unit
     * disc iff 0 &lt; a &lt; 2(1 + μ) (Polyak 1964; Goh, "Why momentum really works", 2017).
     */
    HEAVY_BALL("momentum μ needs lr < 2(1+μ)/λmax"),
    /**
     * PyTorch's Nesterov, b ← μb + g, x ← x − lr(g + μb): with a = lrλ and c = lr·b the iteration
     * matrix [[1 − a(1+μ), −μ²], [a, μ]] has trace 1 + μ − a(1+μ) and determinant μ(1 − a); the Jury
     * conditions hold iff 0 &lt; a &lt; 2(1 + μ)/(1 + 2μ).
     */
    NESTEROV("Nesterov momentum μ needs lr < 2(1+μ)/((1+2μ)·λmax)"),
    /**
     * Adam, AdamW, RMSprop, Adagrad divide each coordinate's step by a running root mean square of
     * its gradients, so a step is about lr·c per coordinate whatever the curvature (c: the largest
     * first-step factor, 1/√(1−α) for RMSprop, 1/(1−μ) with momentum). They do not blow up as
     * gradient descent does, they jump: the rule keeps a step within a fraction of the region.
     */
    NORMALISED("a normalised step (about lr per coordinate, RMSprop's first ones lr/√(1−α)) must stay within 1/20 of the domain: lr ≤"),
    /** The Newton-type methods step a fraction lr of the model's minimiser; beyond 1 they overshoot it. */
    NEWTON("a Newton-type step beyond the full one overshoots: lr ≤");

    /**
     * Largest normalised step as a fraction of the region's shorter side: a run needs at least 20
     * steps to cross the domain, so the picture shows a path, not jumps across the landscape's features.
     */
    public static final double MAX_STEP_FRACTION = 0.05;

    private final String rule;

    StepSizeRule(String rule) {
        this.rule = rule;
    }

    /** The rule in words, e.g. "gradient descent needs lr &lt; 2/λmax". */
    public String rule() {
        return rule;
    }

    /** The rule with its limit, e.g. "gradient descent needs lr &lt; 2/λmax ≈ 0.002", "… lr ≤ 1". */
    public String rule(double limit) {
        if (Double.isInfinite(limit)) return rule + " (no positive curvature seen)";
        return rule + (rule.endsWith("≤") ? " " : " ≈ ") + org.landscapelab.params.NumberText.readable(limit, 2);
    }

    public static StepSizeRule of(OptimizerSpec spec) {
        return switch (spec.kind()) {
            case SGD -> spec.real("momentum") == 0 ? GRADIENT : spec.flag("nesterov") ? NESTEROV : HEAVY_BALL;
            case PGD, SVRG, SARAH, WEIGHT_NORM_GD -> GRADIENT;
            case ADAM, ADAMW, RMSPROP, ADAGRAD -> NORMALISED;
            case NEWTON, CUBIC_NEWTON, SADDLE_FREE_NEWTON -> NEWTON;
        };
    }

    /**
     * The learning rate from which {@code spec}'s method is unstable (gradient methods: lr must stay
     * below it; normalised and Newton-type methods: lr may equal it). Infinite where the rule sets no
     * limit (no positive curvature).
     *
     * @param lambdaMax the largest eigenvalue of the Hessian of the objective where the method runs
     *     (of f; the rule turns it round for maximize)
     * @param lambdaMin the smallest eigenvalue there, which bounds the curvature when climbing
     * @param regionSize the shorter side of the region the method runs in
     */
    public static double limit(OptimizerSpec spec, double lambdaMax, double lambdaMin, double regionSize) {
        StepSizeRule rule = of(spec);
        return switch (rule) {
            case NEWTON -> 1;
            case NORMALISED -> MAX_STEP_FRACTION * regionSize / firstStepFactor(spec);
            default -> {
                double lambda = curvature(spec, lambdaMax, lambdaMin);
                if (!(lambda > 0)) yield Double.POSITIVE_INFINITY;
                yield switch (rule) {
                    case GRADIENT -> 2 / lambda;
                    case HEAVY_BALL -> 2 * (1 + spec.real("momentum")) / ((1 - spec.real("dampening")) * lambda);
                    default -> {
                        double mu = spec.real("momentum");
                        yield 2 * (1 + mu) / ((1 + 2 * mu) * lambda);
                    }
                };
            }
        };
    }

    /**
     * The curvature the gradient step sees: the Hessian's largest eigenvalue (the smallest, turned
     * round, when maximizing), plus SGD's L2 weight decay, which adds weight_decay·I to it.
     */
    public static double curvature(OptimizerSpec spec, double lambdaMax, double lambdaMin) {
        boolean climbs = spec.info().parameter("maximize").isPresent() && spec.flag("maximize");
        double lambda = climbs ? -lambdaMin : lambdaMax;
        return spec.kind() == OptimizerKind.SGD ? lambda + spec.real("weight_decay") : lambda;
    }

    /** How many times lr a normalised method's first steps are per coordinate. */
    private static double firstStepFactor(OptimizerSpec spec) {
        double factor = spec.kind() == OptimizerKind.RMSPROP ? 1 / Math.sqrt(1 - spec.real("alpha")) : 1;
        if (spec.kind() == OptimizerKind.RMSPROP && spec.real("momentum") > 0) factor /= 1 - spec.real("momentum");
        return factor;
    }
}
