package org.landscapelab.landscape;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A file of the lab's (landscape, session, manifest, scenario, reference case) that cannot be used:
 * names the file, the field and what is wrong with it. Here, below every package that reads files.
 */
public abstract class BadFileException extends Exception {
    /**
     * Longest line of a field or a problem: messages quote the bad value, and a damaged file may hold
     * a megabyte string or a thousand nested arrays there; the start of it says enough.
     */
    public static final int MAX_PROBLEM_LINE = 300;

    private final String file;
    private final String field;
    private final String problem;

    protected BadFileException(String file, String field, String problem) {
        super(file + (field.isEmpty() ? "" : ": field '" + bounded(field) + "'") + ": " + bounded(problem));
        this.file = file;
        this.field = bounded(field);
        this.problem = bounded(problem);
    }

    public String file() { return file; }

    /** Dotted path of the field, e.g. "runs[0].seed"; empty when the whole file is at fault. */
    public String field() { return field; }

    public String problem() { return problem; }

    /** {@code text} with each line cut to {@link #MAX_PROBLEM_LINE} characters, saying how long it was. */
    public static String bounded(String text) {
        if (text.length() <= MAX_PROBLEM_LINE) return text;
        return text.lines().map(line -> line.length() <= MAX_PROBLEM_LINE ? line
                : line.substring(0, MAX_PROBLEM_LINE) + "… (" + String.format(Locale.ROOT, "%,d", line.length()) + " characters)")
                .collect(Collectors.joining("\n"));
    }

    /** A member's name as a message shows it: quoted as in JSON unless plain, so that "" or "\u0000" can be seen. */
    public static String visibleName(String name) {
        return name.matches("[A-Za-z0-9_.-]+") ? name : new TextNode(name).toString();
    }
}
