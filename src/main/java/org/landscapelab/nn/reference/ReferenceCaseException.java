package org.landscapelab.nn.reference;

import org.landscapelab.landscape.BadFileException;

/** A reference case file that cannot be evaluated: names the file, the field and what is wrong with it. */
public final class ReferenceCaseException extends BadFileException {
    public ReferenceCaseException(String file, String field, String problem) {
        super(file, field, problem);
    }
}
