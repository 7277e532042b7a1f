package org.landscapelab.ui.race;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.landscapelab.optim.OptimizerCatalog;
import org.landscapelab.optim.OptimizerKind;

/** The optimizers section: one card per optimizer in the race, and a menu to add more. */
public final class OptimizerPanelController {
    private final RaceViewModel race;

    @FXML private MenuButton addButton;
    @FXML private VBox cards;
    private final ObservableBooleanValue locked;

    /** {@code locked}: a scenario keeps which optimizers race and their hyper-parameters. */
    public OptimizerPanelController(RaceViewModel race, ObservableBooleanValue locked) {
        this.race = race;
        this.locked = locked;
    }

    @FXML
    private void initialize() {
        addButton.disableProperty().bind(Bindings.or(locked, Bindings.size(race.optimizers()).greaterThanOrEqualTo(RaceViewModel.MAX_OPTIMIZERS)));
        cards.disableProperty().bind(locked);
        for (OptimizerKind k : OptimizerKind.values()) {
            MenuItem item = new MenuItem(OptimizerCatalog.info(k).displayName());
            item.setId("add-" + k.id());
            item.setOnAction(e -> race.add(k));
            addButton.getItems().add(item);
        }
        addButton.setTooltip(new Tooltip("Add an optimizer to the race (up to " + RaceViewModel.MAX_OPTIMIZERS + ")"));
        race.optimizers().addListener((ListChangeListener<OptimizerEntry>) change -> {
            boolean structural = false;
            while (change.next()) structural |= change.wasAdded() || change.wasRemoved() || change.wasPermutated();
            if (structural) rebuild();
        });
        rebuild();
    }

    private void rebuild() {
        cards.getChildren().clear();
        for (OptimizerEntry e : race.optimizers()) cards.getChildren().add(new OptimizerCard(e, () -> race.optimizers().remove(e), () -> race.suggestRate(e)));
    }
}
