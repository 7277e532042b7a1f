package org.landscapelab.cli;

import java.io.PrintWriter;
import org.landscapelab.landscape.Catalog;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless command line: the same core as the app, for scripts and papers. */
@Command(name = "landscape-lab", mixinStandardHelpOptions = true, version = "Landscape Lab 0.1.0",
        description = "Landscape Lab, headless. Without a command, java -jar landscape-lab.jar opens the app.",
        subcommands = {CriticalCommand.class, TraceCommand.class, NoiseCommand.class, EnsembleCommand.class,
            NetworkCommand.class, RenderCommand.class, ReplayCommand.class, ScenarioCommand.class,
            SuggestLrCommand.class, ExperimentCommand.class, TrainCommand.class})
public final class Cli implements Runnable {
    /** Exit code for bad input. */
    public static final int USAGE = 2;
    /** Exit code when standard output cannot be written (disk full): the output is incomplete. */
    public static final int OUTPUT_FAILED = 1;
    /**
     * Exit code when the reader of standard output has closed it ({@code | head -3}): the work stops
     * at once, quietly, with a shell's status for a process ended by SIGPIPE (128 + 13).
     */
    public static final int CLOSED_PIPE = 141;

    @Override
    public void run() {
        throw new UsageException("missing command; try --help");
    }

    /** Runs the command line and returns the exit code; never throws, never prints a stack trace. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        OutputFailure[] outputFailure = new OutputFailure[1]; // once standard output has failed, it is not flushed again
        CommandLine cmd = new CommandLine(new Cli());
        cmd.setExpandAtFiles(false); // "@FILE" would splice any file (or /dev/zero, forever) into the arguments
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setParameterExceptionHandler((ex, a) -> {
            err.println("error: " + oneLine(optionFirst(ex.getMessage())));
            err.flush();
            return USAGE;
        });
        cmd.setExecutionExceptionHandler((ex, c, parsed) -> {
            outputFailure[0] = OutputFailure.in(ex);
            if (outputFailure[0] != null) return OUTPUT_FAILED;
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
        cmd.setExecutionStrategy(parsed -> {
            try {
                return new CommandLine.RunLast().execute(parsed);
            } catch (OutputFailure e) { // printing --help; picocli would print a stack trace
                outputFailure[0] = e;
                return OUTPUT_FAILED;
            }
        });
        int code = cmd.execute(args);
        try {
            if (outputFailure[0] == null) out.flush();
        } catch (OutputFailure e) {
            outputFailure[0] = e;
        }
        err.flush();
        return outputFailure[0] == null ? code : outputFailed(outputFailure[0], err);
    }

    private static int outputFailed(OutputFailure e, PrintWriter err) {
        if (e.closedPipe()) return CLOSED_PIPE;
        err.println("error: writing output: " + oneLine(e.reason()));
        err.flush();
        return OUTPUT_FAILED;
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
