package org.landscapelab.ui.lab;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Controls a scenario locks so that a class works on the question asked: the panels bind their
 * controls' disable state to these. Opening another file or pressing Unlock clears them.
 */
public final class Locks {
    private final BooleanProperty landscape = new SimpleBooleanProperty();
    private final BooleanProperty optimizers = new SimpleBooleanProperty();
    private final BooleanProperty noise = new SimpleBooleanProperty();
    private final BooleanProperty start = new SimpleBooleanProperty();

    /** The landscape picker, its expression and its parameter sliders. */
    public BooleanProperty landscapeProperty() { return landscape; }

    /** The optimizer cards: which optimizers race and their hyper-parameters. */
    public BooleanProperty optimizersProperty() { return optimizers; }

    /** The noise process, its parameters and where it enters. */
    public BooleanProperty noiseProperty() { return noise; }

    /** The start point: its fields, clicks on the landscape and the ensemble panel's saddle picker. */
    public BooleanProperty startProperty() { return start; }

    public BooleanBinding anyProperty() {
        return landscape.or(optimizers).or(noise).or(start);
    }

    public void clear() {
        landscape.set(false);
        optimizers.set(false);
        noise.set(false);
        start.set(false);
    }
}
