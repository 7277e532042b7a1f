package org.landscapelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.landscapelab.Csv;

class ScenarioCommandTest {

    /** The race of a scenario is the trace of each of its optimizers with the scenario's settings, to the bit. */
    @Test
    void aRaceScenarioPrintsWhatTraceGivesForEachOptimizer() {
        CliRun run = CliRun.of("scenario", "01-strict-saddle-pgd-vs-gd");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Map<String, String>> rows = Csv.read(run.out());
        assertThat(rows).hasSize(2 * 301);
        assertThat(rows.get(0)).containsEntry("optimizer", "SGD (lr 0.1)").containsEntry("x", "0").containsEntry("y", "1.5");
        assertThat(rows.get(301)).containsEntry("optimizer", "Perturbed GD (lr 0.1)");
        CliRun gd = CliRun.of("trace", "--landscape", "double_well", "--optimizer", "sgd", "--param", "lr=0.1",
                "--start", "0,1.5", "--steps", "300", "--seed", "1");
        List<Map<String, String>> trace = Csv.read(gd.out());
        for (int k = 0; k <= 300; k++) {
            assertThat(rows.get(k)).containsEntry("x", trace.get(k).get("x")).containsEntry("y", trace.get(k).get("y"));
        }
        // Gradient descent stays on the saddle's stable line; perturbed GD leaves it for a minimum at (±1, 0).
        assertThat(Math.abs(Double.parseDouble(rows.get(300).get("x")))).isLessThan(1e-9);
        assertThat(Math.abs(Double.parseDouble(rows.get(601).get("x")))).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-3));
    }

    @Test
    void landscapeParametersOfTheScenarioApplyAsSetDoes() {
        CliRun run = CliRun.of("scenario", "04-adam-vs-sgd-narrow-valley", "--steps", "50");
        List<Map<String, String>> rows = Csv.read(run.out());
        assertThat(rows).hasSize(3 * 51);
        CliRun trace = CliRun.of("trace", "--landscape", "anisotropic_quadratic", "--set", "k=100", "--optimizer", "sgd",
                "--param", "lr=0.019", "--start", "-2.8,1.5", "--steps", "50");
        assertThat(rows.subList(0, 51)).extracting(r -> r.get("value"))
                .containsExactlyElementsOf(Csv.read(trace.out()).stream().map(r -> r.get("value")).toList());
    }

    @Test
    void aSweepScenarioPrintsOneRowPerValueAndEscapesFasterWithLargerHurst() {
        CliRun run = CliRun.of("scenario", "05-hurst-index-and-escape-time");
        List<Map<String, String>> rows = Csv.read(run.out());
        assertThat(run.out()).startsWith("hurst,particles,escaped,diverged,mean_escape_step,standard_error,median_escape_step\n");
        assertThat(rows).hasSize(7);
        assertThat(Double.parseDouble(rows.get(0).get("hurst"))).isEqualTo(0.2);
        assertThat(Double.parseDouble(rows.get(6).get("hurst"))).isEqualTo(0.8);
        double slow = Double.parseDouble(rows.get(0).get("mean_escape_step"));
        double fast = Double.parseDouble(rows.get(6).get("mean_escape_step"));
        double se = Double.parseDouble(rows.get(0).get("standard_error")) + Double.parseDouble(rows.get(6).get("standard_error"));
        assertThat(slow - fast).isGreaterThan(5 * se);
    }

    @Test
    void theBatchNormScenarioShowsBatchNormKeepingTheRank() {
        CliRun run = CliRun.of("scenario", "08-batch-norm-keeps-rank");
        List<Map<String, String>> rows = Csv.read(run.out());
        assertThat(rows).hasSize(4 * 20);
        Map<String, Double> last = new java.util.HashMap<>();
        for (Map<String, String> r : rows) if (r.get("layer").equals("20")) last.put(r.get("setting"), Double.parseDouble(r.get("stable_rank")));
        assertThat(last.get("linear, batch norm")).isGreaterThan(2 * last.get("linear, no batch norm"));
        assertThat(last.get("relu, batch norm")).isGreaterThan(2 * last.get("relu, no batch norm"));
        assertThat(last.get("relu, no batch norm")).isLessThan(1.2);
    }

    @Test
    void aTrainingScenarioRacesItsOptimizersAsTheTrainCommandDoes(@TempDir Path dir) throws Exception {
        String shipped = Files.readString(Path.of("sample-landscapes/scenarios/12-adam-vs-sgd-on-a-transformer.json"));
        Path file = dir.resolve("small.json");
        Files.writeString(file, shipped.replace("\"depth\": 12", "\"depth\": 2").replace("\"steps\": 300", "\"steps\": 4"));
        CliRun run = CliRun.of("scenario", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        CliRun train = CliRun.of("train", "--depth", "2", "--width", "32", "--heads", "4", "--tokens", "16", "--norm", "post-ln",
                "--residual-scale", "1", "--task", "COPY", "--batch", "8", "--optimizer", "adam", "--param", "lr=0.001",
                "--optimizer", "sgd", "--param", "lr=0.1", "--steps", "4", "--seed", "1");
        assertThat(train.exitCode()).as(train.err()).isZero();
        assertThat(run.out()).isEqualTo(train.out());
        assertThat(Csv.read(run.out())).extracting(r -> r.get("optimizer")).containsOnly("adam lr=0.001", "sgd lr=0.1").hasSize(2 * 4);
    }

    @Test
    void theShippedTrainingScenarioAnswersItsQuestion() {
        // Adam moves the queries of the deep post-LN transformer orders of magnitude more than SGD does.
        CliRun run = CliRun.of("scenario", "12-adam-vs-sgd-on-a-transformer");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Map<String, String>> rows = Csv.read(run.out());
        java.util.function.Function<String, Double> medianWq = name -> rows.stream().filter(r -> r.get("optimizer").equals(name))
                .mapToDouble(r -> Double.parseDouble(r.get("update_ratio_Wq"))).sorted().skip(150).findFirst().orElseThrow();
        assertThat(medianWq.apply("adam lr=0.001")).isGreaterThan(100 * medianWq.apply("sgd lr=0.1"));
    }

    @Test
    void aScenarioFileAndAnOutputFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.json");
        Files.writeString(file, Files.readString(Path.of("sample-landscapes/scenarios/03-momentum-on-the-banana.json")));
        Path out = dir.resolve("race.csv");
        CliRun run = CliRun.of("scenario", file.toString(), "--steps", "10", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(out)).startsWith("optimizer,step,x,y,value\n").isEqualTo(CliRun.of("scenario", file.toString(), "--steps", "10").out());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "scenario nope",
        "scenario",
        "scenario 01-strict-saddle-pgd-vs-gd --steps 0",
        "scenario 01-strict-saddle-pgd-vs-gd --out race.txt",
        "scenario sample-landscapes/anisotropic_quadratic.json",
    })
    void badInputIsOneErrorLineAndExitCode2(String args) {
        CliRun run = CliRun.of(args.split(" "));
        assertThat(run.isCleanUsageError()).as("stderr was: %s", run.err()).isTrue();
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aScenarioThatDoesNotFitSaysWhichFieldAndWhy(@TempDir Path dir) throws Exception {
        Path moon = dir.resolve("moon.json");
        Files.writeString(moon, Files.readString(Path.of("sample-landscapes/scenarios/01-strict-saddle-pgd-vs-gd.json"))
                .replace("\"double_well\"", "\"moon_crater\""));
        assertThat(CliRun.of("scenario", moon.toString()).err())
                .startsWith("error: SCENARIO: moon.json: field 'landscape': no built-in or sample landscape \"moon_crater\"");
    }
}
