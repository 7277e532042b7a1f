package org.landscapelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoiseCommandTest {
    @Test
    void alphaBelowItsMinimumIsRefusedWithTheReason() {
        CliRun run = CliRun.of("noise", "--process", "levy", "--alpha", "1e-9", "--steps", "10");
        assertThat(run.isCleanUsageError()).as(run.err()).isTrue();
        assertThat(run.err()).isEqualTo(
                "error: --alpha: alpha must be at least 0.1 (the alpha-stable draws of smaller alpha overflow double precision), got 1.0E-9\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void samplesThatOverflowAreAnErrorNotInfinityRows() {
        CliRun run = CliRun.of("noise", "--process", "white", "--sigma", "1e308", "--dt", "100", "--steps", "10");
        assertThat(run.isCleanUsageError()).as(run.err()).isTrue();
        assertThat(run.err()).startsWith("error: the samples overflow double precision: path 0, step ")
                .endsWith("; use a smaller --sigma or --dt\n");
        assertThat(run.out()).isEqualTo("path,step,value\n");
    }
}
