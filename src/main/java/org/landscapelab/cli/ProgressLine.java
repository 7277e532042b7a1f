package org.landscapelab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.landscapelab.sim.Progress;

/**
 * Progress of a long command on stderr, e.g. "ensemble: 40% (4,000 of 10,000 particles, 12 s)": nothing
 * for the first second, so quick runs stay quiet, then at most one line a second. Called from worker
 * threads.
 */
final class ProgressLine implements Progress {
    private static final long SECOND = 1_000_000_000L;

    private final PrintWriter err;
    private final String label;
    private final String units;
    private final LongSupplier clock;
    private final long started;
    private long nextLine;

    /** @param clock nanoseconds, as {@link System#nanoTime()} */
    ProgressLine(PrintWriter err, String label, String units, LongSupplier clock) {
        this.err = err;
        this.label = label;
        this.units = units;
        this.clock = clock;
        this.started = clock.getAsLong();
        this.nextLine = started + SECOND;
    }

    static ProgressLine onStderr(PrintWriter err, String label, String units) {
        return new ProgressLine(err, label, units, System::nanoTime);
    }

    @Override
    public synchronized void update(long done, long total) {
        long now = clock.getAsLong();
        if (now < nextLine || done >= total) return;
        nextLine = now + SECOND;
        err.println(String.format(Locale.ROOT, "%s: %d%% (%,d of %,d %s, %d s)", label, 100 * done / total, done, total, units,
                (now - started) / SECOND));
        err.flush();
    }

    @Override
    public boolean cancelled() {
        return false;
    }
}
