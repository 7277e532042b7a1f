package org.landscapelab.landscape;

/**
 * A file of the lab's (landscape, session, manifest, scenario) that cannot be used: names the
 * file, the field and what is wrong with it. Here, below every package that reads files.
 */
public abstract class BadFileException extends Exception {
    private final String file;
    private final String field;
    private final String problem;

    protected BadFileException(String file, String field, String problem) {
        super(file + (field.isEmpty() ? "" : ": field '" + field + "'") + ": " + problem);
        this.file = file;
        this.field = field;
        this.problem = problem;
    }

    public String file() { return file; }

    /** Dotted path of the field, e.g. "runs[0].seed"; empty when the whole file is at fault. */
    public String field() { return field; }

    public String problem() { return problem; }
}
