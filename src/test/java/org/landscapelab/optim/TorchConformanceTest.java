package org.landscapelab.optim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.landscapelab.ReferenceData;

/**
 * Every torch.optim trajectory in the reference folder (PyTorch float64, computed outside this
 * project) reproduced point by point to 1e-9, absolute or relative where |x| > 1, and the values too.
 */
class TorchConformanceTest {
    static final double TOLERANCE = 1e-9;

    static Stream<Path> cases() {
        return ReferenceData.cases("optimizers").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reproducesTorchTrajectory(Path file) throws IOException {
        JsonNode c = new ObjectMapper().readTree(file.toFile());
        LandscapeOracle oracle = new LandscapeOracle(c.get("expression").asText());
        Optimizer optimizer = Optimizers.create(spec(c), 2);
        double[] x = {c.get("start").get(0).asDouble(), c.get("start").get(1).asDouble()};
        int steps = c.get("steps").asInt();
        JsonNode trajectory = c.get("trajectory");
        JsonNode values = c.get("values");
        assertThat(trajectory.size()).isEqualTo(steps + 1);
        assertThat(values.size()).isEqualTo(steps);
        close(x, trajectory.get(0), "start");
        for (int k = 0; k < steps; k++) {
            double f = optimizer.step(x, oracle);
            close(f, values.get(k).asDouble(), "value before step " + k);
            close(x, trajectory.get(k + 1), "point after step " + k);
        }
    }

    /** The case's hyper-parameters as the CLI would give them, so the parser is exercised too. */
    static OptimizerSpec spec(JsonNode c) {
        List<String> args = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : c.get("hyperparameters").properties()) {
            JsonNode v = e.getValue();
            String text = v.isArray() ? v.get(0).asText() + "," + v.get(1).asText() : v.asText();
            args.add(e.getKey() + "=" + text);
        }
        return OptimizerSpec.parse(c.get("optimizer").asText(), args);
    }

    private static void close(double[] x, JsonNode expected, String where) {
        for (int i = 0; i < 2; i++) close(x[i], expected.get(i).asDouble(), where + ", coordinate " + i);
    }

    static void close(double actual, double expected, String where) {
        double tolerance = TOLERANCE * Math.max(1, Math.abs(expected));
        assertThat(actual).as(where).isCloseTo(expected, org.assertj.core.data.Offset.offset(tolerance));
    }
}
