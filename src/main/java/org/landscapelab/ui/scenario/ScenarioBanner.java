package org.landscapelab.ui.scenario;

import java.util.Locale;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.landscapelab.io.Scenario;

/**
 * The open scenario, above the labs, on one line so the figure keeps the room: its title, the
 * question to answer before the run, the button that runs it, Unlock and Close; "Show text" unfolds
 * the scenario's text and which controls are locked.
 */
public final class ScenarioBanner extends VBox {
    private final Label title = new Label();
    private final Label text = new Label();
    private final Label questionLead = new Label();
    private final Label question = new Label();
    private final HBox questionRow = new HBox(8, questionLead, question);
    private final Button run = new Button();
    private final Label locked = new Label();
    private final Button unlock = new Button("Unlock");
    private final ToggleButton showText = new ToggleButton();

    public ScenarioBanner(Runnable onRun, Runnable onUnlock, Runnable onClose) {
        getStyleClass().add("scenario-banner");
        setSpacing(6);
        title.getStyleClass().add("scenario-title");
        title.setMinWidth(200);
        text.getStyleClass().add("scenario-text");
        text.setWrapText(true);
        // Folded, the question is one line (all of it in the tooltip); unfolded, it wraps.
        question.wrapTextProperty().bind(showText.selectedProperty());
        question.setMinWidth(0);
        questionLead.getStyleClass().add("scenario-question-lead");
        questionLead.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(question, Priority.ALWAYS);
        questionRow.getStyleClass().add("scenario-question");
        questionRow.setAlignment(Pos.CENTER_LEFT);
        questionRow.setMinWidth(0);
        locked.getStyleClass().add("hint");
        run.setId("scenarioRun");
        run.setDefaultButton(false);
        run.getStyleClass().add("scenario-run");
        run.setMinWidth(Region.USE_PREF_SIZE);
        run.setOnAction(e -> {
            questionLead.setText("Compare with your prediction:");
            onRun.run();
        });
        unlock.setId("scenarioUnlock");
        unlock.getStyleClass().add("small-button");
        unlock.setMinWidth(Region.USE_PREF_SIZE);
        unlock.setOnAction(e -> {
            onUnlock.run();
            showLocks(java.util.Set.of());
        });
        Button close = new Button("Close");
        close.setId("scenarioClose");
        close.getStyleClass().add("small-button");
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setTooltip(new Tooltip("Closes the scenario and unlocks every control; the lab stays as it is"));
        close.setOnAction(e -> onClose.run());
        showText.setId("scenarioShowText");
        showText.getStyleClass().add("small-button");
        showText.setMinWidth(Region.USE_PREF_SIZE);
        showText.setTooltip(new Tooltip("Unfolds the scenario's text; folded, the figure has more room"));
        showText.textProperty().bind(javafx.beans.binding.Bindings.when(showText.selectedProperty()).then("Hide text").otherwise("Show text"));
        VBox details = new VBox(4, text, locked);
        details.visibleProperty().bind(showText.selectedProperty());
        details.managedProperty().bind(details.visibleProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.SOMETIMES);
        HBox.setHgrow(questionRow, Priority.ALWAYS);
        HBox line = new HBox(10, title, questionRow, gap, run, showText, unlock, close);
        line.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(line, details);
        hide();
    }

    /** Whether the scenario's text is unfolded; the window remembers it. */
    public javafx.beans.property.BooleanProperty textShownProperty() {
        return showText.selectedProperty();
    }

    public void show(Scenario s) {
        title.setText(s.title());
        title.setTooltip(new Tooltip(s.title()));
        text.setText(s.text());
        questionLead.setText("Predict, then run:");
        question.setText(s.question().orElse(""));
        question.setTooltip(s.question().map(Tooltip::new).orElse(null));
        questionRow.setVisible(s.question().isPresent());
        questionRow.setManaged(s.question().isPresent());
        run.setText(runLabel(s.action()));
        showLocks(s.locked());
        setVisible(true);
        setManaged(true);
        // The Run button, not Unlock, is what a key press should reach first.
        javafx.application.Platform.runLater(run::requestFocus);
    }

    /** As a click on Run: for the keyboard (Ctrl+R). */
    public void run() {
        if (isVisible()) run.fire();
    }

    public void hide() {
        setVisible(false);
        setManaged(false);
    }

    private void showLocks(java.util.Set<Scenario.Lock> locks) {
        locked.setText(locks.isEmpty() ? "" : "Locked: " + locks.stream().sorted()
                .map(l -> l.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        unlock.setTooltip(new Tooltip((locks.isEmpty() ? "" : locked.getText() + ". ") + "Unlock lets everything be changed again; the scenario stays open"));
        unlock.setVisible(!locks.isEmpty());
        unlock.setManaged(!locks.isEmpty());
    }

    private static String runLabel(Scenario.Action action) {
        return switch (action) {
            case PLAY -> "Run the race";
            case ENSEMBLE -> "Run the ensemble";
            case SWEEP -> "Run the sweep";
            case TRAIN -> "Train";
            case DEPTH_SWEEP -> "Run the depth sweep";
            case RANK_SWEEP -> "Run the rank sweep";
            case RUN -> "Run the experiment";
        };
    }
}
