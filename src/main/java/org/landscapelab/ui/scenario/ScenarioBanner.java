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
 * The open scenario, above the labs: its title and text, the question to answer before the run,
 * the button that runs it, which controls are locked (with Unlock), and Close.
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
    private final ToggleButton hideText = new ToggleButton("Hide text");

    public ScenarioBanner(Runnable onRun, Runnable onUnlock, Runnable onClose) {
        getStyleClass().add("scenario-banner");
        setSpacing(6);
        title.getStyleClass().add("scenario-title");
        text.getStyleClass().add("scenario-text");
        text.setWrapText(true);
        question.setWrapText(true);
        questionLead.getStyleClass().add("scenario-question-lead");
        questionLead.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(question, Priority.ALWAYS);
        questionRow.getStyleClass().add("scenario-question");
        questionRow.setAlignment(Pos.CENTER_LEFT);
        locked.getStyleClass().add("hint");
        run.setId("scenarioRun");
        run.setDefaultButton(false);
        run.getStyleClass().add("scenario-run");
        run.setOnAction(e -> {
            questionLead.setText("Compare with your prediction:");
            onRun.run();
        });
        unlock.setId("scenarioUnlock");
        unlock.getStyleClass().add("small-button");
        unlock.setTooltip(new Tooltip("Lets everything be changed again; the scenario stays open"));
        unlock.setOnAction(e -> {
            onUnlock.run();
            showLocks(java.util.Set.of());
        });
        Button close = new Button("Close");
        close.setId("scenarioClose");
        close.getStyleClass().add("small-button");
        close.setTooltip(new Tooltip("Closes the scenario and unlocks every control; the lab stays as it is"));
        close.setOnAction(e -> onClose.run());
        hideText.getStyleClass().add("small-button");
        hideText.setTooltip(new Tooltip("Leaves only the title and the buttons, for more room"));
        text.visibleProperty().bind(hideText.selectedProperty().not());
        text.managedProperty().bind(text.visibleProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(10, title, gap, locked, unlock, hideText, close);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox bottom = new HBox(10, questionRow, run);
        HBox.setHgrow(questionRow, Priority.ALWAYS);
        bottom.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, text, bottom);
        hide();
    }

    public void show(Scenario s) {
        title.setText(s.title());
        text.setText(s.text());
        hideText.setSelected(false);
        questionLead.setText("Predict, then run:");
        question.setText(s.question().orElse(""));
        questionRow.setVisible(s.question().isPresent());
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
        };
    }
}
