package org.landscapelab.bench;

import java.util.concurrent.TimeUnit;
import org.landscapelab.landscape.Expression;
import org.landscapelab.landscape.LandscapeFunction;
import org.landscapelab.optim.Optimizer;
import org.landscapelab.optim.OptimizerKind;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.optim.Optimizers;
import org.landscapelab.optim.Oracle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Adam steps per second on a 2-D problem, one thread. The ensemble target is 2×10⁷ particle-steps/s
 * on 2 cores, i.e. 10⁷ steps/s (100 ns a step) per core including the gradient.
 * {@code adamRosenbrock}: the compiled expression's gradient, as a run uses it;
 * {@code adamQuadratic}: a trivial hand-written gradient, so the optimizer's own cost shows.
 * Each invocation takes {@value #STEPS} steps from a fixed start (reset between invocations).
 * Run: scripts/bench OptimizerBenchmark -f 1 -wi 3 -i 5
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class OptimizerBenchmark {
    static final int STEPS = 1000;

    private Optimizer adam;
    private Oracle rosenbrock;
    private Oracle quadratic;
    private final double[] x = new double[2];

    @Setup
    public void setUp() {
        adam = Optimizers.create(OptimizerSpec.defaults(OptimizerKind.ADAM).with("lr", "0.01"), 2);
        LandscapeFunction f = Expression.parse("(1 - x)^2 + 100*(y - x^2)^2").bind();
        rosenbrock = new Oracle() {
            public int dimension() { return 2; }
            public double gradient(double[] p, double[] g) { return f.gradient(p[0], p[1], g); }
        };
        quadratic = new Oracle() {
            public int dimension() { return 2; }
            public double gradient(double[] p, double[] g) {
                g[0] = p[0];
                g[1] = 10 * p[1];
                return 0.5 * (p[0] * p[0] + 10 * p[1] * p[1]);
            }
        };
    }

    @Benchmark
    @OperationsPerInvocation(STEPS)
    public double adamRosenbrock() {
        return run(rosenbrock);
    }

    @Benchmark
    @OperationsPerInvocation(STEPS)
    public double adamQuadratic() {
        return run(quadratic);
    }

    private double run(Oracle oracle) {
        adam.reset();
        x[0] = -1.5;
        x[1] = 2;
        double f = 0;
        for (int i = 0; i < STEPS; i++) f += adam.step(x, oracle);
        return f;
    }
}
