package org.landscapelab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Forwards tasks to an executor (the FX thread) once released, holding those that come before: the
 * lab is built off the FX thread while its models' first background results already arrive, and
 * these must not touch the panels until the built scene is in the window.
 */
final class HeldExecutor implements Executor {
    private final Executor target;
    private List<Runnable> held = new ArrayList<>();

    HeldExecutor(Executor target) {
        this.target = target;
    }

    @Override
    public void execute(Runnable task) {
        synchronized (this) {
            if (held != null) {
                held.add(task);
                return;
            }
        }
        target.execute(task);
    }

    /** From now on tasks pass straight through; those held so far go first, in order. */
    void release() {
        List<Runnable> waiting;
        synchronized (this) {
            waiting = held;
            held = null;
        }
        if (waiting != null) waiting.forEach(target::execute);
    }
}
