package org.landscapelab.experiments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.landscapelab.sim.Progress;

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
        ExecutorService pool = Executors.newFixedThreadPool(t, r -> {
            Thread th = new Thread(r, "experiment");
            th.setDaemon(true);
            return th;
        });
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int i = 0; i < t; i++) tasks.add(pool.submit(worker));
            for (Future<?> f : tasks) f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error er) throw er;
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } finally {
            pool.shutdownNow();
        }
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) Arrays.asList(results);
        return list;
    }
}
