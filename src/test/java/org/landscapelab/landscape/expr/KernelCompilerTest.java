package org.landscapelab.landscape.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** The bytecode compiler must compute exactly what the reference interpreter computes. */
class KernelCompilerTest {
    private static final List<String> INPUTS = List.of("a", "b");

    @RepeatedTest(200)
    void compiledKernelsAgreeWithTheInterpreterToTheBit(RepetitionInfo info) {
        SplittableRandom random = new SplittableRandom(1000 + info.getCurrentRepetition());
        Node f = RandomTrees.tree(random, 5, INPUTS);
        Kernel compiled = Kernels.compile(f, INPUTS);
        Kernel interpreted = Kernels.interpret(f, INPUTS);
        assertThat(compiled).isNotInstanceOf(Interpreter.class);
        double[] vars = {random.nextDouble(-2, 2), random.nextDouble(-2, 2)};
        for (int i = 0; i < 20; i++) {
            double x = random.nextDouble(-3, 3);
            double y = random.nextDouble(-3, 3);
            double[] dc = new double[5];
            double[] di = new double[5];
            double[] gc = new double[2];
            double[] gi = new double[2];
            assertThat(bits(compiled.value(x, y, vars))).as("%s at (%s, %s)", f, x, y).isEqualTo(bits(interpreted.value(x, y, vars)));
            assertThat(bits(compiled.gradient(x, y, vars, gc))).isEqualTo(bits(interpreted.gradient(x, y, vars, gi)));
            assertThat(bits(compiled.hessian(x, y, vars, dc))).isEqualTo(bits(interpreted.hessian(x, y, vars, di)));
            for (int k = 0; k < 2; k++) assertThat(bits(gc[k])).as("gradient %d of %s", k, f).isEqualTo(bits(gi[k]));
            for (int k = 0; k < 5; k++) assertThat(bits(dc[k])).as("derivative %d of %s", k, f).isEqualTo(bits(di[k]));
        }
    }

    @Test
    void hugeProgramsFallBackToTheInterpreter() {
        // 30 groups of 20 terms: long, but shallow enough for the parser.
        StringBuilder s = new StringBuilder("0");
        for (int g = 0; g < 30; g++) {
            s.append(" + (0");
            for (int i = 20 * g; i < 20 * g + 20; i++) s.append(" + sin(").append(i).append("*x + y^").append(i % 7).append(")");
            s.append(")");
        }
        Node f = Algebra.simplify(Parser.parse(s.toString(), java.util.Set.of("x", "y")));
        Kernel k = Kernels.compile(f, List.of());
        assertThat(k).isInstanceOf(Interpreter.class);
        double expected = 0;
        for (int i = 0; i < 600; i++) expected += Math.sin(i * 0.3 + Math.pow(0.7, i % 7));
        assertThat(k.value(0.3, 0.7, new double[0])).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
    }

    /** NaNs compare equal whatever their payload. */
    private static long bits(double v) {
        return Double.doubleToLongBits(v);
    }
}
