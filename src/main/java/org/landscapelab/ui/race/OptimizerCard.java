package org.landscapelab.ui.race;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.landscapelab.optim.HyperParameter;
import org.landscapelab.optim.OptimizerCatalog;
import org.landscapelab.optim.OptimizerInfo;
import org.landscapelab.optim.OptimizerKind;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.optim.ScheduleKind;

/**
 * One optimizer of the race: colour, kind, on/off and remove in the header; every hyper-parameter
 * (and the learning-rate schedule) below, with the update rule as the tooltip; a "suggest lr"
 * action; and, in words, why the lab changed its learning rate and how its run ended.
 */
public final class OptimizerCard extends VBox {
    private final OptimizerEntry entry;
    /** Keeps a schedule parameter's editor apart from an optimizer parameter of the same name. */
    private static final String SCHEDULE_PREFIX = "schedule:";
    private final VBox parameters = new VBox(3);
    private final VBox more = new VBox(3);
    private final javafx.scene.control.Hyperlink moreLink = new javafx.scene.control.Hyperlink();
    private boolean expanded;
    /** Whether the spec is being set from this card's own editors. */
    private boolean editing;
    private final ComboBox<OptimizerKind> kind = new ComboBox<>();
    /** The editors of the optimizer's and its schedule's hyper-parameters, by name. */
    private final java.util.Map<String, HyperParameterEditor> editors = new java.util.HashMap<>();

    /** {@code remove} null: a card for a single optimizer that cannot be removed or switched off. */
    public OptimizerCard(OptimizerEntry entry, Runnable remove) {
        this(entry, remove, null);
    }

    /** {@code suggest}: the "suggest lr" action (null: none, where there is no landscape to judge a rate on). */
    public OptimizerCard(OptimizerEntry entry, Runnable remove, Runnable suggest) {
        super(4);
        this.entry = entry;
        getStyleClass().add("optimizer-card");
        ColorPicker color = new ColorPicker(fx(entry.color()));
        color.getStyleClass().add("button");
        color.getStyleClass().add("swatch");
        color.valueProperty().addListener((obs, old, c) -> entry.colorProperty().set(awt(c)));
        kind.getItems().setAll(OptimizerKind.values());
        kind.setValue(entry.spec().kind());
        kind.setCellFactory(list -> new KindCell());
        kind.setButtonCell(new KindCell());
        kind.valueProperty().addListener((obs, old, k) -> {
            if (k != null && k != entry.spec().kind()) entry.specProperty().set(OptimizerSpec.defaults(k));
        });
        CheckBox on = new CheckBox();
        on.selectedProperty().bindBidirectional(entry.enabledProperty());
        on.setTooltip(new Tooltip("Include this optimizer in the race"));
        Button close = new Button("\u2715");
        close.getStyleClass().add("flat-button");
        close.setTooltip(new Tooltip("Remove this optimizer"));
        close.setOnAction(e -> {
            if (remove != null) remove.run();
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        // Without a remove action (the network lab's single optimizer) there is nothing to switch off or remove.
        HBox header = remove == null ? new HBox(6, color, kind, grow) : new HBox(6, on, color, kind, grow, close);
        header.setAlignment(Pos.CENTER_LEFT);
        moreLink.getStyleClass().add("more-link");
        moreLink.setOnAction(e -> {
            expanded = !expanded;
            showMore();
        });
        HBox links = new HBox(6, moreLink);
        links.setAlignment(Pos.CENTER_LEFT);
        if (suggest != null) {
            javafx.scene.control.Hyperlink suggestLink = new javafx.scene.control.Hyperlink("suggest lr");
            suggestLink.setId("suggest-lr");
            suggestLink.getStyleClass().add("more-link");
            suggestLink.setTooltip(new Tooltip("Set a learning rate that is stable on this landscape from this start:"
                    + " a round rate about half the limit from the curvature, checked by a trial run"));
            suggestLink.setOnAction(e -> suggest.run());
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            links.getChildren().addAll(gap, suggestLink);
        }
        Label note = new Label();
        note.getStyleClass().add("optimizer-note");
        note.setWrapText(true);
        note.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> joinNotes(entry.rateNoteProperty().get(), entry.runNoteProperty().get()),
                entry.rateNoteProperty(), entry.runNoteProperty()));
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        getChildren().addAll(header, parameters, note, links, more);
        entry.specProperty().addListener((obs, old, spec) -> {
            // Another kind or schedule has other parameters; a value set from elsewhere (a suggested lr, a
            // session) is shown in place, which keeps a slider in the middle of a drag; the card's own edits already show.
            if (old == null || old.kind() != spec.kind() || !old.schedule().kind().equals(spec.schedule().kind())) {
                rebuild();
            } else if (!editing) {
                showValues(spec);
            }
        });
        rebuild();
    }

    /** The card's words: the lr change, then the run's end, each on a line of its own (lower case: "lr" is a symbol). */
    static String joinNotes(String rate, String run) {
        return rate.isEmpty() || run.isEmpty() ? rate + run : rate + "\n" + run;
    }

    OptimizerEntry entry() {
        return entry;
    }

    private void rebuild() {
        OptimizerSpec spec = entry.spec();
        kind.setValue(spec.kind());
        OptimizerInfo info = OptimizerCatalog.info(spec.kind());
        Tooltip rule = new Tooltip(info.displayName() + "\n" + info.updateRule()
                + spec.kind().torchClass().map(c -> "\nPyTorch: " + c).orElse("\nNot in torch.optim"));
        rule.setWrapText(true);
        rule.setMaxWidth(420);
        kind.setTooltip(rule);
        parameters.getChildren().clear();
        more.getChildren().clear();
        editors.clear();
        String torch = spec.kind().torchClass().orElse(null);
        for (HyperParameter p : info.parameters()) {
            HyperParameterEditor editor = new HyperParameterEditor(p, spec.hyperparameters().get(p.name()),
                    HyperParameterEditor.tooltip(p, info.updateRule(), torch), this::apply);
            editors.put(p.name(), editor);
            // The learning rate is always in view; the rest unfold on demand.
            (p.name().equals("lr") ? parameters : more).getChildren().add(editor);
        }
        ComboBox<ScheduleKind> schedule = new ComboBox<>();
        schedule.getItems().setAll(ScheduleKind.values());
        schedule.setValue(spec.schedule().kind());
        schedule.setTooltip(new Tooltip("Learning-rate schedule, as torch.optim.lr_scheduler (stepped after every step): "
                + spec.schedule().kind().formula()));
        schedule.valueProperty().addListener((obs, old, s) -> {
            if (s != null && s != entry.spec().schedule().kind()) apply(OptimizerSpec.SCHEDULE + "=" + s.id());
        });
        Label scheduleLabel = new Label("schedule");
        scheduleLabel.getStyleClass().add("parameter-name");
        scheduleLabel.setMinWidth(HyperParameterEditor.NAME_WIDTH);
        HBox row = new HBox(6, scheduleLabel, schedule);
        row.setAlignment(Pos.CENTER_LEFT);
        more.getChildren().add(row);
        ScheduleKind scheduleKind = spec.schedule().kind();
        for (HyperParameter p : scheduleKind.parameters()) {
            HyperParameterEditor editor = new HyperParameterEditor(p, spec.schedule().parameters().get(p.name()),
                    HyperParameterEditor.tooltip(p, scheduleKind.formula(), "torch.optim.lr_scheduler." + scheduleKind.displayName()),
                    this::apply);
            editors.put(SCHEDULE_PREFIX + p.name(), editor);
            more.getChildren().add(editor);
        }
        showMore();
    }

    /** The spec's values in the editors built for its kind and schedule. */
    private void showValues(OptimizerSpec spec) {
        spec.hyperparameters().forEach((name, value) -> {
            HyperParameterEditor e = editors.get(name);
            if (e != null) e.show(value);
        });
        spec.schedule().parameters().forEach((name, value) -> {
            HyperParameterEditor e = editors.get(SCHEDULE_PREFIX + name);
            if (e != null) e.show(value);
        });
    }

    private void showMore() {
        more.setVisible(expanded);
        more.setManaged(expanded);
        moreLink.setText(expanded ? "fewer settings \u25b4" : "all hyper-parameters and the schedule \u25be");
    }

    /** Applies "name=text"; returns the validation message if the optimizer refuses it. */
    private String apply(String assignment) {
        int eq = assignment.indexOf('=');
        editing = true;
        try {
            entry.specProperty().set(entry.spec().with(assignment.substring(0, eq), assignment.substring(eq + 1)));
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        } finally {
            editing = false;
        }
    }

    static Color fx(java.awt.Color c) {
        return Color.rgb(c.getRed(), c.getGreen(), c.getBlue(), c.getAlpha() / 255.0);
    }

    static java.awt.Color awt(Color c) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
    }

    private static final class KindCell extends javafx.scene.control.ListCell<OptimizerKind> {
        @Override
        protected void updateItem(OptimizerKind k, boolean empty) {
            super.updateItem(k, empty);
            setText(empty || k == null ? null : OptimizerCatalog.info(k).displayName());
        }
    }
}
