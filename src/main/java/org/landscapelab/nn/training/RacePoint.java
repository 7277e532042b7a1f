package org.landscapelab.nn.training;

import java.util.Arrays;

/**
 * One recorded step of one racer: the loss at θ_t on step t's batch, and per parameter group
 * ({@link ParameterGroups}) the gradient norm ‖∇θ_t‖ and the relative update
 * ‖θ_{t+1} − θ_t‖ / ‖θ_t‖ (NaN where ‖θ_t‖ = 0, e.g. a bias at initialization). Immutable.
 */
public final class RacePoint {
    private final long step;
    private final double loss;
    private final double[] gradNorms, updateRatios;

    RacePoint(long step, double loss, double[] gradNorms, double[] updateRatios) {
        this.step = step;
        this.loss = loss;
        this.gradNorms = gradNorms.clone();
        this.updateRatios = updateRatios.clone();
    }

    public long step() {
        return step;
    }

    public double loss() {
        return loss;
    }

    /** ‖∇θ‖ of group {@code g}. */
    public double gradNorm(int g) {
        return gradNorms[g];
    }

    /** ‖Δθ‖/‖θ‖ of group {@code g}. */
    public double updateRatio(int g) {
        return updateRatios[g];
    }

    @Override
    public String toString() {
        return "step " + step + ", loss " + loss + ", grad norms " + Arrays.toString(gradNorms) + ", update ratios "
                + Arrays.toString(updateRatios);
    }
}
