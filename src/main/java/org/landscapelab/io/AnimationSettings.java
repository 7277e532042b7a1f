package org.landscapelab.io;

/**
 * Size, speed and length of an exported animation: width x height pixels (one pixel per point of
 * the figure, as on screen), {@code framesPerSecond} for {@code seconds}, looping or playing once.
 * GIF delays are whole hundredths of a second, so the rate is rounded to one of 50, 33, 25, 20, ... fps.
 */
public record AnimationSettings(int width, int height, int framesPerSecond, double seconds, boolean loop) {
    public static final int MAX_FPS = 50;
    public static final int MAX_FRAMES = 10_000;

    public AnimationSettings {
        if (width < 16 || height < 16 || width > 8192 || height > 8192) {
            throw new IllegalArgumentException("animation size must be in 16..8192 pixels, got " + width + " x " + height);
        }
        if (framesPerSecond < 1 || framesPerSecond > MAX_FPS) {
            throw new IllegalArgumentException("frame rate must be in [1, " + MAX_FPS + "] per second, got " + framesPerSecond);
        }
        if (!(seconds > 0 && Double.isFinite(seconds))) throw new IllegalArgumentException("length must be > 0 seconds, got " + seconds);
        if (frameCountOf(framesPerSecond, seconds) > MAX_FRAMES) {
            throw new IllegalArgumentException("at most " + MAX_FRAMES + " frames, got " + frameCountOf(framesPerSecond, seconds));
        }
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
