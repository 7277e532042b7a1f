package org.landscapelab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.landscapelab.io.Manifest;
import org.landscapelab.io.ManifestFormat;
import org.landscapelab.landscape.Catalog;
import org.landscapelab.landscape.Point;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.sim.RunSpec;

/** The real entry point in its own JVM, where standard output is a file descriptor and SIGTERM a signal. */
@EnabledOnOs(OS.LINUX)
class LauncherProcessTest {
    @TempDir
    Path dir;

    private static ProcessBuilder lab(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    private static String stderr(Process p) throws IOException {
        return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void traceOntoAFullDeviceIsExitOneWithOneErrorLine() throws Exception {
        Process p = lab("trace", "--landscape", "himmelblau", "--optimizer", "sgd", "--param", "lr=0.001", "--steps", "20000")
                .redirectOutput(new File("/dev/full")).start();
        String err = stderr(p);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(err).isEqualTo("error: writing output: the disk is full\n");
    }

    @Test
    void aClosedPipeEndsTheRunQuietlyWithExit141() throws Exception {
        Process p = lab("trace", "--landscape", "himmelblau", "--optimizer", "sgd", "--param", "lr=0.001", "--steps", "1000000").start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (int i = 0; i < 3; i++) assertThat(out.readLine()).isNotNull(); // as | head -3 does
        out.close();
        String err = stderr(p);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the run stops instead of printing a million lines nobody reads").isTrue();
        assertThat(p.exitValue()).isEqualTo(141);
        assertThat(err).isEmpty();
    }

    @Test
    void sigtermMidWriteLeavesNoTemporaryFile() throws Exception {
        var himmelblau = Catalog.builtIn().byId("himmelblau").orElseThrow();
        RunSpec run = RunSpec.of(OptimizerSpec.parse("sgd lr=0.001"), new Point(1, -4), 2_000_000);
        Path manifest = dir.resolve("long.manifest.json");
        new ManifestFormat().save(manifest, Manifest.of(himmelblau, List.of(run)));
        Process p = lab("replay", manifest.toString(), "--out", dir.resolve("big.csv").toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (temporaryFiles().isEmpty() && p.isAlive() && System.nanoTime() < deadline) Thread.sleep(5);
        assertThat(temporaryFiles()).as("the write had started").isNotEmpty();
        p.destroy(); // SIGTERM
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(temporaryFiles()).isEmpty();
        assertThat(dir.resolve("big.csv")).doesNotExist();
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
