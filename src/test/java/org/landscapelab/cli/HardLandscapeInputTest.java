package org.landscapelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Overflowing domains, oversized figures and pathological expressions: one error line, exit 2, at once. */
class HardLandscapeInputTest {
    @TempDir
    Path dir;

    private static final String OVERFLOW = "error: --domain: the domain's width xmax - xmin = 2e308 overflows; it must be at most 1e300";

    @Test
    void anOverflowingDomainIsAUsageErrorForCritical() {
        CliRun run = CliRun.of("critical", "--landscape", "x^2", "--domain=-1e308,1e308,-1,1");
        assertThat(run.isCleanUsageError()).as(run.err()).isTrue();
        assertThat(run.err().strip()).isEqualTo(OVERFLOW);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anOverflowingDomainIsAUsageErrorForRenderAndWritesNothing() throws IOException {
        CliRun run = CliRun.of("render", "--landscape", "himmelblau", "--domain=-1e308,1e308,-1,1", "--out", dir.resolve("f.svg").toString());
        assertThat(run.isCleanUsageError()).as(run.err()).isTrue();
        assertThat(run.err().strip()).isEqualTo(OVERFLOW);
        assertNothingWritten();
    }

    @Test
    void aLandscapeFileWithAnOverflowingDomainNamesTheField() throws IOException {
        Path f = dir.resolve("wide.json");
        Files.writeString(f, "{\"name\": \"w\", \"expression\": \"x^2\", \"domain\": {\"x\": [-1e308, 1e308], \"y\": [0, 1]}}");
        CliRun run = CliRun.of("critical", "--landscape", f.toString());
        assertThat(run.isCleanUsageError()).as(run.err()).isTrue();
        assertThat(run.err().strip()).isEqualTo(
                "error: --landscape: wide.json: field 'domain': the domain's width xmax - xmin = 2e308 overflows; it must be at most 1e300");
    }

    @Test
    void aLandscapeFileWithADuplicateKeyNamesIt() throws IOException {
        Path f = dir.resolve("twice.json");
        Files.writeString(f, "{\"name\": \"w\", \"expression\": \"x^2\", \"expression\": \"y^2\", \"domain\": {\"x\": [0, 1], \"y\": [0, 1]}}");
        CliRun run = CliRun.of("critical", "--landscape", f.toString());
        assertThat(run.isCleanUsageError()).as(run.err()).isTrue();
        assertThat(run.err()).startsWith("error: --landscape: twice.json: field 'expression': is given twice at line 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-300", "1e300", "NaN", "0", "-1", "0.2", "11"})
    void aFontScaleOutsideItsRangeIsRefused(String scale) throws IOException {
        CliRun run = CliRun.of("render", "--landscape", "himmelblau", "--font-scale", scale, "--out", dir.resolve("f.png").toString());
        assertThat(run.isCleanUsageError()).as(run.err()).isTrue();
        assertThat(run.err()).startsWith("error: --font-scale must be in [0.25, 10], got ");
        assertNothingWritten();
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aPngTooLargeForMemoryIsRefusedAtOnce() throws IOException {
        CliRun run = CliRun.of("render", "--landscape", "himmelblau", "--width", "14400", "--height", "14400", "--dpi", "72",
                "--out", dir.resolve("f.png").toString());
        assertThat(run.isCleanUsageError()).as(run.err()).isTrue();
        assertThat(run.err().strip()).isEqualTo("error: --width/--height: at 72 dpi the PNG would have 14400 x 14400 = 207,360,000 pixels,"
                + " more than the limit of 40,000,000");
        assertNothingWritten();
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aVectorFigureWithAHeatmapTooLargeForMemoryIsRefusedAtOnce() throws IOException {
        CliRun run = CliRun.of("render", "--landscape", "himmelblau", "--width", "14400", "--height", "14400",
                "--out", dir.resolve("f.pdf").toString());
        assertThat(run.isCleanUsageError()).as(run.err()).isTrue();
        assertThat(run.err()).startsWith("error: --width/--height: the heatmap of an SVG or PDF, at 144 pixels per inch, would have 28800 x 28800");
        assertNothingWritten();
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void criticalOnATowerOfPowersRefusesAtOnce() {
        CliRun run = CliRun.of("critical", "--landscape", String.join("^", Collections.nCopies(150, "x")));
        assertThat(run.isCleanUsageError()).as(run.err()).isTrue();
        assertThat(run.err()).startsWith("error: --landscape: the expression is too large to search for critical points");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void criticalOnDeeplyNestedSinesRefusesAtOnce() {
        CliRun run = CliRun.of("critical", "--landscape", "sin(".repeat(120) + "x+y" + ")".repeat(120));
        assertThat(run.isCleanUsageError()).as(run.err()).isTrue();
        assertThat(run.err()).contains("more than the limit of 1000");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void criticalAndRenderOnADataLandscapeOf99000PointsRefuseAtOnce() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 99_000; i++) rows.append(i == 0 ? "" : ",").append("[").append(i % 13 * 0.1).append(",").append(i % 2).append("]");
        Path f = dir.resolve("big.json");
        Files.writeString(f, "{\"name\": \"big\", \"expression\": \"log(1 + exp(-(2*c - 1)*(a*x + y)))\", \"domain\": {\"x\": [-2, 2], \"y\": [-2, 2]},"
                + " \"data\": {\"columns\": [\"a\", \"c\"], \"rows\": [" + rows + "]}}");
        CliRun critical = CliRun.of("critical", "--landscape", f.toString());
        assertThat(critical.isCleanUsageError()).as(critical.err()).isTrue();
        assertThat(critical.err()).startsWith("error: --landscape: finding the critical points needs at least ")
                .contains("over 99000 data rows), more than the limit of 40000000000");
        CliRun render = CliRun.of("render", "--landscape", f.toString(), "--out", dir.resolve("big.png").toString());
        assertThat(render.isCleanUsageError()).as(render.err()).isTrue();
        assertThat(render.err()).startsWith("error: --landscape: finding the critical points needs at least ");
        assertThat(dir.resolve("big.png")).doesNotExist();
    }

    private void assertNothingWritten() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(p -> !p.getFileName().toString().endsWith(".json"))).isEmpty();
        }
    }
}
