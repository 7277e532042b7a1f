package org.landscapelab.cli;

import java.io.PrintWriter;
import org.landscapelab.landscape.Catalog;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless command line: the same core as the app, for scripts and papers. */
@Command(name = "landscape-lab", mixinStandardHelpOptions = true, version = "Landscape Lab 0.1.0",
        description = "Landscape Lab, headless. Without a command, java -jar landscape-lab.jar opens the app.",
        subcommands = {CriticalCommand.class, TraceCommand.class, NoiseCommand.class, EnsembleCommand.class,
            NetworkCommand.class, RenderCommand.class, ReplayCommand.class, ScenarioCommand.class})
public final class Cli implements Runnable {
    /** Exit code for bad input. */
    public static final int USAGE = 2;

    @Override
    public void run() {
        throw new UsageException("missing command; try --help");
    }

    /** Runs the command line and returns the exit code; never throws, never prints a stack trace. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new Cli());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setParameterExceptionHandler((ex, a) -> {
            err.println("error: " + oneLine(optionFirst(ex.getMessage())));
            err.flush();
            return USAGE;
        });
        cmd.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof UsageException u) {
                err.println("error: " + oneLine(u.getMessage()));
                if (!u.detail().isEmpty()) err.println(u.detail());
                err.flush();
                return USAGE;
            }
            err.println("error: internal error: " + ex + " (please report this)");
            err.flush();
            return 1;
        });
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** "Invalid value for option '--steps': 'ten' is not an int" reads "--steps: 'ten' is not an int". */
    static String optionFirst(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Invalid value for option '([^']+)': (.*)", java.util.regex.Pattern.DOTALL)
                .matcher(message == null ? "" : message);
        return m.matches() ? m.group(1) + ": " + m.group(2) : message;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replace('\n', ' ').replace('\r', ' ');
    }

    /** The built-in catalog; loaded per use so that no static state is shared. */
    static Catalog catalog() {
        return Catalog.builtIn();
    }

    static org.landscapelab.io.SampleLandscapes samples() {
        return org.landscapelab.io.SampleLandscapes.bundled();
    }
}
