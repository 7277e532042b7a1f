package org.landscapelab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.landscapelab.landscape.Catalog;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Point;
import org.landscapelab.noise.NoiseCatalog;
import org.landscapelab.noise.NoiseSpec;
import org.landscapelab.optim.OptimizerSpec;

class EnsemblesTest {
    private static final Landscape SADDLE = Catalog.builtIn().byId("quadratic_saddle").orElseThrow();
    private static final Point ORIGIN = new Point(0, 0);

    /** GD on x^2 - y^2 from the saddle with white iterate noise (lr 0.05, sigma 0.01). */
    private static EnsembleSpec saddleEscape(int particles, double sigma) {
        RunSpec run = RunSpec.of(OptimizerSpec.parse("sgd lr=0.05"), ORIGIN, 400)
                .withNoise(NoiseSpec.parse("white:sigma=" + sigma), NoiseMode.ITERATE).withSeed(2026);
        return new EnsembleSpec(run, particles, StartRegion.point(ORIGIN), EscapeCriterion.radius(ORIGIN, 1), 0);
    }

    @Test
    void theNumbersDoNotDependOnTheThreadCount() {
        Landscape l = Catalog.builtIn().byId("himmelblau").orElseThrow();
        RunSpec run = RunSpec.of(OptimizerSpec.parse("adam lr=0.05"), ORIGIN, 300)
                .withNoise(NoiseSpec.parse("fbm:hurst=0.3,sigma=0.2"), NoiseMode.ITERATE).withSeed(8);
        EnsembleSpec spec = new EnsembleSpec(run, 300, StartRegion.box(-4, 4, -4, 4), EscapeCriterion.radius(ORIGIN, 2), 5);
        EnsembleResult one = Ensembles.run(l, spec, 1, Progress.NONE);
        EnsembleResult three = Ensembles.run(l, spec, 3, Progress.NONE);
        for (int i = 0; i < 300; i++) {
            assertThat(three.finalX(i)).isEqualTo(one.finalX(i));
            assertThat(three.finalY(i)).isEqualTo(one.finalY(i));
            assertThat(three.escapeStep(i)).isEqualTo(one.escapeStep(i));
        }
        for (int f = 0; f < one.frames(); f++) assertThat(three.frame(f)).isEqualTo(one.frame(f));
    }

    @Test
    void eachParticleIsTheTraceOfItsOwnStreams() {
        Landscape l = Catalog.builtIn().byId("double_well").orElseThrow();
        RunSpec run = RunSpec.of(OptimizerSpec.parse("sgd lr=0.02 momentum=0.5"), new Point(0, 1), 250)
                .withNoise(NoiseSpec.parse("anti:sigma=0.05"), NoiseMode.ITERATE).withSeed(17);
        EnsembleResult r = Ensembles.run(l, new EnsembleSpec(run, 40, StartRegion.gaussian(new Point(0, 1), 0.3), null, 3), 2, Progress.NONE);
        for (int i : new int[] {0, 7, 39}) {
            Trajectory t = Runs.run(l, run.withStart(r.start(i)), i);
            assertThat(r.finalX(i)).isEqualTo(t.x(250));
            assertThat(r.finalY(i)).isEqualTo(t.y(250));
            assertThat(r.frame(1)[2 * i]).isEqualTo((float) t.x(r.frameSteps()[1]));
        }
    }

    @Test
    void medianEscapeTimeFromAStrictSaddleMatchesTheLinearTheory() {
        // Near the saddle y_{k+1} = (1 + 2 lr) y_k + sigma sqrt(lr) Z_k, so y_k ~ (1.1)^(k-1) Y with
        // Y ~ N(0, s^2), s^2 = sigma^2 lr / (1 - 1.1^-2). The escape from radius 1 happens at the first
        // k with 1.1^(k-1) |Y| > 1; the median of |Y| is 0.6745 s, so the median escape step is
        // 1 + ceil(log(1 / (0.6745 s)) / log 1.1). (x contracts to a spread of ~sigma/2, negligible.)
        for (double sigma : new double[] {1e-2, 1e-4}) {
            EscapeSummary s = Ensembles.run(SADDLE, saddleEscape(4000, sigma), 2, Progress.NONE).escapeSummary();
            double sd = sigma * Math.sqrt(0.05) / Math.sqrt(1 - Math.pow(1.1, -2));
            double expected = 1 + Math.ceil(Math.log(1 / (0.6745 * sd)) / Math.log(1.1));
            assertThat(s.escaped()).isEqualTo(4000);
            // The sample median of |Y| from 4000 draws is within ~2% (5 SE), which moves k by < 0.3 steps.
            assertThat(s.median()).as("sigma %s", sigma).isBetween(expected - 1, expected + 1);
        }
    }

    @Test
    void aSweepOverSigmaFollowsTheTheoryAndReportsProgress() {
        AtomicLong last = new AtomicLong();
        List<EscapeSweep.SweepPoint> curve = EscapeSweep.run(SADDLE, saddleEscape(1000, 1e-2), NoiseCatalog.SIGMA,
                new double[] {1e-5, 1e-3, 1e-1}, 2, new Progress() {
                    @Override
                    public void update(long done, long total) {
                        assertThat(total).isEqualTo(3000);
                        last.accumulateAndGet(done, Math::max);
                    }

                    @Override
                    public boolean cancelled() {
                        return false;
                    }
                });
        assertThat(last.get()).isEqualTo(3000);
        assertThat(curve).extracting(p -> p.summary().mean()).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        // Each factor 100 in sigma takes log(100)/log(1.1) = 48.3 steps off the escape time.
        double drop = curve.get(0).summary().median() - curve.get(1).summary().median();
        assertThat(drop).isBetween(46.0, 51.0);
    }

    @Test
    void cancellationStopsTheWork() {
        AtomicLong seen = new AtomicLong();
        assertThatThrownBy(() -> Ensembles.run(SADDLE, saddleEscape(100_000, 1e-2), 2, new Progress() {
            @Override
            public void update(long done, long total) {
                seen.set(done);
            }

            @Override
            public boolean cancelled() {
                return seen.get() > 500;
            }
        })).isInstanceOf(CancellationException.class);
        assertThat(seen.get()).isLessThan(100_000);
    }
}
