package org.landscapelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.landscapelab.noise.NoiseCatalog;
import org.landscapelab.noise.NoiseParameter;

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

    @Test
    void everyParameterOfTheNoiseCatalogIsAnOptionWithItsHelp() {
        for (String command : new String[] {"noise", "trace", "ensemble", "render"}) {
            CliRun run = CliRun.of(command, "--help");
            assertThat(run.exitCode()).isZero();
            for (NoiseParameter p : NoiseCatalog.PARAMETERS) assertThat(run.out()).as(command).contains(p.option() + "=");
        }
        assertThat(CliRun.of("noise", "--help").out())
                .contains("--process=KIND   One of none, white, ou, fbm, anti, levy.")
                .contains("--sigma=S        Scale (default: 1).")
                .contains("--hurst=H        Hurst index of fbm, in (0, 1) (default 0.5).")
                .contains("--theta=T        Mean-reversion rate of ou, > 0 (default 1).")
                .contains("--alpha=A        Stability index of levy, in [0.1, 2] (default 1.5).");
        assertThat(CliRun.of("trace", "--help").out()).contains("--sigma=S            Noise scale of every kind, >= 0 (default 0.1).");
    }

    @Test
    void eachParameterOptionNamesItselfAndItsRange() {
        String[][] cases = {
            {"--theta", "0", "error: --theta: theta must be finite and > 0, got 0.0\n"},
            {"--hurst", "1", "error: --hurst: hurst must be in (0, 1), got 1.0\n"},
            {"--alpha", "2.5", "error: --alpha: alpha must be in (0, 2], got 2.5\n"},
            {"--sigma", "-1", "error: --sigma: sigma must be finite and >= 0, got -1.0\n"},
        };
        for (String[] c : cases) {
            CliRun run = CliRun.of("noise", "--process", "ou", "--steps", "3", c[0], c[1]);
            assertThat(run.isCleanUsageError()).as(run.err()).isTrue();
            assertThat(run.err()).isEqualTo(c[2]);
            CliRun trace = CliRun.of("trace", "--landscape", "himmelblau", "--optimizer", "sgd", "--steps", "3", "--noise", "ou", c[0], c[1]);
            assertThat(trace.isCleanUsageError()).as(trace.err()).isTrue();
            assertThat(trace.err()).isEqualTo(c[2]);
        }
    }

    @Test
    void theOverflowHintNamesTheParameterWhoseSmallValuesOverflow() {
        CliRun run = CliRun.of("noise", "--process", "levy", "--alpha", "0.1", "--sigma", "1e300", "--steps", "20000");
        assertThat(run.isCleanUsageError()).as(run.err()).isTrue();
        assertThat(run.err()).endsWith("; use a smaller --sigma or --dt or a larger --alpha\n");
    }
}
