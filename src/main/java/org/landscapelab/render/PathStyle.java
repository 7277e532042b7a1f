package org.landscapelab.render;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How a trajectory's iterates become its line: every iterate ({@code RAW}), every k-th
 * ({@code THIN}, for a noisy path whose every step is a hairball), or an exponential moving
 * average drawn over a faint raw line ({@code SMOOTH}: the drift under the noise).
 */
public enum PathStyle {
    RAW, THIN, SMOOTH;

    /** A thinned path keeps about this many iterates: enough for a curve, few enough to read each step. */
    public static final int THIN_VERTICES = 200;
    /**
     * Weight of the newest iterate in the moving average, s_k = α p_k + (1 − α) s_{k−1}: a memory of
     * about 1/α = 10 steps, short enough to follow a turn of the path, long enough to average out noise.
     */
    public static final double SMOOTHING = 0.1;

    /** The name on the command line: raw, thin or smooth. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PathStyle byId(String id) {
        for (PathStyle s : values()) if (s.id().equals(id.strip().toLowerCase(Locale.ROOT))) return s;
        throw new IllegalArgumentException("expected " + String.join(", ", ids()) + ", got '" + id + "'");
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(PathStyle::id).toList();
    }

    /** Every how many iterates a thinned path of {@code size} points keeps one. */
    static int thinningStride(int size) {
        return Math.max(1, (int) Math.ceil(size / (double) THIN_VERTICES));
    }
}
