package org.landscapelab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What main decides before JavaFX, with the environment and properties of another machine. */
class LauncherTest {
    private static final Map<String, String> NO_DISPLAY = Map.of("HOME", "/home/lab");
    private static final Map<String, String> X11 = Map.of("DISPLAY", ":0");

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private OptionalInt run(Map<String, String> env, Properties properties, String... args) {
        return Launcher.run(args, env, properties, new PrintWriter(new StringWriter()), new PrintWriter(err));
    }

    private static Properties linux(String... keyValues) {
        Properties p = new Properties();
        p.setProperty("os.name", "Linux");
        for (int i = 0; i < keyValues.length; i += 2) p.setProperty(keyValues[i], keyValues[i + 1]);
        return p;
    }

    @Test
    void theAppWithoutADisplayIsOneErrorLineAndExitTwo() {
        assertThat(run(NO_DISPLAY, linux())).hasValue(2);
        assertThat(err.toString()).startsWith("error: no display: ").doesNotContain("\tat ").hasLineCount(1);
        assertThat(run(Map.of("DISPLAY", " "), linux(), "--bench-ui")).hasValue(2);
    }

    @Test
    void anUnknownBenchmarkModeIsOneErrorLineNamingTheModes() {
        assertThat(run(X11, linux(), "--bench-ui", "interactoin")).hasValue(2);
        assertThat(err.toString()).isEqualTo("error: --bench-ui: unknown mode 'interactoin'; the modes are interaction, startup, minimal, "
                + "sweeps, training, layout (none: the frame benchmark)" + System.lineSeparator());
        for (String mode : Launcher.BENCH_MODES) assertThat(run(X11, linux(), "--bench-ui", mode)).isEmpty();
        assertThat(run(X11, linux(), "--bench-ui")).isEmpty();
        assertThat(run(X11, linux(), "--bench-ui", "layout", "sample-landscapes/scenarios/01-strict-saddle-pgd-vs-gd.json")).isEmpty();
    }

    @Test
    void aSessionFileWithoutADisplayIsRefusedTheSameWay() {
        assertThat(run(NO_DISPLAY, linux(), "sample-landscapes/least_squares.json")).hasValue(2);
        assertThat(err.toString()).startsWith("error: no display: ").hasLineCount(1);
    }

    @Test
    void anX11OrWaylandDisplayOrHeadlessJavaFxOpensTheApp() {
        assertThat(run(X11, linux())).isEmpty();
        assertThat(run(Map.of("WAYLAND_DISPLAY", "wayland-0"), linux())).isEmpty();
        assertThat(run(NO_DISPLAY, linux("glass.platform", "Monocle"))).isEmpty();
        assertThat(run(X11, linux(), "sample-landscapes/least_squares.json")).isEmpty();
        Properties mac = new Properties();
        mac.setProperty("os.name", "Mac OS X");
        assertThat(run(NO_DISPLAY, mac)).isEmpty();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aCorruptFileIsReportedBeforeAnyWindow() throws IOException {
        Path broken = Files.writeString(dir.resolve("session.json"), "{\"format\": \"landscape-lab/session\", ");
        assertThat(run(X11, linux(), broken.toString())).hasValue(2);
        assertThat(err.toString()).startsWith("error: session.json").hasLineCount(1);
    }

    @Test
    void aFileWithABadFieldNamesTheField() throws IOException {
        Path manifest = Files.writeString(dir.resolve("run.manifest.json"), "{\"format\": \"landscape-lab/manifest\", \"version\": 1, \"seed\": \"x\"}");
        assertThat(run(X11, linux(), manifest.toString())).hasValue(2);
        assertThat(err.toString()).startsWith("error: ").contains("run.manifest.json").hasLineCount(1);
        Path other = Files.writeString(dir.resolve("other.json"), "[1, 2]");
        err.getBuffer().setLength(0);
        assertThat(run(NO_DISPLAY, linux(), other.toString())).hasValue(2);
        assertThat(err.toString()).isEqualTo("error: other.json is not a Landscape Lab file (expected a JSON object)" + System.lineSeparator());
    }

    @Test
    void aCommandRunsHeadlessWithoutADisplay() {
        assertThat(run(NO_DISPLAY, linux(), "critical", "--landscape", "no-such-landscape")).hasValue(2);
        assertThat(err.toString()).startsWith("error: --landscape");
    }
}
