package org.landscapelab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.landscapelab.landscape.Catalog;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Point;
import org.landscapelab.noise.IncrementSampler;
import org.landscapelab.noise.NoiseSpec;
import org.landscapelab.optim.OptimizerSpec;

/** The sizes, memory and numbers a run or an ensemble accepts, checked before any work is done. */
class RunLimitsTest {
    private static final Point ORIGIN = new Point(0, 0);

    private static RunSpec run(int steps, String noise) {
        return RunSpec.of(OptimizerSpec.parse("sgd lr=0.01"), ORIGIN, steps).withNoise(NoiseSpec.parse(noise), NoiseMode.ITERATE);
    }

    @Test
    void aStartBoxMustHaveAFiniteWidth() {
        assertThatThrownBy(() -> StartRegion.box(-1e308, 1e308, 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("start box width and height must be finite, got Infinity x 1.0");
        assertThat(StartRegion.box(-1e307, 1e307, 0, 1).halfWidth()).isEqualTo(1e307);
    }

    @Test
    void theWorkOfAnEnsembleIsBoundedAsAProduct() {
        // Each factor is allowed on its own; their product is not.
        assertThatThrownBy(() -> new EnsembleSpec(run(100_000, "white"), 100_000, StartRegion.point(ORIGIN), null, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("100,000 particles × 100,000 steps = 10,000,000,000 particle steps is more than the limit of 1,000,000,000");
        // The app's largest ensemble is exactly at the limit.
        assertThat(new EnsembleSpec(run(100_000, "white"), 10_000, StartRegion.point(ORIGIN), null, 0).particleSteps())
                .isEqualTo(EnsembleSpec.MAX_PARTICLE_STEPS);
        assertThatThrownBy(() -> new EnsembleSpec(run(2_000, "white"), 100_000, StartRegion.point(ORIGIN), null, 2_000))
                .hasMessage("frames × particles: 200,000,000 recorded positions is more than the limit of 50,000,000");
    }

    @Test
    void memoryIsEstimatedBeforeAllocating() {
        EnsembleSpec spec = new EnsembleSpec(run(100_000, "fbm:hurst=0.3"), 1_000, StartRegion.point(ORIGIN), null, 100);
        IncrementSampler sampler = Particle.sampler(spec.run());
        // 16 chunks of 64 particles, so at most 16 particles hold their two paths at once, whatever the threads.
        long perParticle = 2 * sampler.streamBytes();
        long fixed = 48L * 1_000 + 8L * 100 * 1_000;
        assertThat(MemoryBudget.ensemble(spec, sampler, 2, 64)).isEqualTo(fixed + 2 * perParticle);
        assertThat(MemoryBudget.ensemble(spec, sampler, 256, 64)).isEqualTo(fixed + 16 * perParticle);
        // White noise is drawn step by step: no paths at all.
        assertThat(MemoryBudget.ensemble(spec.withRun(run(100_000, "white")), Particle.sampler(run(100_000, "white")), 256, 64))
                .isEqualTo(fixed);
        assertThatThrownBy(() -> MemoryBudget.require("an ensemble", 3L << 30, 1L << 30))
                .hasMessage("an ensemble needs about 3,072 MB, more than the 1,024 MB this JVM can spare (half its maximum heap, -Xmx)");
        MemoryBudget.require("an ensemble", 1L << 30, 1L << 30);
    }

    @Test
    void adamWithoutEpsAtAZeroGradientIsUndefinedNotANumberRow() {
        Landscape bowl = Landscape.ofExpression("x^2 + y^2", new Domain(-1, 1, -1, 1));
        Trajectory t = Runs.run(bowl, RunSpec.of(OptimizerSpec.parse("adam lr=0.1 eps=0"), ORIGIN, 10));
        assertThat(t.undefined()).isTrue();
        assertThat(t.divergedAt()).isEqualTo(1);
        assertThat(t.divergence()).startsWith("the iterate is not a number (NaN: 0/0");
        // A run that merely leaves the bound is diverged but still holds numbers.
        Landscape saddle = Catalog.builtIn().byId("quadratic_saddle").orElseThrow();
        Trajectory away = Runs.run(saddle, RunSpec.of(OptimizerSpec.parse("sgd lr=0.5"), new Point(0, 0.1), 500));
        assertThat(away.diverged()).isTrue();
        assertThat(away.undefined()).isFalse();
    }
}
