package org.landscapelab.nn.training;

/**
 * Pause, resume and stop for a run on a background thread, asked for from any thread; the run
 * calls {@link #awaitUnpaused} before each step.
 */
final class RunControl {
    private final Object lock = new Object();
    private boolean paused, stopRequested;     // guarded by lock

    /** Holds the run before its next step until {@link #resume()}. */
    void pause() {
        synchronized (lock) {
            paused = true;
        }
    }

    void resume() {
        synchronized (lock) {
            paused = false;
            lock.notifyAll();
        }
    }

    /** Ends the run before its next step (also when paused). */
    void stop() {
        synchronized (lock) {
            stopRequested = true;
            lock.notifyAll();
        }
    }

    /** Waits while paused, calling {@code onPause} before waiting and {@code onResume} after; false if a stop was requested. */
    boolean awaitUnpaused(Runnable onPause, Runnable onResume) {
        synchronized (lock) {
            if (paused && !stopRequested) {
                onPause.run();
                while (paused && !stopRequested) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        stopRequested = true;
                    }
                }
                if (!stopRequested) onResume.run();
            }
            return !stopRequested;
        }
    }
}
