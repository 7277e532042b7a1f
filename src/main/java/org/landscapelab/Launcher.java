package org.landscapelab;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.landscapelab.cli.Cli;

/**
 * Entry point of the fat jar and of {@code mvn javafx:run}: no arguments opens the app, a single
 * .json file opens the app on it (a session, a landscape, a manifest or a scenario); a command runs
 * headless and never touches JavaFX. A plain class (not an Application subclass), so that a
 * classpath launch does not fail with "JavaFX runtime components are missing".
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        boolean openFile = args.length == 1 && args[0].endsWith(".json") && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(args[0]));
        if (args.length == 0 || args[0].equals("--bench-ui") || openFile) {
            javafx.application.Application.launch(org.landscapelab.ui.App.class, args);
            return;
        }
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, false, StandardCharsets.UTF_8);
        System.exit(Cli.run(args, out, err));
    }
}
