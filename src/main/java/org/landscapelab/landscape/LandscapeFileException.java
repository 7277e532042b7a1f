package org.landscapelab.landscape;

/** A landscape file that cannot be used: names the file, the field (e.g. "parameters[0].min") and what is wrong with it. */
public final class LandscapeFileException extends BadFileException {
    public LandscapeFileException(String file, String field, String problem) {
        super(file, field, problem);
    }
}
