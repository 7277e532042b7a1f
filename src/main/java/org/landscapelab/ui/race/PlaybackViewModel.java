package org.landscapelab.ui.race;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The time line of a run: the current step (what the scrubber shows), playing or paused, and the
 * speed in steps per second. While playing, the view's frame timer calls {@link #advance} with the
 * time that has passed; a new run keeps the step where it was (clamped), so scrubbing and editing
 * go together.
 */
public final class PlaybackViewModel {
    /** Speeds offered, in steps per second. */
    public static final double MIN_SPEED = 1;
    public static final double MAX_SPEED = 5_000;

    private final IntegerProperty step = new SimpleIntegerProperty(0);
    private final IntegerProperty lastStep = new SimpleIntegerProperty(0);
    private final BooleanProperty playing = new SimpleBooleanProperty(false);
    private final DoubleProperty speed = new SimpleDoubleProperty(60);
    /** A step to show once the next run arrives (a session restores it before its race is computed); -1 none. */
    private int pendingStep = -1;
    /** Steps owed but not yet shown: playing at 60 steps per second moves one step about every frame. */
    private double carry;

    public PlaybackViewModel() {
        playing.addListener((obs, was, now) -> {
            if (!now) carry = 0;
        });
        lastStep.addListener((obs, old, n) -> setStep(step.get()));
    }

    public IntegerProperty stepProperty() { return step; }

    public int step() { return step.get(); }

    /** The last step of the longest run: the scrubber's end. */
    public IntegerProperty lastStepProperty() { return lastStep; }

    public BooleanProperty playingProperty() { return playing; }

    public DoubleProperty speedProperty() { return speed; }

    /** Play from here (from the start if at the end), or pause. */
    public void togglePlay() {
        if (!playing.get() && step.get() >= lastStep.get()) step.set(0);
        playing.set(!playing.get());
    }

    public void stepForward() {
        playing.set(false);
        setStep(step.get() + 1);
    }

    public void stepBack() {
        playing.set(false);
        setStep(step.get() - 1);
    }

    /** Plays from step 0. */
    public void playFromStart() {
        step.set(0);
        playing.set(true);
    }

    /** Back to step 0, paused. */
    public void reset() {
        playing.set(false);
        step.set(0);
    }

    /** Jump to the end of the run. */
    public void end() {
        playing.set(false);
        step.set(lastStep.get());
    }

    /** Shows step k as soon as the run being computed arrives. */
    public void setPendingStep(int k) {
        pendingStep = k;
        setStep(k);
    }

    /** The pending step, cleared; -1 if none. */
    public int takePendingStep() {
        int k = pendingStep;
        pendingStep = -1;
        return k;
    }

    /** Moves on by {@code seconds} of playing at the current speed; at the last step playing stops. */
    public void advance(double seconds) {
        if (!playing.get()) return;
        carry += seconds * speed.get();
        int advance = (int) carry;
        carry -= advance;
        if (advance > 0) setStep(step.get() + advance);
        if (step.get() >= lastStep.get()) playing.set(false);
    }

    public void setStep(int k) {
        step.set(Math.max(0, Math.min(lastStep.get(), k)));
    }
}
