package org.landscapelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** replay warns about an edited manifest and still replays what it now says; an older manifest without a digest gets a note. */
class ReplayEditedManifestTest {
    /** A noisy run, so that its seed matters. */
    private static String[] run(String command, String seed, String... more) {
        String[] run = {command, "--landscape", "double_well", "--optimizer", "sgd", "--param", "lr=0.05", "--steps", "30",
            "--start", "0.1,0.2", "--noise", "white", "--sigma", "0.1", "--seed", seed};
        String[] out = new String[run.length + more.length];
        System.arraycopy(run, 0, out, 0, run.length);
        System.arraycopy(more, 0, out, run.length, more.length);
        return out;
    }
    private static final String EDITED = "warning: the manifest was edited after it was written (its settings do not match its digest); "
            + "the replay uses the edited settings and may not reproduce the original run";
    private static final String NO_DIGEST = "note: the manifest has no digest (written by an older Landscape Lab), so edits to it cannot be detected";

    @TempDir
    Path dir;

    private Path manifest;
    private String written;
    private String traced;

    @BeforeEach
    void writeAManifest() throws IOException {
        CliRun render = CliRun.of(run("render", "4", "--out", dir.resolve("run.svg").toString(), "--manifest", "--width", "100", "--height", "100"));
        assertThat(render.exitCode()).as(render.err()).isZero();
        manifest = dir.resolve("run.manifest.json");
        written = Files.readString(manifest);
        traced = CliRun.of(run("trace", "4")).out();
    }

    @Test
    void anUneditedManifestReplaysSilently() {
        CliRun replay = CliRun.of("replay", manifest.toString());

        assertThat(replay.exitCode()).isZero();
        assertThat(replay.err()).isEmpty();
        assertThat(replay.out()).isEqualTo(traced);
    }

    @Test
    void anEditedSettingIsReplayedAsEditedWithAWarning() throws IOException {
        assertThat(written).contains("\"seed\" : 4,");
        Files.writeString(manifest, written.replace("\"seed\" : 4,", "\"seed\" : 5,"));
        String tracedWithSeed5 = CliRun.of(run("trace", "5")).out();

        CliRun replay = CliRun.of("replay", manifest.toString());

        assertThat(replay.exitCode()).isZero();
        assertThat(replay.err()).isEqualToIgnoringNewLines(EDITED);
        assertThat(replay.out()).isEqualTo(tracedWithSeed5).isNotEqualTo(traced);
    }

    @Test
    void anEditedDigestGivesTheSameWarning() throws IOException {
        Files.writeString(manifest, written.replaceFirst("\"sha256:[0-9a-f]", "\"sha256:x"));

        CliRun replay = CliRun.of("replay", manifest.toString());

        assertThat(replay.exitCode()).isZero();
        assertThat(replay.err()).isEqualToIgnoringNewLines(EDITED);
        assertThat(replay.out()).isEqualTo(traced);
    }

    @Test
    void anOlderManifestWithoutADigestReplaysWithANote() throws IOException {
        String older = written.replaceFirst("\\s*\"digest\" : \"sha256:[0-9a-f]{64}\",", "").replace("\"version\" : 2,", "\"version\" : 1,");
        assertThat(older).doesNotContain("digest");
        Files.writeString(manifest, older);

        CliRun replay = CliRun.of("replay", manifest.toString());

        assertThat(replay.exitCode()).isZero();
        assertThat(replay.err()).isEqualToIgnoringNewLines(NO_DIGEST);
        assertThat(replay.out()).isEqualTo(traced);
    }
}
