package org.landscapelab.io;

import org.landscapelab.landscape.BadFileException;

/** A session file that cannot be used: names the file, the field and what is wrong with it. */
public final class SessionFileException extends BadFileException {
    public SessionFileException(String file, String field, String problem) {
        super(file, field, problem);
    }
}
