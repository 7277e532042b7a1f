package org.landscapelab.ui.experiments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.landscapelab.experiments.ExperimentTable;
import org.landscapelab.io.ExperimentSetup;
import org.landscapelab.render.ExperimentChart;
import org.landscapelab.ui.charts.ExperimentChartView;

/** The Experiments tab: the settings on the left, the chart first and the table of numbers under it. */
public final class ExperimentsPanelController {
    private static final Map<String, String> ABOUT = Map.of(
            "widening-valley", "Orvieto et al. 2022: on L = ½·v²·‖u‖² Anti-PGD drifts to flat minima (small Hessian trace), "
                    + "PGD to sharp ones, GD stays put.",
            "fpgd-escape", "Lucchi et al. 2022: fractional PGD escapes a strict saddle; the mean escape step against the Hurst index H, "
                    + "one line per dimension d (list several: 1,10).",
            "bn-decoupling", "Kohler et al. 2019: batch norm splits the weights into a length g and a direction u; GD on w = g·u/‖u‖ "
                    + "against GD on w, from the same start.");

    private final ExperimentsViewModel model;
    private final ExperimentChartView chart = new ExperimentChartView();
    @FXML private ComboBox<String> picker;
    @FXML private Label about;
    @FXML private GridPane settings;
    @FXML private Button runButton;
    @FXML private Button cancelButton;
    @FXML private Button defaultsButton;
    @FXML private ProgressBar progress;
    @FXML private Label message;
    @FXML private VBox results;
    @FXML private TableView<List<String>> numbers;

    public ExperimentsPanelController(ExperimentsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        picker.getItems().setAll(ExperimentSetup.DEFAULTS.keySet());
        picker.setOnAction(e -> {
            if (picker.getValue() != null && !picker.getValue().equals(model.setupProperty().get().name())) model.select(picker.getValue());
        });
        VBox.setVgrow(chart.viewer(), Priority.ALWAYS);
        results.getChildren().add(0, chart.viewer());
        runButton.disableProperty().bind(model.runningProperty());
        cancelButton.disableProperty().bind(model.runningProperty().not());
        defaultsButton.disableProperty().bind(model.runningProperty());
        progress.progressProperty().bind(model.progressProperty());
        message.textProperty().bind(model.messageProperty());
        model.setupProperty().addListener((obs, old, s) -> showSetup(s, old));
        model.resultProperty().addListener((obs, old, r) -> showResult());
        model.answersHiddenProperty().addListener((obs, old, hidden) -> showResult());
        showSetup(model.setupProperty().get(), null);
        showResult();
    }

    @FXML
    private void run() {
        model.run();
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    @FXML
    private void useDefaults() {
        model.useCommandLineDefaults();
    }

    /** A text field per setting; rebuilt when the experiment changes, else only their texts follow. */
    private void showSetup(ExperimentSetup s, ExperimentSetup old) {
        picker.setValue(s.name());
        about.setText(ABOUT.getOrDefault(s.name(), ""));
        if (old != null && old.name().equals(s.name())) {
            for (var node : settings.getChildren()) {
                if (node instanceof TextField f && !f.isFocused()) f.setText(s.settings().get((String) f.getUserData()));
            }
            return;
        }
        settings.getChildren().clear();
        int row = 0;
        for (Map.Entry<String, String> e : s.settings().entrySet()) {
            TextField field = new TextField(e.getValue());
            field.setUserData(e.getKey());
            field.setPromptText(e.getKey().startsWith("lr-") ? "= lr" : "");
            Runnable commit = () -> {
                if (!model.set(e.getKey(), field.getText())) field.setText(model.setupProperty().get().settings().get(e.getKey()));
            };
            field.setOnAction(x -> commit.run());
            field.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused) commit.run();
            });
            field.disableProperty().bind(model.runningProperty());
            settings.addRow(row++, new Label(e.getKey()), field);
        }
    }

    private void showResult() {
        List<ExperimentTable> tables = model.resultProperty().get();
        boolean hidden = model.answersHiddenProperty().get();
        if (tables.isEmpty() || hidden) {
            chart.show(null, hidden ? "Make your prediction, then press Run" : "Press Run to see the chart");
            numbers.getColumns().clear();
            numbers.getItems().clear();
            return;
        }
        chart.show(ExperimentChart.of(tables), "");
        List<String> header = ExperimentRows.header(tables.get(0));
        numbers.getColumns().clear();
        for (int c = 0; c < header.size(); c++) {
            int column = c;
            TableColumn<List<String>, String> col = new TableColumn<>(header.get(c));
            col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().get(column)));
            col.setSortable(false);
            numbers.getColumns().add(col);
        }
        List<List<String>> rows = new ArrayList<>();
        for (ExperimentTable t : tables) rows.addAll(ExperimentRows.rows(t));
        numbers.getItems().setAll(rows);
    }

    /** For the window test. */
    ExperimentChartView chartView() {
        return chart;
    }
}
