package org.landscapelab.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Perturbed GD as in Jin et al. 2017: escapes saddles, perturbs exactly by its rule, uniform in the ball. */
class PerturbedGradientDescentTest {

    static PerturbedGradientDescent create(String spec, int n, long seed) {
        return (PerturbedGradientDescent) Optimizers.create(OptimizerSpec.parse(spec), n, new SplittableRandom(seed));
    }

    @Test
    void escapesTheSaddleOfXSquaredMinusYSquaredWhereGradientDescentStays() {
        LandscapeOracle saddle = new LandscapeOracle("x^2 - y^2");
        for (long seed = 0; seed < 20; seed++) {
            PerturbedGradientDescent pgd = create("pgd lr=0.05 g_thres=1e-3 r=1e-2 t_thres=20", 2, seed);
            double[] x = {0, 0};
            for (int t = 0; t < 150; t++) pgd.step(x, saddle);
            assertThat(saddle.value(x)).as("seed %d", seed).isLessThan(-1);
            assertThat(pgd.perturbationSteps()).as("seed %d", seed).startsWith(0L);
        }
        double[] x = {0, 0};
        Optimizer gd = Optimizers.create(OptimizerSpec.parse("sgd lr=0.05"), 2);
        for (int t = 0; t < 150; t++) gd.step(x, saddle);
        assertThat(x).containsExactly(0, 0);
    }

    @Test
    void perturbsExactlyWhenTheGradientIsSmallAndAtMostOncePerTThresSteps() {
        double lr = 0.1;
        double gThres = 1e-2;
        int tThres = 15;
        double r = 1e-3;
        Quadratic bowl = Quadratic.diagonal(1, 1); // ∇f(x) = x
        PerturbedGradientDescent pgd = create("pgd lr=" + lr + " g_thres=" + gThres + " r=" + r + " t_thres=" + tThres, 2, 5);
        double[] x = {1, 1};
        List<double[]> trajectory = new ArrayList<>();
        trajectory.add(x.clone());
        for (int t = 0; t < 300; t++) {
            pgd.step(x, bowl);
            trajectory.add(x.clone());
        }
        // Replay the rule from the trajectory: at x_t, is |∇f| ≤ g_thres and t − t_noise > t_thres?
        List<Long> expected = new ArrayList<>();
        long tNoise = -tThres - 1;
        for (int t = 0; t < 300; t++) {
            double[] xt = trajectory.get(t);
            double[] next = trajectory.get(t + 1);
            boolean perturb = Math.hypot(xt[0], xt[1]) <= gThres && t - tNoise > tThres;
            // On this bowl x_{t+1} = (1 − lr)(x_t + ξ): recover ξ.
            double xi0 = next[0] / (1 - lr) - xt[0];
            double xi1 = next[1] / (1 - lr) - xt[1];
            if (perturb) {
                expected.add((long) t);
                tNoise = t;
                assertThat(Math.hypot(xi0, xi1)).as("ξ at step %d", t).isLessThanOrEqualTo(r * (1 + 1e-12)).isGreaterThan(0);
            } else {
                assertThat(Math.hypot(xi0, xi1)).as("no perturbation at step %d", t).isLessThan(1e-15);
            }
        }
        assertThat(pgd.perturbationSteps()).containsExactly(expected.stream().mapToLong(Long::longValue).toArray());
        assertThat(expected).hasSizeGreaterThan(5);
        assertThat(expected.get(0)).isGreaterThan(20L); // not while the gradient is large
        for (int i = 1; i < expected.size(); i++) assertThat(expected.get(i) - expected.get(i - 1)).isGreaterThan((long) tThres);
    }

    @Test
    void perturbationsAreUniformInTheBallNotOnTheSphere() {
        int samples = 20000;
        for (int n : new int[] {2, 5}) {
            PerturbedGradientDescent pgd = create("pgd lr=0 g_thres=1 r=2 t_thres=0", n, 11 + n);
            Oracle flat = FirstOrderClosedFormTest.linear(new double[n]);
            double[] x = new double[n];
            int inside = 0;
            double meanPower = 0;
            double[] mean = new double[n];
            for (int k = 0; k < samples; k++) {
                pgd.step(x, flat);
                double[] xi = pgd.lastUpdate();
                double radius = CubicSubproblemTest.norm(xi);
                assertThat(radius).isLessThanOrEqualTo(2 * (1 + 1e-12));
                if (radius <= 1) inside++;
                meanPower += Math.pow(radius / 2, n) / samples; // uniform in [0, 1] for the ball
                for (int i = 0; i < n; i++) mean[i] += xi[i] / samples;
            }
            assertThat(pgd.perturbationSteps()).hasSize(samples);
            assertThat((double) inside / samples).as("n=%d: P(|ξ| ≤ r/2) = 2^-n", n).isCloseTo(Math.pow(0.5, n), within(0.012));
            assertThat(meanPower).as("n=%d: E(|ξ|/r)^n", n).isCloseTo(0.5, within(0.01));
            for (int i = 0; i < n; i++) assertThat(mean[i]).isCloseTo(0, within(0.03));
        }
    }

    @Test
    void theSameSeedGivesTheSameRun() {
        LandscapeOracle saddle = new LandscapeOracle("x^2 - y^2 + 0.1*x^4 + 0.1*y^4");
        double[][] ends = new double[3][];
        long[][] perturbations = new long[3][];
        long[] seeds = {42, 42, 43};
        for (int k = 0; k < 3; k++) {
            PerturbedGradientDescent pgd = create("pgd lr=0.05 t_thres=10", 2, seeds[k]);
            double[] x = {0, 0};
            for (int t = 0; t < 200; t++) pgd.step(x, saddle);
            ends[k] = x;
            perturbations[k] = pgd.perturbationSteps();
        }
        assertThat(ends[1]).containsExactly(ends[0]);
        assertThat(perturbations[1]).containsExactly(perturbations[0]);
        assertThat(ends[2]).isNotEqualTo(ends[0]);
    }
}
