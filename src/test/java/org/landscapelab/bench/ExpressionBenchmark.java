package org.landscapelab.bench;

import java.util.concurrent.TimeUnit;
import java.util.function.DoubleBinaryOperator;
import org.landscapelab.landscape.Expression;
import org.landscapelab.landscape.LandscapeFunction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A compiled expression against a hand-written Java lambda of the same function, each filling a
 * 1024 x 1024 grid on one thread. Target: compiled within 2x of the lambda.
 * Run: scripts/bench ExpressionBenchmark
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ExpressionBenchmark {
    static final int N = 1024;

    static final String RASTRIGIN = "20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)";
    static final String GOLDSTEIN_PRICE = "(1 + (x + y + 1)^2*(19 - 14*x + 3*x^2 - 14*y + 6*x*y + 3*y^2))"
            + "*(30 + (2*x - 3*y)^2*(18 - 32*x + 12*x^2 + 48*y - 36*x*y + 27*y^2))";

    @Param({"rastrigin", "goldstein_price"})
    String function;

    private LandscapeFunction compiled;
    private DoubleBinaryOperator handWritten;
    private final double[] out = new double[N * N];

    @Setup
    public void setUp() {
        boolean rastrigin = function.equals("rastrigin");
        compiled = Expression.parse(rastrigin ? RASTRIGIN : GOLDSTEIN_PRICE).bind();
        handWritten = rastrigin
                ? (x, y) -> 20 + x * x - 10 * Math.cos(2 * Math.PI * x) + y * y - 10 * Math.cos(2 * Math.PI * y)
                : (x, y) -> {
                    double a = x + y + 1;
                    double b = 2 * x - 3 * y;
                    return (1 + a * a * (19 - 14 * x + 3 * x * x - 14 * y + 6 * x * y + 3 * y * y))
                            * (30 + b * b * (18 - 32 * x + 12 * x * x + 48 * y - 36 * x * y + 27 * y * y));
                };
    }

    @Benchmark
    public double[] compiledExpression() {
        for (int j = 0; j < N; j++) {
            double y = -2 + 4.0 * (j + 0.5) / N;
            for (int i = 0; i < N; i++) out[j * N + i] = compiled.value(-2 + 4.0 * (i + 0.5) / N, y);
        }
        return out;
    }

    @Benchmark
    public double[] handWrittenLambda() {
        for (int j = 0; j < N; j++) {
            double y = -2 + 4.0 * (j + 0.5) / N;
            for (int i = 0; i < N; i++) out[j * N + i] = handWritten.applyAsDouble(-2 + 4.0 * (i + 0.5) / N, y);
        }
        return out;
    }
}
