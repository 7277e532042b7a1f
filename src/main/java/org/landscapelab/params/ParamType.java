package org.landscapelab.params;

/** How a parameter is typed on the command line and edited in the UI. */
public enum ParamType {
    /** A real number, e.g. lr=0.01. */
    NUMBER("number"),
    /** true or false, e.g. nesterov=true. */
    BOOLEAN("boolean"),
    /** Two numbers separated by a comma, e.g. betas=0.9,0.999. */
    PAIR("pair"),
    /** A whole number, e.g. t_thres=50. */
    INTEGER("integer");

    private final String text;

    ParamType(String text) {
        this.text = text;
    }

    @Override
    public String toString() {
        return text;
    }
}
