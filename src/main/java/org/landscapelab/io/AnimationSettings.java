package org.landscapelab.io;

/**
 * Size, speed, length and format of an exported animation: width x height pixels (one pixel per
 * point of the figure, as on screen), {@code framesPerSecond} for {@code seconds}, looping or playing once.
 * GIF delays are whole hundredths of a second, so a GIF's rate is rounded to one of 50, 33, 25, 20, ... fps;
 * an MP4 plays at the exact rate and does not loop by itself (the player or the slide decides).
 */
public record AnimationSettings(int width, int height, int framesPerSecond, double seconds, boolean loop, AnimationFormat format) {
    /** A GIF's fastest rate: a delay of 2 hundredths, below which viewers slow it down (AnimatedGif). */
    public static final int MAX_FPS = 50;
    /** A video's fastest rate: 60 fps is the highest that projectors and slide software show; faster frames are dropped. */
    public static final int MAX_VIDEO_FPS = 60;
    public static final int MAX_FRAMES = 10_000;

    public AnimationSettings {
        if (format == null) throw new IllegalArgumentException("the animation format is missing");
        if (width < 16 || height < 16 || width > 8192 || height > 8192) {
            throw new IllegalArgumentException("animation size must be in 16..8192 pixels, got " + width + " x " + height);
        }
        if (format == AnimationFormat.MP4 && (width % 2 != 0 || height % 2 != 0)) {
            // yuv420p stores colour for 2 x 2 blocks of pixels
            throw new IllegalArgumentException("an MP4's width and height must be even, got " + width + " x " + height);
        }
        int maxFps = format.maxFramesPerSecond();
        if (framesPerSecond < 1 || framesPerSecond > maxFps) {
            throw new IllegalArgumentException("frame rate must be in [1, " + maxFps + "] per second, got " + framesPerSecond);
        }
        if (!(seconds > 0 && Double.isFinite(seconds))) throw new IllegalArgumentException("length must be > 0 seconds, got " + seconds);
        if (frameCountOf(framesPerSecond, seconds) > MAX_FRAMES) {
            throw new IllegalArgumentException("at most " + MAX_FRAMES + " frames, got " + frameCountOf(framesPerSecond, seconds));
        }
    }

    /** An animated GIF. */
    public AnimationSettings(int width, int height, int framesPerSecond, double seconds, boolean loop) {
        this(width, height, framesPerSecond, seconds, loop, AnimationFormat.GIF);
    }

    public int frameCount() {
        return (int) frameCountOf(framesPerSecond, seconds);
    }

    /** The delay of each frame in hundredths of a second. */
    public int delayCentiseconds() {
        return Math.max(AnimatedGif.MIN_DELAY_CENTISECONDS, (int) Math.round(100.0 / framesPerSecond));
    }

    private static long frameCountOf(int fps, double seconds) {
        return Math.max(1, Math.round(fps * seconds));
    }
}
