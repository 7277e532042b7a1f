package org.landscapelab.ui.scenario;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.landscapelab.io.Scenario;
import org.landscapelab.io.ScenarioLibrary;

/** The start page: a card per shipped scenario, Open for scenario files elsewhere, and whether to show it at start. */
public final class ScenarioBrowser extends ScrollPane {
    private static final double CARD_WIDTH = 330;
    /** Left and right padding of a card (lab.css, .scenario-card). */
    private static final double CARD_PADDING = 24;

    public ScenarioBrowser(ScenarioLibrary library, Consumer<ScenarioLibrary.Entry> open, Runnable openFile, BooleanProperty showAtStart) {
        getStyleClass().add("scenario-browser");
        setFitToWidth(true);
        Label heading = new Label("Scenarios");
        heading.getStyleClass().add("help-heading");
        Label intro = new Label("Each scenario sets up the lab for one question: the landscape or network, the optimizers and "
                + "noise, a text for the class and a question to answer before the run. Pick one, or explore freely in the "
                + "other tabs.");
        intro.setWrapText(true);
        intro.getStyleClass().add("description");
        TilePane cards = new TilePane(12, 12);
        cards.setPrefTileWidth(CARD_WIDTH);
        cards.setTileAlignment(Pos.TOP_LEFT);
        for (ScenarioLibrary.Entry e : library.entries()) cards.getChildren().add(card(e, open));
        Button fromFile = new Button("Open a scenario file…");
        fromFile.setOnAction(e -> openFile.run());
        CheckBox atStart = new CheckBox("Show this page when the lab starts");
        atStart.setId("scenariosAtStart");
        atStart.selectedProperty().bindBidirectional(showAtStart);
        // Above the cards: with more than a screenful of scenarios a footer would be below the fold.
        HBox actions = new HBox(16, fromFile, atStart);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox page = new VBox(10, heading, intro, actions, cards);
        if (!library.problems().isEmpty()) {
            Label problems = new Label("Not loaded: " + String.join("\n", library.problems()));
            problems.setWrapText(true);
            problems.getStyleClass().add("expression-problem");
            page.getChildren().add(problems);
        }
        page.setPadding(new Insets(16, 20, 20, 20));
        page.getStyleClass().add("scenario-page");
        setContent(page);
    }

    private static VBox card(ScenarioLibrary.Entry e, Consumer<ScenarioLibrary.Entry> open) {
        Scenario s = e.scenario();
        Label lab = new Label(switch (s.lab()) {
            case LANDSCAPES -> "LANDSCAPES";
            case TRANSFORMER -> "TRANSFORMER";
            case BATCH_NORM -> "BATCH NORM";
            case EXPERIMENTS -> "EXPERIMENTS";
        });
        lab.getStyleClass().add("section-title");
        Label title = new Label(s.title());
        title.setWrapText(true);
        title.getStyleClass().add("scenario-card-title");
        Label summary = new Label(s.summary());
        summary.setWrapText(true);
        summary.getStyleClass().add("description");
        // A wrapped label's height is known only for a width: give it the card's, so that tiles fit their text.
        for (Label l : new Label[] {title, summary}) {
            l.setPrefWidth(CARD_WIDTH - CARD_PADDING);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        Region gap = new Region();
        VBox.setVgrow(gap, Priority.ALWAYS);
        Button openButton = new Button("Open");
        openButton.setId("open-" + e.file().replace(".json", ""));
        openButton.setOnAction(x -> open.accept(e));
        VBox card = new VBox(6, lab, title, summary, gap, openButton);
        card.getStyleClass().add("scenario-card");
        return card;
    }
}
