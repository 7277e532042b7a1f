package org.landscapelab.render;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The atomic write now lives in {@link org.landscapelab.io.AtomicWrite}; this name stays only for
 * render's own tests, which call it from this package. New code uses io's.
 */
final class AtomicWrite {
    private AtomicWrite() {}

    static void write(Path target, org.landscapelab.io.AtomicWrite.Content content) throws IOException {
        org.landscapelab.io.AtomicWrite.write(target, content);
    }
}
