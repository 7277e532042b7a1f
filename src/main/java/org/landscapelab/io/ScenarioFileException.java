package org.landscapelab.io;

import org.landscapelab.landscape.BadFileException;

/** A scenario file that cannot be used: names the file, the field and what is wrong with it. */
public final class ScenarioFileException extends BadFileException {
    public ScenarioFileException(String file, String field, String problem) {
        super(file, field, problem);
    }
}
