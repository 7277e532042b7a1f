package org.landscapelab.bench;

import java.util.concurrent.TimeUnit;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Point;
import org.landscapelab.noise.NoiseSpec;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.sim.EnsembleResult;
import org.landscapelab.sim.EnsembleSpec;
import org.landscapelab.sim.Ensembles;
import org.landscapelab.sim.NoiseMode;
import org.landscapelab.sim.Progress;
import org.landscapelab.sim.RunSpec;
import org.landscapelab.sim.StartRegion;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ensemble throughput: Adam + white iterate noise on Himmelblau typed as an expression, 2 threads,
 * 2,000 particles x 1,000 steps = 2e6 particle-steps per operation. Target: at least 2e7
 * particle-steps/s, i.e. at most 100 ms per operation. Run: scripts/bench EnsembleBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EnsembleBenchmark {
    static final int PARTICLES = 2_000;
    static final int STEPS = 1_000;

    private Landscape himmelblau;
    private EnsembleSpec spec;

    @Setup
    public void setUp() {
        himmelblau = Landscape.ofExpression("(x^2 + y - 11)^2 + (x + y^2 - 7)^2", new Domain(-5, 5, -5, 5));
        RunSpec run = RunSpec.of(OptimizerSpec.parse("adam lr=0.01"), new Point(0, 0), STEPS)
                .withNoise(NoiseSpec.parse("white:sigma=0.1"), NoiseMode.ITERATE).withSeed(1);
        spec = new EnsembleSpec(run, PARTICLES, StartRegion.box(-5, 5, -5, 5), null, 0);
    }

    @Benchmark
    public EnsembleResult adamWhiteNoiseHimmelblau() {
        return Ensembles.run(himmelblau, spec, 2, Progress.NONE);
    }
}
