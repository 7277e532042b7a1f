package org.landscapelab.landscape.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParserTest {
    private static final Set<String> XY = Set.of("x", "y");

    private static double eval(String s, double x, double y) {
        return Kernels.compile(Parser.parse(s, XY), List.of()).value(x, y, new double[0]);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "1 + 2 * 3; 7",
        "(1 + 2) * 3; 9",
        "2^3^2; 512",
        "2**3**2; 512",
        "-2^2; -4",
        "(-2)^2; 4",
        "2^-1; 0.5",
        "- - 3; 3",
        "+3; 3",
        "8 / 4 / 2; 1",
        "10 - 4 - 3; 3",
        "1e-3 * 1000; 1",
        "1.5E2; 150",
        ".5 + 1.; 1.5",
        "2*pi; 6.283185307179586",
        "e; 2.718281828459045",
        "min(3, max(1, 2)); 2",
        "abs(-4) + sqrt(16) + log(e) + exp(0); 10",
        "tanh(0) + sinh(0) + cosh(0) + atan(0) + tan(0) + sin(0) + cos(0); 2",
        "2 * -3; -6",
    })
    void evaluatesLikeACalculator(String source, double expected) {
        assertThat(eval(source, 0, 0)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void variablesAndParameters() {
        Node tree = Parser.parse("a*x^2 - y^2", Set.of("x", "y", "a"));
        double v = Kernels.compile(tree, List.of("a")).value(2, 3, new double[] {0.5});
        assertThat(v).isEqualTo(0.5 * 4 - 9);
    }

    @Test
    void printsBackToAnEquivalentExpression() {
        for (String s : List.of("-x^2", "(-x)^2", "x - (y - 1)", "x / (y / 2)", "2^(x^y)", "(2^x)^y", "-(x + y)",
                "x*-y", "sin(x)*exp(-y^2)", "min(x, y) - max(x, -y)")) {
            Node tree = Parser.parse(s, XY);
            Node again = Parser.parse(tree.toString(), XY);
            for (double[] p : new double[][] {{0.3, 1.7}, {-1.2, 0.4}, {2.5, -0.9}}) {
                assertThat(Double.doubleToLongBits(eval(again.toString(), p[0], p[1]))).as(s + " printed as " + tree)
                        .isEqualTo(Double.doubleToLongBits(eval(s, p[0], p[1])));
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "x + * 2; 5; unexpected '*'",
        "x +; 4; unexpected end of expression",
        "(x + y; 7; missing ')'",
        "x + y); 6; unexpected ')'",
        "2x; 2; missing operator before 'x'",
        "x y; 3; missing operator before 'y'",
        "z + 1; 1; unknown name 'z'",
        "foo(x); 1; unknown function 'foo'",
        "sin(x, y); 1; 'sin' takes 1 argument, got 2",
        "min(x); 1; 'min' takes 2 arguments, got 1",
        "sin + 1; 1; function 'sin' needs arguments",
        "x(2); 1; 'x' is not a function",
        "1e + x; 2; the exponent needs digits",
        "x # y; 3; unexpected character '#'",
        "'   '; 1; empty expression",
        "x + .; 5; malformed number",
        "1e999; 1; number too large",
    })
    void reportsWhatAndWhere(String source, int column, String message) {
        assertThatThrownBy(() -> Parser.parse(source, XY))
                .isInstanceOfSatisfying(ExpressionException.class, e -> {
                    assertThat(e.column()).isEqualTo(column);
                    assertThat(e.problem()).contains(message);
                    assertThat(e.caretDisplay()).endsWith(" ".repeat(column + 1) + "^");
                });
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        String deep = "(".repeat(10_000) + "x" + ")".repeat(10_000);
        assertThatThrownBy(() -> Parser.parse(deep, XY))
                .isInstanceOf(ExpressionException.class).hasMessageContaining("nested too deeply");
        String chain = "x" + "+x".repeat(5_000);
        assertThatThrownBy(() -> Parser.parse(chain, XY))
                .isInstanceOf(ExpressionException.class).hasMessageContaining("nested too deeply");
        String unary = "-".repeat(10_000) + "x";
        assertThatThrownBy(() -> Parser.parse(unary, XY)).isInstanceOf(ExpressionException.class);
        String powers = "x" + "^x".repeat(10_000);
        assertThatThrownBy(() -> Parser.parse(powers, XY)).isInstanceOf(ExpressionException.class);
    }

    @Test
    void moderateNestingIsFine() {
        String nested = "(".repeat(150) + "x" + ")".repeat(150);
        assertThat(eval(nested, 2, 0)).isEqualTo(2);
    }
}
