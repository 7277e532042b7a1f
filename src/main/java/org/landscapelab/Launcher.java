package org.landscapelab;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;
import org.landscapelab.cli.Cli;
import org.landscapelab.cli.StandardOutput;
import org.landscapelab.io.AtomicWrite;
import org.landscapelab.io.FileKind;
import org.landscapelab.io.ManifestFormat;
import org.landscapelab.io.ScenarioFormat;
import org.landscapelab.io.SessionFormat;
import org.landscapelab.landscape.BadFileException;
import org.landscapelab.landscape.LandscapeFiles;

/**
 * Entry point of the fat jar and of {@code mvn javafx:run}: no arguments opens the app, a single
 * .json file opens the app on it (a session, a landscape, a manifest or a scenario); a command runs
 * headless and never touches JavaFX. A plain class (not an Application subclass), so that a
 * classpath launch does not fail with "JavaFX runtime components are missing".
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        PrintWriter out = StandardOutput.onto(new FileOutputStream(FileDescriptor.out));
        PrintWriter err = new PrintWriter(System.err, false, StandardCharsets.UTF_8);
        OptionalInt exit = run(args, System.getenv(), System.getProperties(), out, err);
        if (exit.isPresent()) System.exit(exit.getAsInt());
        javafx.application.Application.launch(org.landscapelab.ui.App.class, args);
    }

    /**
     * Everything main decides without JavaFX: runs a command and gives its exit code, or refuses to
     * open the app (a file that cannot be opened, no display) with exit 2 and one {@code error:}
     * line; empty when the app is to be opened.
     */
    static OptionalInt run(String[] args, Map<String, String> env, Properties properties, PrintWriter out, PrintWriter err) {
        boolean openFile = args.length == 1 && args[0].endsWith(".json") && Files.isRegularFile(Path.of(args[0]));
        if (!(args.length == 0 || args[0].equals("--bench-ui") || openFile)) return OptionalInt.of(Cli.run(args, out, err));
        String problem = openFile ? fileProblem(Path.of(args[0])) : benchProblem(args);
        if (problem == null && !hasDisplay(env, properties)) {
            problem = "no display: DISPLAY and WAYLAND_DISPLAY are not set, so the app cannot open a window; "
                    + "the commands run without one (see --help)";
        }
        if (problem == null) return OptionalInt.empty();
        err.println("error: " + problem.replace('\n', ' ').replace('\r', ' '));
        err.flush();
        return OptionalInt.of(Cli.USAGE);
    }

    /** What may follow --bench-ui: nothing (the frame benchmark) or one of these modes (read by ui.UiBenchmark.mode). */
    public static final java.util.List<String> BENCH_MODES = java.util.List.of("interaction", "startup", "minimal", "sweeps", "training", "layout");

    /** Null for the app or a benchmark it knows; otherwise what is wrong with what follows --bench-ui. */
    static String benchProblem(String[] args) {
        if (args.length < 2 || !args[0].equals("--bench-ui") || args.length == 2 && BENCH_MODES.contains(args[1])) return null;
        if (args.length == 3 && args[1].equals("layout") && args[2].endsWith(".json")) return null; // the layout of a scenario or session
        return "--bench-ui: unknown mode '" + String.join(" ", java.util.Arrays.copyOfRange(args, 1, args.length))
                + "'; the modes are " + String.join(", ", BENCH_MODES) + " (none: the frame benchmark)";
    }

    /** Reads the file as the app will open it, so that a bad one is reported before any window; null if it opens. */
    static String fileProblem(Path file) {
        try {
            switch (FileKind.of(file)) {
                case SESSION -> new SessionFormat().load(file);
                case MANIFEST -> new ManifestFormat().load(file);
                case SCENARIO -> new ScenarioFormat().load(file);
                case LANDSCAPE -> new LandscapeFiles().load(file);
            }
            return null;
        } catch (BadFileException e) {
            return e.getMessage();
        } catch (IOException e) {
            String name = String.valueOf(file.getFileName());
            return e.getMessage() != null && e.getMessage().startsWith(name) ? e.getMessage() : name + ": " + AtomicWrite.problem(e);
        }
    }

    /**
     * JavaFX on Linux needs an X11 or Wayland display and fails with a GTK stack trace without one;
     * headless JavaFX (Monocle, as the tests run it) needs none. Other systems always have a display.
     */
    static boolean hasDisplay(Map<String, String> env, Properties properties) {
        if (!properties.getProperty("os.name", "").startsWith("Linux")) return true;
        if ("Monocle".equalsIgnoreCase(properties.getProperty("glass.platform"))) return true;
        if (Boolean.parseBoolean(properties.getProperty("testfx.headless"))) return true;
        return !env.getOrDefault("DISPLAY", "").isBlank() || !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
    }
}
