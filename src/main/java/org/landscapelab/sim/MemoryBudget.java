package org.landscapelab.sim;

import java.util.Locale;
import org.landscapelab.noise.IncrementSampler;

/**
 * Heap estimates of runs and ensembles, checked before their big arrays are allocated: a run that
 * cannot fit is refused with its size instead of failing with OutOfMemoryError halfway through.
 */
public final class MemoryBudget {
    /**
     * The share of the JVM's maximum heap (-Xmx) that one run may plan for. The rest is headroom for
     * what the estimates leave out: the noise sampler's tables, output being written, the app's state.
     */
    static final double HEAP_SHARE = 0.5;

    /** One particle's slots in an ensemble's result: start, final point and value (5 doubles), escape and divergence steps (2 ints). */
    private static final long RESULT_BYTES_PER_PARTICLE = 5 * Double.BYTES + 2 * Integer.BYTES;
    /** A recorded point: x, y, f, the gradient and the momentum (7 doubles). */
    private static final long TRAJECTORY_BYTES_PER_POINT = 7 * Double.BYTES;

    private MemoryBudget() {}

    /** Bytes this JVM lets one run plan for. */
    public static long available() {
        return (long) (HEAP_SHARE * Runtime.getRuntime().maxMemory());
    }

    /** A recorded trajectory of {@code steps} steps and its particle's two noise streams (sampler may be null). */
    static long trajectory(int steps, IncrementSampler sampler) {
        return TRAJECTORY_BYTES_PER_POINT * (steps + 1L) + 2 * streamBytes(sampler);
    }

    /**
     * An ensemble's result (per particle and per frame) and the noise streams of the particles that
     * run at the same time: one per thread, at most one per chunk of particles.
     */
    static long ensemble(EnsembleSpec spec, IncrementSampler sampler, int threads, int particlesPerTask) {
        long particles = spec.particles();
        long concurrent = Math.min(threads, (particles + particlesPerTask - 1) / particlesPerTask);
        return RESULT_BYTES_PER_PARTICLE * particles + 2L * Float.BYTES * spec.framePositions()
                + concurrent * 2 * streamBytes(sampler);
    }

    /** Throws, naming the sizes, if {@code bytes} is more than {@code available}. */
    static void require(String what, long bytes, long available) {
        if (bytes > available) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s needs about %,d MB, more than the %,d MB this JVM can spare (half its maximum heap, -Xmx)",
                    what, megabytes(bytes), megabytes(available)));
        }
    }

    private static long streamBytes(IncrementSampler sampler) {
        return sampler == null ? 0 : sampler.streamBytes();
    }

    private static long megabytes(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }
}
