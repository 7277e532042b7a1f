package org.landscapelab.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;
import org.landscapelab.sim.Progress;

/**
 * At H = ½ on the quadratic saddle the unstable coordinate is linear Gaussian,
 * x_{k+1} = (1 + ηγ)·x_k + σ√η·ξ_k, so Var(x_k) = σ²η((1 + ηγ)^{2k} − 1)/((1 + ηγ)² − 1) exactly.
 */
class FpgdEscapeTest {
    private static final double LR = 0.1;
    private static final double GAMMA = 1;
    private static final double SIGMA = 0.01;
    private static final double RADIUS = 1;

    private static FpgdEscape.Settings oneDimension(List<Double> hursts, int runs, int maxSteps) {
        return new FpgdEscape.Settings(1, hursts, runs, RADIUS, GAMMA, 1, LR, SIGMA, maxSteps, FpgdEscape.Saddle.QUADRATIC, 7);
    }

    private static double closedFormVariance(int k) {
        double a = 1 + LR * GAMMA;
        return SIGMA * SIGMA * LR * (Math.pow(a, 2 * k) - 1) / (a * a - 1);
    }

    @Test
    void theUnstableCoordinatesVarianceAtHalfIsTheClosedForm() {
        FpgdEscape.Settings s = oneDimension(List.of(0.5), 4000, 60);
        for (int k : new int[] {1, 10, 30}) {
            Moments m = Moments.EMPTY;
            for (int run = 0; run < s.runs(); run++) m = m.add(FpgdEscape.coordinatePath(s, 0.5, run, 0)[k]);
            double expected = closedFormVariance(k);
            // The sample variance of n Gaussians has relative standard error √(2/(n−1)) ≈ 2.2%: allow 4 of them.
            double relativeSe = Math.sqrt(2.0 / (s.runs() - 1));
            assertThat(m.variance() / expected).as("Var(x_%d)", k).isCloseTo(1, within(4 * relativeSe));
            assertThat(Math.abs(m.mean())).as("mean of x_%d", k).isLessThan(4 * Math.sqrt(expected / s.runs()));
        }
    }

    /**
     * With ηγr = 0.1 about 30 noise standard deviations (σ√η ≈ 0.003), a path that has left the ball
     * never comes back, so P(τ > k) = P(|x_k| ≤ r) = erf(r/√(2·Var x_k)) and E[τ] = Σ_k P(τ > k).
     */
    @Test
    void theMeanEscapeStepAtHalfIsTheClosedFormsWithinFourStandardErrors() {
        FpgdEscape.Settings s = oneDimension(List.of(0.5), 2000, 400);
        ExperimentTable t = FpgdEscape.run(s, Shard.ALL, 2, Progress.NONE);
        TableRow row = t.rows().get(0);
        assertThat(row.runs()).isEqualTo(2000);
        assertThat(row.stat(0).count()).as("every run escapes long before max-steps").isEqualTo(2000);
        double mean = 0;
        double secondMoment = 0;
        for (int k = 0; k < 400; k++) {
            double survive = k == 0 ? 1 : Erf.erf(RADIUS / Math.sqrt(2 * closedFormVariance(k)));
            mean += survive;
            secondMoment += (2 * k + 1) * survive;
        }
        double closedFormSd = Math.sqrt(secondMoment - mean * mean);
        Moments m = row.stat(0);
        assertThat(mean).as("the closed form's mean escape step").isBetween(40.0, 70.0);
        assertThat(Math.sqrt(m.variance()) / closedFormSd).as("spread of the escape steps").isCloseTo(1, within(0.15));
        assertThat(m.mean()).isCloseTo(mean, within(4 * m.standardError()));
        assertThat(row.escapes().median()).isCloseTo(mean, within(3.0));
    }

    @Test
    void inManyDimensionsEveryRunEscapesAndTheStepsDoNotDependOnTheThreads() {
        FpgdEscape.Settings s = new FpgdEscape.Settings(6, List.of(0.3, 0.5, 0.7), 40, 0.5, 1, 1, 0.02, 0.1, 3000,
                FpgdEscape.Saddle.QUARTIC, 3);
        ExperimentTable one = FpgdEscape.run(s, Shard.ALL, 1, Progress.NONE);
        ExperimentTable two = FpgdEscape.run(s, Shard.ALL, 2, Progress.NONE);
        assertThat(two).isEqualTo(one);
        assertThat(one.rows()).extracting(r -> r.key().get(0)).containsExactly("0.3", "0.5", "0.7");
        assertThat(one.rows()).allSatisfy(r -> assertThat(r.stat(0).count()).isEqualTo(40));
    }

    @Test
    void settingsOutsideTheirRangesNameTheSetting() {
        assertThatThrownBy(() -> oneDimension(List.of(1.0), 10, 10)).isInstanceOf(SettingException.class)
                .hasMessage("hurst must be in (0, 1), got 1.0");
        assertThatThrownBy(() -> oneDimension(List.of(0.5, 0.5), 10, 10)).hasMessage("hurst lists a value twice: [0.5, 0.5]");
        assertThatThrownBy(() -> new FpgdEscape.Settings(1, List.of(0.5), 10, 2, 1, 1, 0.1, 0.1, 10, FpgdEscape.Saddle.QUARTIC, 0))
                .hasMessage("radius must be below √gamma = 1.0 on the quartic saddle, whose minima lie there, got 2.0");
        assertThatThrownBy(() -> new FpgdEscape.Settings(1, List.of(0.5), 10, 1, 1, 4, 0.5, 0.1, 10, FpgdEscape.Saddle.QUADRATIC, 0))
                .hasMessage("lr must be below 2/lambda = 0.5 so that gradient descent is stable in the stable directions, got 0.5");
        assertThatThrownBy(() -> oneDimension(List.of(0.5), 10, FpgdEscape.Settings.MAX_STEPS + 1))
                .hasMessage("max-steps must be in [1, 1,048,576], got 1,048,577");
    }
}
