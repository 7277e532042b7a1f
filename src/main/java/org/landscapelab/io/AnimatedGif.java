package org.landscapelab.io;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.CancellationException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.landscapelab.sim.Progress;

/**
 * Writes an animated GIF frame by frame through javax.imageio, each frame going to disk as it is
 * added (only one is held in memory). Every frame carries a graphic control extension with the
 * delay; the first, when looping, the NETSCAPE2.0 application extension (loop count 0: forever).
 *
 * <p>The file appears, atomically, only when {@link #finish()} succeeds: closing without finishing
 * (an error, a cancellation) leaves any old file as it was and no temporary file behind. That is
 * why finishing is a call of its own rather than part of close(): a try-with-resources block that
 * ends with an exception must not publish half an animation.
 */
public final class AnimatedGif implements FrameSink {
    /** GIF delays are in hundredths of a second; below 2 most viewers play at 10 instead. */
    public static final int MIN_DELAY_CENTISECONDS = 2;
    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private final AtomicWrite.Pending file;
    private final ImageWriter writer;
    private final ImageOutputStream stream;
    private final int width;
    private final int height;
    private final int delayCentiseconds;
    private final boolean loop;
    private final int expectedFrames;
    private final Progress progress;
    private int frames;
    private boolean done;

    private AnimatedGif(AtomicWrite.Pending file, ImageWriter writer, ImageOutputStream stream, int width, int height,
                        int delayCentiseconds, boolean loop, int expectedFrames, Progress progress) {
        this.file = file;
        this.writer = writer;
        this.stream = stream;
        this.width = width;
        this.height = height;
        this.delayCentiseconds = delayCentiseconds;
        this.loop = loop;
        this.expectedFrames = expectedFrames;
        this.progress = progress;
    }

    /**
     * Starts a GIF of width x height frames shown {@code delayCentiseconds} each. {@code expectedFrames}
     * is the total that {@code progress} reports against; its {@code cancelled()} is checked before each frame.
     */
    public static AnimatedGif create(Path target, int width, int height, int delayCentiseconds, boolean loop,
                                     int expectedFrames, Progress progress) throws IOException {
        if (width < 1 || height < 1 || width > 65_535 || height > 65_535) {
            throw new IllegalArgumentException("GIF size must be in 1..65535, got " + width + " x " + height);
        }
        if (delayCentiseconds < MIN_DELAY_CENTISECONDS || delayCentiseconds > 65_535) {
            throw new IllegalArgumentException("frame delay must be in [" + MIN_DELAY_CENTISECONDS + ", 65535] hundredths of a second, got "
                    + delayCentiseconds);
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) throw new IOException("cannot write " + target + ": no GIF writer in this Java runtime");
        ImageWriter writer = writers.next();
        AtomicWrite.Pending file = AtomicWrite.open(target);
        try {
            // in memory only until each frame's flush: no cache file in the temporary directory
            ImageOutputStream stream = new MemoryCacheImageOutputStream(file.stream());
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            return new AnimatedGif(file, writer, stream, width, height, delayCentiseconds, loop, Math.max(0, expectedFrames), progress);
        } catch (IOException | RuntimeException e) {
            writer.dispose();
            file.close();
            throw e;
        }
    }

    /** Appends a frame (of the GIF's size) and writes it out; throws CancellationException if cancelled. */
    @Override
    public void add(BufferedImage frame) throws IOException {
        if (done) throw new IllegalStateException("the GIF is already finished or closed");
        if (progress.cancelled()) throw new CancellationException("GIF export cancelled");
        if (frame.getWidth() != width || frame.getHeight() != height) {
            throw new IllegalArgumentException("frame is " + frame.getWidth() + " x " + frame.getHeight() + ", the GIF " + width + " x " + height);
        }
        writer.writeToSequence(new IIOImage(frame, null, metadata(frame, frames == 0 && loop)), null);
        stream.flush(); // hands the frame's bytes to the file and drops them from memory
        frames++;
        progress.update(frames, Math.max(frames, expectedFrames));
    }

    public int frames() {
        return frames;
    }

    /** Ends the GIF and puts it in place of the target. */
    @Override
    public void finish() throws IOException {
        if (done) throw new IllegalStateException("the GIF is already finished or closed");
        if (frames == 0) throw new IllegalStateException("a GIF needs at least one frame");
        writer.endWriteSequence();
        stream.close();
        done = true;
        try {
            file.commit();
        } finally {
            writer.dispose();
        }
    }

    /** Without {@link #finish()}: discards everything written, the target stays as it was. */
    @Override
    public void close() throws IOException {
        if (done) return;
        done = true;
        writer.dispose();
        try {
            stream.close();
        } catch (IOException e) {
            // the temporary file is discarded anyway
        }
        file.close();
    }

    private IIOMetadata metadata(BufferedImage frame, boolean withLoop) throws IOException {
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), null);
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none"); // every frame is opaque and covers the whole image
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCentiseconds));
        control.setAttribute("transparentColorIndex", "0");
        if (withLoop) {
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[] {1, 0, 0}); // sub-block 1: loop count 0 (little-endian), forever
            child(root, "ApplicationExtensions").appendChild(app);
        }
        metadata.setFromTree(FORMAT, root);
        return metadata;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equals(name)) return (IIOMetadataNode) root.item(i);
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
