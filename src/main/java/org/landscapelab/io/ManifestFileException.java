package org.landscapelab.io;

import org.landscapelab.landscape.BadFileException;

/** A manifest file that cannot be used: names the file, the field and what is wrong with it. */
public final class ManifestFileException extends BadFileException {
    public ManifestFileException(String file, String field, String problem) {
        super(file, field, problem);
    }
}
