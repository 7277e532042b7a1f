package org.landscapelab.experiments;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.landscapelab.sim.Progress;
import org.landscapelab.sim.WorkerPool;

/**
 * Runs an experiment's independent runs on a few threads. Each run's result is stored at its own
 * index and the caller reduces them in run order, so the numbers never depend on the thread count
 * or on which thread ran what.
 */
final class RunPool {
    private RunPool() {}

    /** results[i] = run.apply(runs[i]); progress counts finished runs. */
    static <T> List<T> map(int[] runs, int threads, Progress progress, IntFunction<T> run) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        Object[] results = new Object[runs.length];
        AtomicInteger next = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < runs.length; i = next.getAndIncrement()) {
                if (progress.cancelled()) throw new CancellationException();
                results[i] = run.apply(runs[i]);
                progress.update(done.incrementAndGet(), runs.length);
            }
        };
        int t = Math.min(threads, Math.max(1, runs.length));
        WorkerPool.runAll("experiment", t, java.util.Collections.nCopies(t, worker));
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) Arrays.asList(results);
        return list;
    }
}
