package org.landscapelab.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs tasks on a few daemon threads and waits for all of them: a task's exception comes out as
 * it was thrown (a cancellation as a {@link CancellationException}), an interrupt of the caller
 * cancels, and the threads are gone when it returns.
 */
public final class WorkerPool {
    private WorkerPool() {}

    public static void runAll(String threadName, int threads, List<Runnable> tasks) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Runnable task : tasks) running.add(pool.submit(task));
            for (Future<?> f : running) f.get();
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
    }
}
