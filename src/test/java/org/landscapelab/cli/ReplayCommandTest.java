package org.landscapelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.landscapelab.Csv;

class ReplayCommandTest {
    @TempDir
    Path dir;

    /** Run options for trace and render alike: a noisy fBM run, minibatches on a data file, perturbed GD. */
    @ParameterizedTest
    @ValueSource(strings = {
        "--landscape double_well --optimizer sgd --param lr=0.05 --param momentum=0.5 --steps 200 --start 0.1,-0.2 "
                + "--noise fbm --hurst 0.3 --sigma 0.2 --seed 12",
        "--landscape sample-landscapes/least_squares.json --optimizer sgd --param lr=0.02 --batch-size 8 --steps 150 "
                + "--noise white --sigma 0.05 --noise-mode gradient --seed 7",
        "--landscape quadratic_saddle --optimizer pgd --param lr=0.05 --param r=0.1 --param t_thres=10 --start 0,0 --steps 60 --seed 3",
    })
    void aReplayedManifestPrintsExactlyWhatTracePrinted(String runOptions) throws IOException {
        String[] options = runOptions.split(" ");
        CliRun trace = CliRun.of(concat(new String[] {"trace"}, options));
        assertThat(trace.exitCode()).as(trace.err()).isZero();
        Path svg = dir.resolve("run.svg");
        CliRun render = CliRun.of(concat(new String[] {"render", "--out", svg.toString(), "--manifest", "--width", "160", "--height", "120"}, options));
        assertThat(render.exitCode()).as(render.err()).isZero();

        CliRun replay = CliRun.of("replay", dir.resolve("run.manifest.json").toString());

        assertThat(replay.exitCode()).as(replay.err()).isZero();
        assertThat(replay.out()).isEqualTo(trace.out());
        List<Map<String, String>> rows = Csv.read(replay.out());
        assertThat(rows.size()).isGreaterThan(50);
        // equal text is equal doubles: every number is printed as the shortest text that reads back to it
        assertThat(Double.parseDouble(rows.get(rows.size() - 1).get("x"))).isFinite();
    }

    @Test
    void runKOfARaceAndTheOutFile() throws IOException {
        Path png = dir.resolve("race.png");
        CliRun render = CliRun.of("render", "--landscape", "himmelblau", "--start", "1,-4", "--steps", "40",
                "--optimizer", "sgd", "--param", "lr=0.01", "--optimizer", "rmsprop", "--param", "lr=0.05", "--param", "centered=true",
                "--out", png.toString(), "--manifest", "--dpi", "20");
        assertThat(render.exitCode()).as(render.err()).isZero();
        CliRun trace = CliRun.of("trace", "--landscape", "himmelblau", "--start", "1,-4", "--steps", "40", "--optimizer", "rmsprop",
                "--param", "lr=0.05", "--param", "centered=true");
        Path manifest = dir.resolve("race.manifest.json");

        CliRun replay = CliRun.of("replay", manifest.toString(), "--run", "1");
        assertThat(replay.out()).isEqualTo(trace.out());

        Path csv = dir.resolve("rmsprop.csv");
        CliRun toFile = CliRun.of("replay", manifest.toString(), "--run", "1", "--out", csv.toString());
        assertThat(toFile.exitCode()).as(toFile.err()).isZero();
        assertThat(toFile.out()).isEmpty();
        assertThat(Files.readString(csv)).isEqualTo(trace.out().replace(System.lineSeparator(), "\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{manifest} --run 2",
        "{manifest} --run -1",
        "{manifest} --run one",
        "{manifest} --out {dir}/run.txt",
        "{manifest} --out {dir}/no-such-dir/run.csv",
        "{dir}/missing.manifest.json",
        "{dir}/truncated.json",
        "{dir}/newer.json",
        "{dir}/bad-seed.json",
        "{dir}/a-landscape.json",
    })
    void badInputIsOneErrorLineAndNoFileIsLeft(String options) throws IOException {
        Path manifest = dir.resolve("good.manifest.json");
        CliRun render = CliRun.of("render", "--landscape", "double_well", "--optimizer", "adam", "--steps", "10",
                "--out", dir.resolve("good.svg").toString(), "--manifest", "--width", "100", "--height", "100");
        assertThat(render.exitCode()).as(render.err()).isZero();
        Files.delete(dir.resolve("good.svg"));
        String good = Files.readString(manifest);
        Files.writeString(dir.resolve("truncated.json"), good.substring(0, good.length() / 2));
        Files.writeString(dir.resolve("newer.json"), good.replace("\"version\" : 2,", "\"version\" : 7,"));
        Files.writeString(dir.resolve("bad-seed.json"), good.replace("\"seed\" : 0,", "\"seed\" : \"zero\","));
        Files.copy(Path.of("sample-landscapes/least_squares.json"), dir.resolve("a-landscape.json"));
        List<Path> before;
        try (Stream<Path> files = Files.list(dir)) {
            before = files.sorted().toList();
        }
        List<String> args = new ArrayList<>(List.of("replay"));
        for (String a : options.split(" ")) args.add(a.replace("{manifest}", manifest.toString()).replace("{dir}", dir.toString()));

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.isCleanUsageError()).as("stderr was: %s", run.err()).isTrue();
        assertThat(run.err()).matches("error: (--run|--out|MANIFEST): .*\\R");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.sorted().toList()).isEqualTo(before);
        }
    }

    @Test
    void aMalformedManifestIsNamedWithItsField() throws IOException {
        Path file = dir.resolve("m.json");
        CliRun render = CliRun.of("render", "--landscape", "double_well", "--optimizer", "adam", "--steps", "10",
                "--out", dir.resolve("m.svg").toString(), "--manifest", "--width", "100", "--height", "100");
        assertThat(render.exitCode()).isZero();
        Path manifest = dir.resolve("m.manifest.json");
        Files.writeString(file, Files.readString(manifest).replace("adam lr=0.001", "adam lr=-0.001"));

        CliRun run = CliRun.of("replay", file.toString());

        assertThat(run.isCleanUsageError()).as(run.err()).isTrue();
        assertThat(run.err()).startsWith("error: MANIFEST: " + file + ": field 'runs[0].optimizer': ").contains("lr");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
