package org.landscapelab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and captures what it prints. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** A usage error: exit 2, exactly one line starting with "error:", no stack trace. */
    boolean isCleanUsageError() {
        long errorLines = err.lines().filter(l -> l.startsWith("error:")).count();
        return exitCode == Cli.USAGE && errorLines == 1 && err.startsWith("error:")
                && !err.contains("\tat ") && !err.contains("Exception");
    }
}
