package org.landscapelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.landscapelab.Csv;
import org.landscapelab.ReferenceData;

class NetworkCommandTest {

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void evaluatesAReferenceCase() throws Exception {
        Path file = ReferenceData.cases("networks").get(0);
        CliRun r = run("network", "--reference", file.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(r.out().strip().lines()).hasSize(1);
        for (String field : List.of("max_rel_error_output", "max_rel_error_loss", "max_rel_error_grads", "max_rel_error_probes")) {
            assertThat(json.get(field).asDouble()).as(field).isBetween(0.0, 1e-9);
        }
        assertThat(json.get("case").asText()).isEqualTo(file.getFileName().toString());
    }

    @Test
    void sweepsATransformerOverDepth() {
        CliRun r = run("network", "--sweep", "--model", "transformer", "--depth", "3", "--width", "8", "--heads", "2",
                "--tokens", "4", "--norm", "pre-ln", "--residual-scale", "1/sqrt(L)", "--seeds", "2");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("depth,layer,mean_token_cosine,stable_rank,residual_ratio,effective_rank,"
                + "grad_norm_Wq,grad_norm_Wk,grad_norm_Wv,grad_norm_Wo,grad_norm_W1,grad_norm_b1,grad_norm_W2,grad_norm_b2\n");
        List<Map<String, String>> rows = Csv.read(r.out());
        assertThat(rows).extracting(m -> m.get("depth") + ":" + m.get("layer"))
                .containsExactly("1:1", "2:1", "2:2", "3:1", "3:2", "3:3");
        assertThat(Double.parseDouble(rows.get(5).get("stable_rank"))).isBetween(1.0, 4.0);
    }

    @Test
    void sweepsAnMlp() {
        CliRun r = run("network", "--sweep", "--model", "mlp", "--depth", "4", "--width", "6", "--batch", "5",
                "--activation", "linear", "--batch-norm", "false", "--seeds", "1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<Map<String, String>> rows = Csv.read(r.out());
        assertThat(rows).hasSize(10);
        assertThat(rows.get(0)).containsKeys("grad_norm_W").doesNotContainKey("grad_norm_gamma");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "network",
        "network --sweep --depth 0",
        "network --sweep --model cnn",
        "network --sweep --width 10 --heads 4",
        "network --sweep --norm mid-ln",
        "network --sweep --residual-scale -1",
        "network --sweep --seeds 0",
        "network --sweep --model mlp --batch-norm maybe",
        "network --sweep --model mlp --heads 2",
        "network --sweep --batch 4",
        "network --sweep --init glorot",
        "network --reference no-such-file.json",
        "network --reference pom.xml",
        "network --sweep --depth x",
    })
    void badInputIsOneErrorLineAndExitCode2(String args) {
        CliRun r = run(args.split(" "));
        assertThat(r.isCleanUsageError()).as("stderr was: %s", r.err()).isTrue();
        assertThat(r.out()).isEmpty();
    }

    @Test
    void depthMessage() {
        assertThat(run("network", "--sweep", "--depth", "0").err().strip()).isEqualTo("error: --depth must be >= 1, got 0");
    }
}
