package org.landscapelab.ui.race;

import java.awt.Color;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.landscapelab.optim.OptimizerSpec;

/** One optimizer in the race: its spec, colour and whether it runs. */
public final class OptimizerEntry {
    private final ObjectProperty<OptimizerSpec> spec;
    private final ObjectProperty<Color> color;
    private final BooleanProperty enabled = new SimpleBooleanProperty(true);

    public OptimizerEntry(OptimizerSpec spec, Color color) {
        this.spec = new SimpleObjectProperty<>(spec);
        this.color = new SimpleObjectProperty<>(color);
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
}
