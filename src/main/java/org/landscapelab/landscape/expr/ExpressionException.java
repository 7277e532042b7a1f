package org.landscapelab.landscape.expr;

/**
 * A malformed expression. Carries the source and the 1-based column of the problem so that every
 * front door can show the same message with a caret under the spot.
 */
public final class ExpressionException extends IllegalArgumentException {
    private final String source;
    private final int column;
    private final String problem;

    public ExpressionException(String problem, String source, int column) {
        super(problem + " at column " + column);
        this.problem = problem;
        this.source = source;
        this.column = column;
    }

    /** What is wrong, without the position. */
    public String problem() { return problem; }

    public String source() { return source; }

    /** 1-based column; one past the end for "unexpected end of expression". */
    public int column() { return column; }

    /** The source and a caret line under the offending column, for terminals and tooltips. */
    public String caretDisplay() {
        String shown = source.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        return "  " + shown + "\n  " + " ".repeat(Math.max(0, column - 1)) + "^";
    }
}
