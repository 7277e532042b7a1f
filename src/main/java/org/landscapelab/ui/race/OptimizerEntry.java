package org.landscapelab.ui.race;

import java.awt.Color;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.landscapelab.optim.OptimizerSpec;

/**
 * One optimizer in the race: its spec, colour and whether it runs; and what the lab says about it
 * in words on its card: why its learning rate was changed, and how its last run ended.
 */
public final class OptimizerEntry {
    private final ObjectProperty<OptimizerSpec> spec;
    private final ObjectProperty<Color> color;
    private final BooleanProperty enabled = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper rateNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper runNote = new ReadOnlyStringWrapper("");
    /** The lr {@link #rateNote} speaks of: once the lr is another, the note is no longer true. */
    private double notedLr = Double.NaN;

    public OptimizerEntry(OptimizerSpec spec, Color color) {
        this.spec = new SimpleObjectProperty<>(spec);
        this.color = new SimpleObjectProperty<>(color);
        this.spec.addListener((obs, old, s) -> {
            if (s.lr() != notedLr) setRateNote("");
        });
    }

    public ObjectProperty<OptimizerSpec> specProperty() { return spec; }

    public OptimizerSpec spec() { return spec.get(); }

    public ObjectProperty<Color> colorProperty() { return color; }

    public Color color() { return color.get(); }

    public BooleanProperty enabledProperty() { return enabled; }

    public boolean enabled() { return enabled.get(); }

    /** Legend text: the optimizer's name and the hyper-parameters that differ from its defaults. */
    public String label() {
        return spec.get().label();
    }

    /** Why the lab changed (or would change) the learning rate, e.g. "lr 0.1 → 0.0002: 0.1 diverges here, λmax ≈ 2,900 (…)"; empty if nothing to say. */
    public ReadOnlyStringProperty rateNoteProperty() { return rateNote.getReadOnlyProperty(); }

    /** Sets the note about the current lr; it clears itself when the lr changes. */
    void setRateNote(String note) {
        rateNote.set(note);
        notedLr = note.isEmpty() ? Double.NaN : spec.get().lr();
    }

    /** How this optimizer's last run ended where that is news ("diverged at step 2: …", "cannot run: …"); empty otherwise. */
    public ReadOnlyStringProperty runNoteProperty() { return runNote.getReadOnlyProperty(); }

    void setRunNote(String note) {
        runNote.set(note);
    }
}
