package org.landscapelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** render --path: how noisy trajectories are drawn. */
class RenderPathOptionTest {
    @TempDir
    Path dir;

    private CliRun render(Path out, String path) {
        return CliRun.of("render", "--landscape", "himmelblau", "--optimizer", "sgd", "--param", "lr=0.01", "--noise", "white",
                "--sigma", "0.2", "--steps", "500", "--out", out.toString(), "--path", path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"raw", "thin", "smooth", "SMOOTH"})
    void everyStyleRenders(String style) throws Exception {
        Path svg = dir.resolve("noisy.svg");
        CliRun run = render(svg, style);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(svg)).contains("SGD (lr 0.01)");
    }

    @Test
    void aThinnedPathHasFewerVerticesThanARawOneAndASmoothOneDrawsTheRawOneFaintly() throws Exception {
        Path raw = dir.resolve("raw.svg");
        Path thin = dir.resolve("thin.svg");
        Path smooth = dir.resolve("smooth.svg");
        assertThat(render(raw, "raw").exitCode()).isZero();
        assertThat(render(thin, "thin").exitCode()).isZero();
        assertThat(render(smooth, "smooth").exitCode()).isZero();
        assertThat(vertices(thin)).isLessThan(vertices(raw) / 2);
        // under the average, the raw iterates as a faint line
        assertThat(Files.readString(smooth)).contains(stroke() + "stroke-opacity:0.30");
        assertThat(Files.readString(raw)).doesNotContain(stroke() + "stroke-opacity:0.30");
    }

    private static String stroke() {
        java.awt.Color c = org.landscapelab.render.Palette.color(0);
        return "stroke:rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ");";
    }

    /** Line-to commands in the paths stroked in the first overlay colour (JFreeSVG styles a group around each path). */
    private static long vertices(Path svg) throws Exception {
        return Pattern.compile(Pattern.quote(stroke()) + "[^>]*>\\s*<path d='([^']*)'").matcher(Files.readString(svg)).results()
                .mapToLong(m -> m.group(1).chars().filter(ch -> ch == 'L').count()).sum();
    }

    @Test
    void anUnknownStyleIsAUsageErrorThatNamesTheChoices() {
        Path png = dir.resolve("x.png");
        CliRun run = render(png, "wiggly");
        assertThat(run.isCleanUsageError()).as(run.err()).isTrue();
        assertThat(run.err().strip()).isEqualTo("error: --path: expected raw, thin, smooth, got 'wiggly'");
        assertThat(png).doesNotExist();
    }
}
