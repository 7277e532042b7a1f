package org.landscapelab.cli;

/**
 * Bad input on the command line: printed as one "error:" line (plus optional detail lines such as a
 * caret under an expression), exit code 2.
 */
public final class UsageException extends RuntimeException {
    private final String detail;

    public UsageException(String message) {
        this(message, "");
    }

    public UsageException(String message, String detail) {
        super(message);
        this.detail = detail;
    }

    /** Lines printed after the error line; empty for none. */
    public String detail() { return detail; }
}
