package org.landscapelab.io;

import java.nio.file.Path;
import java.util.Locale;

/** The files an animation is written as; {@link AnimationExport} draws the same frames for each. */
public enum AnimationFormat {
    /** Plays anywhere and loops, written in pure Java; large, since every frame is a picture of its own. */
    GIF("Animated GIF", AnimationSettings.MAX_FPS),
    /** H.264 in yuv420p, which slide software plays; a tenth of the GIF's size or less; written by ffmpeg. */
    MP4("MP4 video (H.264, for slides)", AnimationSettings.MAX_VIDEO_FPS);

    private final String description;
    private final int maxFramesPerSecond;

    AnimationFormat(String description, int maxFramesPerSecond) {
        this.description = description;
        this.maxFramesPerSecond = maxFramesPerSecond;
    }

    /** In words, for a dialog: "MP4 video (H.264, for slides)". */
    public String description() {
        return description;
    }

    public int maxFramesPerSecond() {
        return maxFramesPerSecond;
    }

    /** The file extension, without the dot: "mp4". */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The file with this format's extension: unchanged when it has it (in any case), else with it appended. */
    public Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + extension()) ? file : file.resolveSibling(name + "." + extension());
    }
}
