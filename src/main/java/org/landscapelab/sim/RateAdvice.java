package org.landscapelab.sim;

import org.landscapelab.optim.HyperValue;
import org.landscapelab.optim.OptimizerSpec;

/**
 * Whether an optimizer's learning rate is stable on a landscape from a start, and the rate to use
 * instead, with the reason in words.
 *
 * @param spec the optimizer as given
 * @param stable whether its lr is stable here: within its method's rule and its trial run does not diverge
 * @param suggestedLr a round rate (1, 2 or 5 × 10^k) about half the limit whose trial run does not
 *     diverge; NaN if no rate down to {@link LearningRates#MAX_TRIALS} round steps below was found
 * @param lambdaMax the largest Hessian eigenvalue near the start and along the trial runs in the
 *     domain; NaN where no finite Hessian was seen
 * @param limit the method's stability limit for lr there (infinite: none)
 * @param reason what happens to lr on a landscape change, e.g. "lr 0.1 → 0.0005: 0.1 diverges here, λmax ≈ 1,000 (…)"
 */
public record RateAdvice(OptimizerSpec spec, boolean stable, double suggestedLr, double lambdaMax, double limit,
                         String reason) {

    /** The optimizer to keep on a landscape change: the same if its lr is stable here, else with the suggested lr. */
    public OptimizerSpec onLandscapeChange() {
        return stable || !hasSuggestion() ? spec : withSuggestedLr();
    }

    /** Whether {@link #onLandscapeChange()} changes the lr, so the lab should say {@link #reason()}. */
    public boolean changesLr() {
        return !onLandscapeChange().equals(spec);
    }

    /** The optimizer with the suggested lr (a "suggest" button), or as given if there is none. */
    public OptimizerSpec withSuggestedLr() {
        return hasSuggestion() ? spec.with("lr", HyperValue.of(suggestedLr)) : spec;
    }

    public boolean hasSuggestion() {
        return !Double.isNaN(suggestedLr);
    }
}
