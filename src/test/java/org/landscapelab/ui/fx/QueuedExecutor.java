package org.landscapelab.ui.fx;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/**
 * An executor for view model tests: tasks wait until the test runs them, so a test can look at the
 * state between a request and its result (the FX thread or a background pool, without threads).
 */
public final class QueuedExecutor implements Executor {
    private final Queue<Runnable> tasks = new ArrayDeque<>();

    @Override
    public synchronized void execute(Runnable task) {
        tasks.add(task);
    }

    /** Runs the tasks queued so far and those they queue, in order; returns how many ran. */
    public int drain() {
        int n = 0;
        for (Runnable r; (r = next()) != null; n++) r.run();
        return n;
    }

    public synchronized int pending() {
        return tasks.size();
    }

    private synchronized Runnable next() {
        return tasks.poll();
    }
}
