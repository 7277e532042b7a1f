package org.landscapelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.landscapelab.ReferenceData;

/**
 * network: sizes that would not fit in memory or would run for hours, absurd residual scales, a
 * batch of one sample and edited reference cases are one "error:" line and exit 2, at once.
 */
class NetworkCommandLimitsTest {

    @ParameterizedTest(name = "{0}")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @CsvSource(delimiter = '|', value = {
        "network --sweep --width 100000 | error: a transformer of width 100000, ffn width 400000, 4 heads, 32 tokens and depth 24 holds about 7.0e+12 numbers, more than the limit of 268,435,456 (2 GiB of float64)",
        "network --sweep --tokens 100000 | error: a transformer of width 64, ffn width 256, 4 heads, 100000 tokens and depth 24 holds about",
        "network --sweep --model mlp --batch 100000000 | error: an MLP of width 128 and depth 50 on a batch of 100000000 holds about 4.5e+12 numbers, more than the limit of 268,435,456",
        "network --sweep --depth 1000 | error: the sweep of a transformer of width 64, ffn width 256, 4 heads, 32 tokens and depth 1000, 3 networks per depth, takes about",
        "network --sweep --model mlp --seeds 1000000 | error: the sweep of an MLP of width 128 and depth 50 on a batch of 32, 1000000 networks per depth, takes about",
        "network --sweep --width 1073741824 --heads 1 | error: a transformer of width 1073741824, ffn width 2147483647",
        "network --sweep --residual-scale 1e308 | error: --residual-scale: residual scale must be a positive number at most 1000 or 1/sqrt(L), got 1.0E308",
        "network --sweep --residual-scale Infinity | error: --residual-scale: residual scale must be a positive number at most 1000",
        "network --sweep --model mlp --batch 1 | error: batch must be >= 2, got 1: batch norm of one sample is undefined (the sample is its own batch mean, its variance is 0), every output would be 0",
        "network --sweep --model mlp --batch 1 --batch-norm false | error: batch must be >= 2, got 1: the probes compare the samples of a batch",
        "network --sweep --tokens 1 | error: tokens must be >= 2, got 1",
    })
    void refusedAtOnceNamingTheLimit(String args, String error) {
        CliRun r = CliRun.of(args.split(" "));
        assertThat(r.isCleanUsageError()).as("stderr was: %s", r.err()).isTrue();
        assertThat(r.err()).startsWith(error);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void theLargestResidualScaleStillSweeps() {
        CliRun r = CliRun.of("network", "--sweep", "--depth", "3", "--width", "8", "--heads", "2", "--tokens", "4", "--norm", "pre-ln",
                "--residual-scale", "1000", "--seeds", "1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("NaN").doesNotContain("Infinity");
    }

    @Test
    void anEditedReferenceCaseNamesTheField(@TempDir Path dir) throws Exception {
        Path file = ReferenceData.cases("networks").get(0);
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(file.toFile());
        ((ArrayNode) root.get("grads")).remove(2);
        Path shorter = dir.resolve("shorter.json");
        json.writeValue(shorter.toFile(), root);
        CliRun r = CliRun.of("network", "--reference", shorter.toString());
        assertThat(r.isCleanUsageError()).as(r.err()).isTrue();
        assertThat(r.err().strip()).isEqualTo(
                "error: --reference: shorter.json: field 'grads': expected a list of 3 entries, one per layer (spec.depth), got a list of 2");

        root = (ObjectNode) json.readTree(file.toFile());
        root.putArray("probes");
        Path noProbes = dir.resolve("no-probes.json");
        json.writeValue(noProbes.toFile(), root);
        r = CliRun.of("network", "--reference", noProbes.toString());
        assertThat(r.isCleanUsageError()).as(r.err()).isTrue();
        assertThat(r.err()).startsWith("error: --reference: no-probes.json: field 'probes': expected a list of 3 entries");

        root = (ObjectNode) json.readTree(file.toFile());
        ((ArrayNode) ((ArrayNode) root.get("target")).get(0)).set(0, json.getNodeFactory().numberNode(1e308));
        ((ArrayNode) ((ArrayNode) root.get("target")).get(1)).set(0, json.getNodeFactory().numberNode(-1e308));
        Path huge = dir.resolve("huge.json");
        json.writeValue(huge.toFile(), root);
        r = CliRun.of("network", "--reference", huge.toString());
        assertThat(r.isCleanUsageError()).as(r.err()).isTrue();
        assertThat(r.err()).startsWith("error: --reference: huge.json: the case's numbers overflow float64");
    }
}
