package org.landscapelab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The command line with render and replay added, as Cli.run will run it once they are in its
 * subcommands (this branch may not edit Cli): the same error handling, so tests see what users will.
 * Its main runs it for looking at figures by hand.
 */
final class RenderReplayCli {
    private RenderReplayCli() {}

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, false, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Cli.run's handlers, on a Cli with render and replay added. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new Cli());
        cmd.addSubcommand("render", new RenderCommand());
        cmd.addSubcommand("replay", new ReplayCommand());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setParameterExceptionHandler((ex, a) -> {
            err.println("error: " + oneLine(Cli.optionFirst(ex.getMessage())));
            err.flush();
            return Cli.USAGE;
        });
        cmd.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof UsageException u) {
                err.println("error: " + oneLine(u.getMessage()));
                if (!u.detail().isEmpty()) err.println(u.detail());
                err.flush();
                return Cli.USAGE;
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

    private static String oneLine(String message) {
        return message == null ? "" : message.replace('\n', ' ').replace('\r', ' ');
    }
}
