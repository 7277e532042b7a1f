package org.landscapelab.ui.fx;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs an action at most once per interval however often it is requested, and always once more
 * after the last request: for views that are expensive to redraw (charts) during an animation.
 * FX thread only.
 */
public final class Throttle {
    private final PauseTransition pause;
    private final Runnable action;
    private long lastRun = Long.MIN_VALUE / 2;
    private final long intervalNanos;

    public Throttle(Duration interval, Runnable action) {
        this.action = action;
        this.intervalNanos = (long) (interval.toMillis() * 1e6);
        this.pause = new PauseTransition(interval);
        pause.setOnFinished(e -> run());
    }

    public void request() {
        long now = System.nanoTime();
        if (now - lastRun >= intervalNanos) run();
        else if (pause.getStatus() != javafx.animation.Animation.Status.RUNNING) pause.playFromStart();
    }

    private void run() {
        lastRun = System.nanoTime();
        action.run();
    }
}
