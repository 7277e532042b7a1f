package org.landscapelab.io;

import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * Where an animation's frames go, one at a time as they are drawn ({@link AnimationExport}): a GIF
 * or a video. Nothing appears at the target until {@link #finish()} succeeds; {@link #close()}
 * without it discards everything and leaves any old file as it was.
 */
interface FrameSink extends AutoCloseable {
    /** Appends a frame of the animation's size; throws CancellationException if the progress was cancelled. */
    void add(BufferedImage frame) throws IOException;

    /** Ends the animation and puts it in place of the target. */
    void finish() throws IOException;

    @Override
    void close() throws IOException;
}
