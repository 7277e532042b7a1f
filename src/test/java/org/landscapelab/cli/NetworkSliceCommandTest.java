package org.landscapelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landscapelab.Csv;
import org.landscapelab.ReferenceData;

/** network --reference CASE --slice DIRS.json and --train: the conformance contract through the command line, and its errors. */
class NetworkSliceCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String MLP_SLICE = "06_mlp_seed7_slice.json", MLP_CASE = "networks/06_mlp_seed7.json";

    @TempDir
    Path dir;

    static JsonNode read(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    /** The reference slice's directions, edited by {@code edit}, written to dir/DIRS.json. */
    Path directions(String sliceCase, Consumer<ObjectNode> edit) throws IOException {
        ObjectNode d = (ObjectNode) read(ReferenceData.dir().resolve("slices").resolve(sliceCase)).get("directions").deepCopy();
        edit.accept(d);
        Path file = dir.resolve("DIRS.json");
        Files.writeString(file, JSON.writeValueAsString(d));
        return file;
    }

    static String mlpCase() {
        return ReferenceData.dir().resolve(MLP_CASE).toString();
    }

    @Test
    void printsEveryReferenceSliceColumnTo1e9() throws IOException {
        for (String sliceCase : List.of(MLP_SLICE, "03_transformer_seed4_slice.json")) {
            JsonNode root = read(ReferenceData.dir().resolve("slices").resolve(sliceCase));
            Path dirs = directions(sliceCase, d -> {});
            CliRun r = CliRun.of("network", "--reference", ReferenceData.dir().resolve(root.get("case").asText()).toString(), "--slice",
                    dirs.toString(), "--grid", root.get("grid").asText(), "--range", root.get("range").asText());
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).startsWith("alpha,beta,loss,dloss_dalpha,dloss_dbeta\n");
            List<Map<String, String>> rows = Csv.read(r.out());
            JsonNode expected = root.get("rows");
            assertThat(rows).hasSize(expected.size());
            String[] columns = {"alpha", "beta", "loss", "dloss_dalpha", "dloss_dbeta"};
            for (int c = 0; c < columns.length; c++) {
                double diff = 0, scale = 0;
                for (int i = 0; i < rows.size(); i++) {
                    double want = expected.get(i).get(c).asDouble();
                    diff = Math.max(diff, Math.abs(Double.parseDouble(rows.get(i).get(columns[c])) - want));
                    scale = Math.max(scale, Math.abs(want));
                }
                assertThat(diff / scale).as("%s %s", sliceCase, columns[c]).isLessThanOrEqualTo(1e-9);
            }
        }
    }

    @Test
    void trainsAReferenceCaseAsPyTorchDid() throws IOException {
        JsonNode root = read(ReferenceData.dir().resolve("training/06_mlp_seed7_adamw.json"));
        CliRun r = CliRun.of("network", "--reference", mlpCase(), "--train", "adamw", "--param", "lr=0.005", "--param", "weight_decay=0.1",
                "--steps", "10");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<Map<String, String>> rows = Csv.read(r.out());
        assertThat(r.out()).startsWith("step,loss\n");
        assertThat(rows).hasSize(11);
        for (int k = 0; k <= 10; k++) {
            assertThat(rows.get(k).get("step")).isEqualTo(String.valueOf(k));
            double want = root.get("losses").get(k).asDouble();
            assertThat(Math.abs(Double.parseDouble(rows.get(k).get("loss")) - want) / want).as("loss %d", k).isLessThanOrEqualTo(1e-9);
        }
    }

    void assertDirectionError(Consumer<ObjectNode> edit, String message) throws IOException {
        Path dirs = directions(MLP_SLICE, edit);
        CliRun r = CliRun.of("network", "--reference", mlpCase(), "--slice", dirs.toString(), "--grid", "3");
        assertThat(r.isCleanUsageError()).as(r.err()).isTrue();
        assertThat(r.err()).isEqualTo("error: DIRS.json: " + message + "\n");
        assertThat(r.out()).isEmpty();
    }

    static ArrayNode layers(ObjectNode d, String name) {
        return (ArrayNode) d.get(name);
    }

    @Test
    void wrongShapesNameTheParameter() throws IOException {
        assertDirectionError(d -> ((ArrayNode) layers(d, "d1").get(1).get("W").get(3)).remove(9),
                "field 'd1, layer 2, W row 4': expected 10 numbers like row 1, found a list of 9");
        assertDirectionError(d -> ((ArrayNode) layers(d, "d2").get(0).get("W")).remove(0),
                "field 'd2, layer 1, W': expected 10×10, found 9×10");
        assertDirectionError(d -> ((ArrayNode) layers(d, "d1").get(2).get("gamma")).add(1.0),
                "field 'd1, layer 3, gamma': expected 1×10, found a list of 11");
        assertDirectionError(d -> layers(d, "d1").remove(2), "field 'd1': expected a list of 3 layers like the case's layers, found a list of 2");
    }

    @Test
    void missingOrUnknownParametersAreNamed() throws IOException {
        assertDirectionError(d -> ((ObjectNode) layers(d, "d2").get(1)).remove("beta"), "field 'd2, layer 2, beta': missing");
        assertDirectionError(d -> ((ObjectNode) layers(d, "d1").get(0)).put("Wq", 1.0),
                "field 'd1, layer 1, Wq': unknown parameter; expected W, gamma, beta");
        assertDirectionError(d -> d.remove("d2"), "field 'd2': missing");
        assertDirectionError(d -> d.put("d3", 1), "field 'd3': unknown; expected d1 and d2");
    }

    @Test
    void nonNumbersAreNamed() throws IOException {
        assertDirectionError(d -> ((ArrayNode) layers(d, "d1").get(0).get("gamma")).set(4, "x"),
                "field 'd1, layer 1, gamma': entry 5: expected a finite number, found string \"x\"");
        assertDirectionError(d -> ((ArrayNode) layers(d, "d2").get(2).get("W").get(0)).set(0, (String) null),
                "field 'd2, layer 3, W row 1': entry 1: expected a finite number, found null null");
        assertDirectionError(d -> ((ObjectNode) layers(d, "d1").get(0)).put("W", "x"),
                "field 'd1, layer 1, W': expected 10×10 numbers, found string \"x\"");
    }

    @Test
    void aFileThatIsNotJsonIsOneLine() throws IOException {
        Path dirs = dir.resolve("DIRS.json");
        Files.writeString(dirs, "{\"d1\": [");
        CliRun r = CliRun.of("network", "--reference", mlpCase(), "--slice", dirs.toString());
        assertThat(r.isCleanUsageError()).as(r.err()).isTrue();
        assertThat(r.err()).startsWith("error: DIRS.json: not valid JSON: ");
    }

    @Test
    void limitsAndMisplacedOptionsAreUsageErrors() throws IOException {
        Path dirs = directions(MLP_SLICE, d -> {});
        String c = mlpCase(), s = dirs.toString();
        Map<List<String>, String> cases = Map.ofEntries(
                Map.entry(List.of("--reference", c, "--slice", s, "--grid", "1"), "--grid: grid size must be in [2, 1024], got 1"),
                Map.entry(List.of("--reference", c, "--slice", s, "--grid", "1025"), "--grid: grid size must be in [2, 1024], got 1025"),
                Map.entry(List.of("--reference", c, "--slice", s, "--range", "0"), "--range: range must be in (0, 1000], got 0.0"),
                Map.entry(List.of("--reference", c, "--slice", s, "--range", "1e4"), "--range: range must be in (0, 1000], got 10000.0"),
                Map.entry(List.of("--reference", c, "--slice", s, "--range", "NaN"), "--range: range must be in (0, 1000], got NaN"),
                Map.entry(List.of("--reference", c, "--slice", dir.resolve("none.json").toString()), "--slice: no such file: "
                        + dir.resolve("none.json")),
                Map.entry(List.of("--slice", s), "--slice needs --reference FILE"),
                Map.entry(List.of("--reference", c, "--grid", "5"), "--grid needs --slice"),
                Map.entry(List.of("--reference", c, "--slice", s, "--train", "adam"), "give either --slice or --train, not both"),
                Map.entry(List.of("--reference", c, "--train", "adam", "--steps", "-1"), "--train/--steps: steps must be in [0, 100000], got -1"),
                Map.entry(List.of("--reference", c, "--train", "adam", "--steps", "100001"),
                        "--train/--steps: steps must be in [0, 100000], got 100001"),
                Map.entry(List.of("--reference", c, "--train", "newton"),
                        "--train/--steps: newton is not a torch.optim optimizer; train with sgd, adam, adamw, rmsprop or adagrad"),
                Map.entry(List.of("--reference", c, "--steps", "3"), "--steps needs --train"));
        for (var e : cases.entrySet()) {
            String[] args = new String[e.getKey().size() + 1];
            args[0] = "network";
            for (int i = 0; i < e.getKey().size(); i++) args[i + 1] = e.getKey().get(i);
            CliRun r = CliRun.of(args);
            assertThat(r.isCleanUsageError()).as("%s: %s", e.getKey(), r.err()).isTrue();
            assertThat(r.err()).as("%s", e.getKey()).isEqualTo("error: " + e.getValue() + "\n");
        }
        CliRun bad = CliRun.of("network", "--reference", c, "--train", "adam", "--param", "momentum=0.9");
        assertThat(bad.isCleanUsageError()).as(bad.err()).isTrue();
        assertThat(bad.err()).startsWith("error: --train/--param: ").contains("momentum");
    }
}
