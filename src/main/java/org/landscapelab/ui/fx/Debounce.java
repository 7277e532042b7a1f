package org.landscapelab.ui.fx;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs an action once requests have stopped for an interval: for views too expensive to redraw at
 * every step of a drag (the run charts, tens of milliseconds each), so that the drag itself redraws
 * only what follows the cursor and they catch up when it rests. FX thread only.
 */
public final class Debounce {
    private final PauseTransition pause;

    public Debounce(Duration quiet, Runnable action) {
        this.pause = new PauseTransition(quiet);
        pause.setOnFinished(e -> action.run());
    }

    /** (Re)starts the wait: the action runs {@code quiet} after the last request. */
    public void request() {
        pause.playFromStart();
    }
}
