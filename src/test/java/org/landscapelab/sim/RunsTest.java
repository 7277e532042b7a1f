package org.landscapelab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.landscapelab.landscape.Catalog;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.LandscapeFormat;
import org.landscapelab.landscape.Point;
import org.landscapelab.noise.IncrementSampler;
import org.landscapelab.noise.NoiseSpec;
import org.landscapelab.noise.NoiseStreams;
import org.landscapelab.optim.OptimizerSpec;

class RunsTest {
    private static final Domain SQUARE = new Domain(-2, 2, -2, 2);

    @Test
    void gradientDescentOnAQuadraticFollowsTheClosedForm() {
        Landscape bowl = Landscape.ofExpression("0.5*(x^2 + 4*y^2)", SQUARE);
        Trajectory t = Runs.run(bowl, RunSpec.of(OptimizerSpec.parse("sgd lr=0.1"), new Point(1, 1), 50));
        assertThat(t.size()).isEqualTo(51);
        assertThat(t.diverged()).isFalse();
        for (int k = 0; k <= 50; k++) {
            assertThat(t.x(k)).isCloseTo(Math.pow(0.9, k), org.assertj.core.data.Offset.offset(1e-15));
            assertThat(t.y(k)).isCloseTo(Math.pow(0.6, k), org.assertj.core.data.Offset.offset(1e-15));
            assertThat(t.value(k)).isEqualTo(bowl.function().value(t.x(k), t.y(k)));
            assertThat(t.gradient(k)).isEqualTo(new Point(t.x(k), 4 * t.y(k)));
        }
        assertThat(t.update(0).x()).isCloseTo(-0.1, org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void iterateNoiseAddsSigmaTimesTheProcessIncrements() {
        // On a flat landscape the optimizer does nothing: the path is start + sigma * cumulative increments.
        Landscape flat = Landscape.ofExpression("0*x", SQUARE);
        NoiseSpec fbm = NoiseSpec.parse("fbm:hurst=0.3,sigma=0.05");
        RunSpec spec = RunSpec.of(OptimizerSpec.parse("sgd lr=0.01"), new Point(0.5, -0.5), 200)
                .withNoise(fbm, NoiseMode.ITERATE).withSeed(99);
        Trajectory t = Runs.run(flat, spec);
        IncrementSampler sampler = fbm.process().sampler(200, 0.01);
        double[][] xi = new NoiseStreams(99).increments(0, 2, sampler);
        double x = 0.5;
        double y = -0.5;
        for (int k = 0; k < 200; k++) {
            x += 0.05 * xi[0][k];
            y += 0.05 * xi[1][k];
            assertThat(t.x(k + 1)).isEqualTo(x);
            assertThat(t.y(k + 1)).isEqualTo(y);
        }
    }

    @Test
    void gradientNoiseIsUnitScaleNoiseTimesSigma() {
        // SGD with lr = 1 on a flat landscape: x_{k+1} = x_k - (sigma * xi_k / sqrt(dt)).
        Landscape flat = Landscape.ofExpression("0*x", SQUARE);
        NoiseSpec white = NoiseSpec.parse("white:sigma=0.5");
        RunSpec spec = RunSpec.of(OptimizerSpec.parse("sgd lr=1"), new Point(0, 0), 50)
                .withNoise(white, NoiseMode.GRADIENT).withSeed(5);
        Trajectory t = Runs.run(flat, spec);
        double[][] xi = new NoiseStreams(5).increments(0, 2, white.process().sampler(50, 1));
        double x = 0;
        for (int k = 0; k < 50; k++) {
            x -= 0.5 * xi[0][k];
            assertThat(t.x(k + 1)).isEqualTo(x);
        }
    }

    @Test
    void theSameSeedGivesTheSameNumbersAndOptimizersShareTheNoise() {
        Landscape l = Catalog.builtIn().byId("double_well").orElseThrow();
        RunSpec a = RunSpec.of(OptimizerSpec.parse("sgd lr=0.05"), new Point(0, 1), 300)
                .withNoise(NoiseSpec.parse("ou:theta=2,sigma=0.2"), NoiseMode.ITERATE).withSeed(3);
        assertThat(Runs.run(l, a).xs()).isEqualTo(Runs.run(l, a).xs());
        assertThat(Runs.run(l, a.withSeed(4)).xs()).isNotEqualTo(Runs.run(l, a).xs());
        // Common random numbers: momentum 0 is plain SGD, so the two "different" optimizers coincide.
        Trajectory plain = Runs.run(l, a);
        Trajectory withZeroMomentum = Runs.run(l, a.withOptimizer(OptimizerSpec.parse("sgd lr=0.05 momentum=0 dampening=0")));
        assertThat(withZeroMomentum.xs()).isEqualTo(plain.xs());
    }

    @Test
    void divergenceEndsTheRunCleanlyAndSaysWhy() {
        Landscape bowl = Landscape.ofExpression("x^2 + y^2", SQUARE);
        Trajectory t = Runs.run(bowl, RunSpec.of(OptimizerSpec.parse("sgd lr=1.5"), new Point(1, 1), 1000));
        // x_k = (-2)^k: past 100 diagonals (565.7) at k = 10 (|x| = 1024 * sqrt 2).
        assertThat(t.divergedAt()).isEqualTo(9);
        assertThat(t.divergence()).contains("left the bound");
        assertThat(t.size()).isEqualTo(10);

        Landscape log = Landscape.ofExpression("log(x) + y^2", new Domain(0.1, 2, -1, 1));
        Trajectory nan = Runs.run(log, RunSpec.of(OptimizerSpec.parse("sgd lr=1"), new Point(0.5, 0), 10));
        assertThat(nan.divergedAt()).isEqualTo(1);
        assertThat(nan.divergence()).isEqualTo("f is not finite here");
    }

    @Test
    void minibatchesAreRealGradientNoiseOnFiniteSums() throws Exception {
        Landscape ls = new LandscapeFormat().read("""
                {"name": "ls", "expression": "(a*x + b*y - c)^2", "domain": {"x": [-2, 2], "y": [-2, 2]},
                 "data": {"columns": ["a", "b", "c"], "rows": [[1, 0, 1], [0, 1, -1], [1, 1, 2], [2, -1, 0]]}}""", "ls.json");
        RunSpec full = RunSpec.of(OptimizerSpec.parse("sgd lr=0.05"), new Point(0, 0), 100);
        Trajectory exact = Runs.run(ls, full);
        Trajectory noisy = Runs.run(ls, full.withBatchSize(1).withSeed(11));
        assertThat(noisy.xs()).isNotEqualTo(exact.xs());
        assertThat(Runs.run(ls, full.withBatchSize(1).withSeed(11)).xs()).isEqualTo(noisy.xs());
        // Values are f itself (the full mean), not the minibatch's.
        assertThat(noisy.value(50)).isEqualTo(ls.function().value(noisy.x(50), noisy.y(50)));
        assertThatThrownBy(() -> Runs.run(Catalog.builtIn().byId("booth").orElseThrow(), full.withBatchSize(2)))
                .hasMessageContaining("finite-sum landscape");
    }

    @Test
    void newtonLandsOnTheSaddleAndTheTrajectoryRecordsMomentum() {
        Landscape saddle = Catalog.builtIn().byId("quadratic_saddle").orElseThrow();
        Trajectory newton = Runs.run(saddle, RunSpec.of(OptimizerSpec.parse("newton"), new Point(1, 0.5), 3));
        assertThat(newton.point(1)).isEqualTo(new Point(0, 0));
        Trajectory momentum = Runs.run(saddle, RunSpec.of(OptimizerSpec.parse("sgd lr=0.1 momentum=0.9"), new Point(1, 0.5), 3));
        assertThat(momentum.momentum(0)).contains(new Point(2, -1));
        assertThat(Runs.run(saddle, RunSpec.of(OptimizerSpec.parse("sgd lr=0.1"), new Point(1, 0.5), 3)).momentum(0)).isEmpty();
    }
}
