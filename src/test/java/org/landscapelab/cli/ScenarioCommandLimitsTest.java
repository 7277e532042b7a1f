package org.landscapelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scenario: steps beyond the trace limit, and a scenario file with a huge network, are refused at once. */
class ScenarioCommandLimitsTest {

    @Test
    void stepsBeyondTheRunLimit() {
        CliRun r = CliRun.of("scenario", "01-strict-saddle-pgd-vs-gd", "--steps", "6000000");
        assertThat(r.isCleanUsageError()).as(r.err()).isTrue();
        assertThat(r.err().strip()).isEqualTo("error: --steps must be in [1, 5000000] (sim.RunSpec.MAX_STEPS, as for trace), got 6000000");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aScenarioWithAHugeNetworkWidth(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("wide.json");
        Files.writeString(file, Files.readString(Path.of("sample-landscapes/scenarios/07-rank-collapse-and-residual-scaling.json"))
                .replace("\"width\": 32", "\"width\": 100000"));
        CliRun r = CliRun.of("scenario", file.toString());
        assertThat(r.isCleanUsageError()).as(r.err()).isTrue();
        assertThat(r.err()).startsWith("error: SCENARIO: wide.json: field 'network': a transformer of width 100000")
                .contains("more than the limit of 268,435,456");
    }

    @Test
    void aBatchNormScenarioWithABatchOfOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("one.json");
        Files.writeString(file, Files.readString(Path.of("sample-landscapes/scenarios/08-batch-norm-keeps-rank.json"))
                .replace("\"batch\": 32", "\"batch\": 1"));
        CliRun r = CliRun.of("scenario", file.toString());
        assertThat(r.isCleanUsageError()).as(r.err()).isTrue();
        assertThat(r.err()).startsWith("error: SCENARIO: one.json: field 'network.batch': must be >= 2, got 1: batch norm of one sample");
    }
}
