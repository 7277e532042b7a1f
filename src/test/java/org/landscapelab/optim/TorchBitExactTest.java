package org.landscapelab.optim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.landscapelab.ReferenceData;

/**
 * Given PyTorch's own gradient (autograd's operation order, written out below for the reference
 * landscapes where it is known), the optimizers reproduce torch.optim's trajectories bit for bit:
 * the operation order, including the fused multiply-adds of torch's add(alpha=…) and addcmul, is
 * torch's. (With the lab's symbolic gradients the last bits of the gradient differ, so the
 * conformance test uses a 1e-9 tolerance.) Reference cases on other landscapes are skipped here.
 */
class TorchBitExactTest {

    /** Rosenbrock (1 − x)² + 100(y − x²)² as autograd differentiates it. */
    static final Oracle ROSENBROCK = new Oracle() {
        public int dimension() { return 2; }
        public double gradient(double[] p, double[] g) {
            double x = p[0];
            double y = p[1];
            double a = 1 - x;
            double u = y - x * x;
            double ga = 2.0 * a;           // PowBackward of a², then SubBackward negates
            double gu = 100 * (2.0 * u);   // MulBackward by 100 of PowBackward of u²
            double gx2 = gu * (2.0 * x);   // PowBackward of x², then SubBackward negates
            g[0] = -ga + -gx2;
            g[1] = gu;
            return a * a + 100 * (u * u);
        }
    };

    /** x² − y². */
    static final Oracle SADDLE = new Oracle() {
        public int dimension() { return 2; }
        public double gradient(double[] p, double[] g) {
            g[0] = 2.0 * p[0];
            g[1] = -(2.0 * p[1]);
            return p[0] * p[0] - p[1] * p[1];
        }
    };

    /** The monkey saddle x³ − 3xy², as autograd differentiates x^3 − (3*x)*(y^2). */
    static final Oracle MONKEY_SADDLE = new Oracle() {
        public int dimension() { return 2; }
        public double gradient(double[] p, double[] g) {
            double x = p[0];
            double y = p[1];
            double y2 = y * y;
            double threeX = 3 * x;
            g[0] = 3.0 * (x * x) + -y2 * 3;   // PowBackward of x³; MulBackward of 3·x times y²
            g[1] = -threeX * (2.0 * y);      // PowBackward of y² times 3x
            return x * x * x - threeX * y2;
        }
    };

    static final Map<String, Oracle> AUTOGRAD = Map.of(
            "(1 - x)^2 + 100*(y - x^2)^2", ROSENBROCK,
            "x^2 - y^2", SADDLE,
            "x^3 - 3*x*y^2", MONKEY_SADDLE);

    static Stream<Path> cases() {
        return ReferenceData.cases("optimizers").stream().filter(p -> AUTOGRAD.containsKey(expression(p)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyPointIsTorchsToTheLastBit(Path file) throws IOException {
        JsonNode c = new ObjectMapper().readTree(file.toFile());
        Oracle oracle = AUTOGRAD.get(c.get("expression").asText());
        Optimizer optimizer = Optimizers.create(TorchConformanceTest.spec(c), 2);
        double[] x = {c.get("start").get(0).asDouble(), c.get("start").get(1).asDouble()};
        for (int k = 0; k < c.get("steps").asInt(); k++) {
            optimizer.step(x, oracle);
            JsonNode expected = c.get("trajectory").get(k + 1);
            assertThat(x).as("after step %d", k).containsExactly(expected.get(0).asDouble(), expected.get(1).asDouble());
        }
    }

    private static String expression(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile()).get("expression").asText();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
