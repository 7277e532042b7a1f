package org.landscapelab.landscape.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 100,000 seeded random strings and mutations of valid expressions: the parser either returns a
 * tree or throws {@link ExpressionException} with a column inside the input, nothing else, and
 * every tree it returns compiles and evaluates.
 */
class ParserFuzzTest {
    private static final Set<String> NAMES = Set.of("x", "y", "a");
    private static final String ALPHABET = "xya0123456789.eE+-*/^(),  \t sincoexplgqrtabmhndy_#$\u00e9\u03c0\u0000";
    private static final List<String> VALID = List.of(
            "(x^2 + y - 11)^2 + (x + y^2 - 7)^2", "(1 - x)^2 + 100*(y - x^2)^2", "sin(x)*exp(-y^2)",
            "-20*exp(-0.2*sqrt(0.5*(x^2 + y^2))) - exp(0.5*(cos(2*pi*x) + cos(2*pi*y))) + e + 20",
            "a*x**2 - y**2", "min(x, y) + max(abs(x), tanh(y)) / atan(1e-3 + x)", "x^3 - 3*x*y^2",
            "log(1 + x^2) * cosh(y) - sinh(x) * tan(y / 4)");

    @Test
    @Timeout(120)
    void onlyParseErrorsComeOut() {
        SplittableRandom random = new SplittableRandom(20261127);
        int parsed = 0;
        for (int i = 0; i < 100_000; i++) {
            String s = i % 2 == 0 ? randomString(random) : mutate(VALID.get(random.nextInt(VALID.size())), random);
            try {
                Node tree = Parser.parse(s, NAMES);
                parsed++;
                if (parsed % 25 == 0) {
                    Kernel k = Kernels.compile(Algebra.simplify(tree), List.of("a"));
                    k.hessian(random.nextDouble(-3, 3), random.nextDouble(-3, 3), new double[] {0.5}, new double[5]);
                }
            } catch (ExpressionException e) {
                assertThat(e.column()).as("column of '%s'", s).isBetween(1, s.length() + 1);
                assertThat(e.problem()).isNotBlank();
            } catch (RuntimeException | StackOverflowError e) {
                fail("'" + s + "' threw " + e, e);
            }
        }
        // Mutations of valid expressions stay valid often enough that the success path is exercised.
        assertThat(parsed).isGreaterThan(5_000);
    }

    private static String randomString(SplittableRandom random) {
        int n = random.nextInt(40);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return b.toString();
    }

    private static String mutate(String s, SplittableRandom random) {
        StringBuilder b = new StringBuilder(s);
        int edits = 1 + random.nextInt(3);
        for (int k = 0; k < edits && b.length() > 0; k++) {
            int at = random.nextInt(b.length());
            switch (random.nextInt(4)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 2 -> b.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                default -> {
                    int end = Math.min(b.length(), at + 1 + random.nextInt(8));
                    b.insert(random.nextInt(b.length()), b.substring(at, end)); // duplicate a chunk
                }
            }
        }
        return b.toString();
    }
}
