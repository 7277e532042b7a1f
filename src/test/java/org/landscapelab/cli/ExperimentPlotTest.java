package org.landscapelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentPlotTest {
    private static final String[] VALLEY = {"experiment", "widening-valley", "--dim", "4", "--runs", "5", "--steps", "300", "--every", "100"};

    @TempDir
    Path dir;

    private String[] with(String... extra) {
        String[] args = new String[VALLEY.length + extra.length];
        System.arraycopy(VALLEY, 0, args, 0, VALLEY.length);
        System.arraycopy(extra, 0, args, VALLEY.length, extra.length);
        return args;
    }

    @Test
    void plotWritesThePngOrSvgBesideTheCsv() throws Exception {
        Path png = dir.resolve("valley.png");
        Path csv = dir.resolve("valley.csv");
        CliRun run = CliRun.of(with("--out", csv.toString(), "--plot", png.toString()));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
        assertThat(Files.readString(csv)).startsWith("method,step,");
        Path svg = dir.resolve("escape.svg");
        CliRun fpgd = CliRun.of("experiment", "fpgd-escape", "--dim", "2", "--hurst", "0.3,0.5", "--runs", "4", "--max-steps", "2000",
                "--plot", svg.toString());
        assertThat(fpgd.exitCode()).as(fpgd.err()).isZero();
        assertThat(Files.readString(svg)).contains("<svg").contains("Hurst index H").contains("d = 2");
    }

    @Test
    void aBadPlotFileIsRefusedBeforeAnyWork() {
        CliRun txt = CliRun.of(with("--plot", dir.resolve("chart.txt").toString()));
        assertThat(txt.isCleanUsageError()).as(txt.err()).isTrue();
        assertThat(txt.err()).isEqualTo("error: --plot: unknown figure format of 'chart.txt': use .png, .svg or .pdf\n");
        assertThat(txt.out()).isEmpty();
        CliRun noDir = CliRun.of(with("--plot", dir.resolve("none/chart.png").toString()));
        assertThat(noDir.isCleanUsageError()).as(noDir.err()).isTrue();
        assertThat(noDir.err()).startsWith("error: --plot: cannot write ").contains("does not exist");
        assertThat(noDir.out()).isEmpty();
    }

    @Test
    void mergeDrawsTheWholeRun() throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        assertThat(CliRun.of(with("--shard", "0/2", "--out", a.toString())).exitCode()).isZero();
        assertThat(CliRun.of(with("--shard", "1/2", "--out", b.toString())).exitCode()).isZero();
        Path png = dir.resolve("merged.png");
        CliRun merge = CliRun.of("experiment", "merge", a.toString(), b.toString(), "--plot", png.toString());
        assertThat(merge.exitCode()).as(merge.err()).isZero();
        assertThat(Files.size(png)).isPositive();
    }
}
