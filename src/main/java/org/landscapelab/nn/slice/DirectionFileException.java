package org.landscapelab.nn.slice;

import org.landscapelab.landscape.BadFileException;

/** A direction file (DIRS.json) that does not fit the network: names the file, the parameter and the problem. */
public final class DirectionFileException extends BadFileException {
    public DirectionFileException(String file, String field, String problem) {
        super(file, field, problem);
    }
}
