package org.landscapelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.landscapelab.Csv;
import org.landscapelab.ReferenceData;

class TraceCommandTest {

    static Stream<Path> torchCases() {
        return ReferenceData.cases("optimizers").stream();
    }

    /** The command line reproduces every torch.optim reference trajectory (end to end, from text). */
    @ParameterizedTest
    @MethodSource("torchCases")
    void reproducesTorchTrajectories(Path file) throws IOException {
        JsonNode c = new ObjectMapper().readTree(file.toFile());
        List<String> args = new ArrayList<>(List.of("trace", "--landscape", c.get("expression").asText(),
                "--optimizer", c.get("optimizer").asText(), "--steps", c.get("steps").asText(),
                "--start", c.get("start").get(0).asText() + "," + c.get("start").get(1).asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = c.get("hyperparameters").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> h = it.next();
            String value = h.getValue().isArray() ? h.getValue().get(0).asText() + "," + h.getValue().get(1).asText()
                    : h.getValue().asText();
            args.add("--param");
            args.add(h.getKey() + "=" + value);
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Map<String, String>> rows = Csv.read(run.out());
        JsonNode trajectory = c.get("trajectory");
        assertThat(rows).hasSize(trajectory.size());
        for (int k = 0; k < rows.size(); k++) {
            assertThat(rows.get(k).get("step")).isEqualTo(Integer.toString(k));
            for (int d = 0; d < 2; d++) {
                double expected = trajectory.get(k).get(d).asDouble();
                double actual = Double.parseDouble(rows.get(k).get(d == 0 ? "x" : "y"));
                assertThat(actual).as("%s step %d", file.getFileName(), k)
                        .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, Math.abs(expected))));
            }
            if (k < c.get("values").size()) {
                double v = c.get("values").get(k).asDouble();
                assertThat(Double.parseDouble(rows.get(k).get("value"))).isCloseTo(v, org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, Math.abs(v))));
            }
        }
    }

    @Test
    void noisyRunsAreReproducibleAndTheSeedMatters() {
        String[] args = {"trace", "--landscape", "double_well", "--optimizer", "sgd", "--param", "lr=0.05", "--steps", "50",
            "--noise", "fbm", "--hurst", "0.3", "--sigma", "0.2", "--seed", "12"};
        CliRun a = CliRun.of(args);
        assertThat(a.exitCode()).isZero();
        assertThat(CliRun.of(args).out()).isEqualTo(a.out());
        args[args.length - 1] = "13";
        assertThat(CliRun.of(args).out()).isNotEqualTo(a.out());
        assertThat(a.out().lines().count()).isEqualTo(52);
    }

    @Test
    void noiseCommandPrintsTheIncrementsThatDriveParticleZero() {
        CliRun noise = CliRun.of("noise", "--process", "white", "--steps", "20", "--paths", "2", "--dt", "0.1", "--sigma", "0.3", "--seed", "4");
        List<Map<String, String>> rows = Csv.read(noise.out());
        assertThat(rows).hasSize(40);
        // On a flat landscape x moves by exactly the printed increments of path 0.
        CliRun trace = CliRun.of("trace", "--landscape", "0*x", "--optimizer", "sgd", "--param", "lr=0.1", "--start", "0,0",
                "--steps", "20", "--noise", "white", "--sigma", "0.3", "--seed", "4");
        List<Map<String, String>> path = Csv.read(trace.out());
        double x = 0;
        for (int k = 0; k < 20; k++) {
            x += Double.parseDouble(rows.get(k).get("value"));
            assertThat(Double.parseDouble(path.get(k + 1).get("x"))).isEqualTo(x);
        }
    }

    @Test
    void ensemblePrintsOneRowPerParticleAndASummary() {
        CliRun run = CliRun.of("ensemble", "--landscape", "quadratic_saddle", "--optimizer", "sgd", "--param", "lr=0.05",
                "--start", "0,0", "--steps", "300", "--noise", "white", "--sigma", "0.01", "--particles", "200",
                "--escape-radius", "1", "--seed", "3", "--threads", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Map<String, String>> rows = Csv.read(run.out());
        assertThat(rows).hasSize(200);
        assertThat(run.out()).startsWith("particle,escape_step,final_x,final_y,final_value\n");
        // Median escape step from the linear theory (see EnsemblesTest): 60.
        double[] steps = rows.stream().mapToDouble(r -> Double.parseDouble(r.get("escape_step"))).sorted().toArray();
        assertThat(0.5 * (steps[99] + steps[100])).isBetween(55.0, 66.0);
        assertThat(run.err()).contains("particles: 200").contains("escaped within 300 steps: 200 (100.0%)").contains("median");
        CliRun single = CliRun.of("ensemble", "--landscape", "quadratic_saddle", "--optimizer", "sgd", "--param", "lr=0.05",
                "--start", "0,0", "--steps", "300", "--noise", "white", "--sigma", "0.01", "--particles", "200",
                "--escape-radius", "1", "--seed", "3", "--threads", "1");
        assertThat(single.out()).isEqualTo(run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "trace --landscape himmelblau --optimizer adam --steps 10 --param lr=-1",
        "trace --landscape himmelblau --optimizer adam --steps 10 --param betas=0.9,1.5",
        "trace --landscape himmelblau --optimizer adam --steps 10 --param lr_=0.1",
        "trace --landscape himmelblau --optimizer sgd --steps 10 --param nesterov=true",
        "trace --landscape himmelblau --optimizer sgd --steps 10 --param lr",
        "trace --landscape himmelblau --optimizer nadam --steps 10",
        "trace --landscape himmelblau --optimizer sgd --steps -1",
        "trace --landscape himmelblau --optimizer sgd --steps ten",
        "trace --landscape himmelblau --optimizer sgd --steps 10 --start 1",
        "trace --landscape himmelblau --optimizer sgd --steps 10 --start 1,a",
        "trace --landscape himmelblau --optimizer sgd --steps 10 --noise pink",
        "trace --landscape himmelblau --optimizer sgd --steps 10 --noise fbm --hurst 1",
        "trace --landscape himmelblau --optimizer sgd --steps 10 --noise ou --theta 0",
        "trace --landscape himmelblau --optimizer sgd --steps 10 --noise levy --alpha 2.5",
        "trace --landscape himmelblau --optimizer sgd --steps 10 --noise white --sigma -1",
        "trace --landscape himmelblau --optimizer sgd --steps 10 --batch-size 4",
        "trace --landscape himmelblau --optimizer sarah --steps 10",
        "trace --landscape himmelblau --optimizer sgd --steps 10 --noise-mode sideways",
        "noise --process fbm --steps 0",
        "noise --process fbm --steps 10 --dt -1",
        "noise --process fbm --steps 10 --hurst 0",
        "ensemble --landscape himmelblau --optimizer sgd --steps 10 --particles 0",
        "ensemble --landscape himmelblau --optimizer sgd --steps 10 --particles 5 --escape-radius -1",
        "ensemble --landscape himmelblau --optimizer sgd --steps 10 --particles 5 --start-box 1,0,0,1",
        "ensemble --landscape himmelblau --optimizer sgd --steps 10 --particles 5 --start-box 0,1,0,1 --start 0,0",
    })
    void badInputIsOneErrorLineNamingTheOption(String args) {
        CliRun run = CliRun.of(args.split(" "));
        assertThat(run.isCleanUsageError()).as("stderr was: %s", run.err()).isTrue();
        assertThat(run.err()).startsWith("error: --").doesNotContain("\n  at");
    }
}
