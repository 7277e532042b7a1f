package org.landscapelab.ui.slice;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.landscapelab.nn.slice.SliceGrid;
import org.landscapelab.nn.training.NetworkSettings;

/**
 * "Landscape from the network…": asks for the directions, the grid K, the range R and the seed,
 * says how long the grid will take, then computes the slice (progress and Cancel in the same
 * window) and closes when the slice opens. The centre is the network at initialization or at the
 * current training step; that step, and trajectory PCA, are offered only after a training run, and
 * say why not otherwise.
 */
public final class SliceDialog {
    private static final String WHOLE_SET = "the whole training set";
    private static final String ONE_BATCH = "its first batch";
    private static final String AT_INIT = "at initialization";
    private final SliceRequest.Centre current;
    private final ComboBox<String> centre = new ComboBox<>();
    private final Stage stage = new Stage();
    private final SliceViewModel model;
    private final NetworkSettings settings;
    private final long networkSeed;
    private final List<double[]> trajectory;
    private final int threads;
    private final ComboBox<SliceRequest.Directions> directions = new ComboBox<>();
    private final ComboBox<String> over = new ComboBox<>();
    private final TextField size = new TextField(String.valueOf(SliceRequest.DEFAULT_SIZE));
    private final TextField range = new TextField("1");
    private final TextField seed = new TextField("1");
    private final Label time = new Label("measuring the time of one point…");
    private final Label problem = new Label();
    private final Button compute = new Button("Compute");
    private final Button cancel = new Button("Cancel");
    /** The time of one point, once measured; null before. */
    private NetworkSliceBuilder.PointTime pointTime;

    private SliceDialog(Window owner, SliceViewModel model, String networkName, NetworkSettings settings, long networkSeed,
                        List<double[]> trajectory, SliceRequest.Centre current, int threads, Executor background) {
        this.model = model;
        this.current = current;
        this.settings = settings;
        this.networkSeed = networkSeed;
        this.trajectory = List.copyOf(trajectory);
        this.threads = threads;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Landscape from the " + networkName.toLowerCase(java.util.Locale.ROOT));
        String missing = SliceRequest.trajectoryMissing(this.trajectory);
        directions.getItems().setAll(SliceRequest.Directions.values());
        directions.setValue(SliceRequest.Directions.RANDOM);
        directions.setCellFactory(list -> new UnavailableCell<>(SliceRequest.Directions.TRAJECTORY.ordinal(), missing));
        Label network = new Label("The " + networkName.toLowerCase(java.util.Locale.ROOT) + " as its panel's settings give it, seed "
                + networkSeed + ", centred as chosen below; its loss on the examples chosen below.");
        String noRun = current.atInitialization() ? "needs a training run: train the network first" : "";
        centre.getItems().setAll(AT_INIT, current.atInitialization() ? "at the current training step" : "at the current training step ("
                + current.words().replace("at training ", "") + ")");
        centre.setValue(AT_INIT);
        centre.setCellFactory(list -> new UnavailableCell<>(1, noRun));
        centre.setMaxWidth(Double.MAX_VALUE);
        network.setWrapText(true);
        Label step = new Label(noRun.isEmpty() ? "" : "The current training step " + noRun + ".");
        step.setWrapText(true);
        step.getStyleClass().add("slice-note");
        Label pca = new Label(missing.isEmpty() ? "" : "Trajectory PCA " + missing + ".");
        // Notes with nothing to say take no room.
        step.setManaged(!noRun.isEmpty());
        pca.setManaged(!missing.isEmpty());
        pca.setWrapText(true);
        pca.getStyleClass().add("slice-note");
        Label hessian = new Label("The slice's gradient is exact (backpropagation); its 2×2 Hessian is by finite differences of exact gradients.");
        hessian.setWrapText(true);
        hessian.getStyleClass().add("slice-note");
        problem.getStyleClass().add("expression-problem");
        problem.setWrapText(true);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        int r = 0;
        over.getItems().setAll(WHOLE_SET, ONE_BATCH);
        over.setValue(WHOLE_SET);
        g.addRow(r++, new Label("Centre"), centre);
        g.addRow(r++, new Label("Directions"), directions);
        g.addRow(r++, new Label("Loss over"), over);
        g.addRow(r++, new Label("Grid K"), size);
        g.addRow(r++, new Label(""), time);
        g.addRow(r++, new Label("Range R"), range);
        g.addRow(r++, new Label("Seed"), seed);
        Label plane = new Label("α and β run over [−R, R] on K × K points; the seed draws the random directions or the Lanczos start.");
        plane.setWrapText(true);
        plane.getStyleClass().add("slice-note");
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        g.getColumnConstraints().setAll(labels, fields);
        directions.setMaxWidth(Double.MAX_VALUE);
        over.setMaxWidth(Double.MAX_VALUE);
        time.setWrapText(true);
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.runningProperty());
        Label status = new Label();
        status.textProperty().bind(model.messageProperty());
        status.setWrapText(true);
        compute.setDefaultButton(true);
        compute.disableProperty().bind(model.runningProperty());
        compute.setOnAction(e -> start());
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            if (model.runningProperty().get()) model.cancel();
            else stage.close();
        });
        cancel.textProperty().bind(javafx.beans.binding.Bindings.when(model.runningProperty()).then("Cancel").otherwise("Close"));
        for (javafx.scene.Node n : List.of(centre, directions, over, size, range, seed)) n.disableProperty().bind(model.runningProperty());
        HBox buttons = new HBox(8, compute, cancel);
        VBox box = new VBox(10, network, g, plane, step, pca, hessian, problem, bar, status, buttons);
        box.setPadding(new Insets(16));
        box.setPrefWidth(520);
        stage.setScene(new Scene(box));
        if (owner != null && owner.getScene() != null) stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setOnCloseRequest(e -> model.cancel());
        size.textProperty().addListener((obs, old, text) -> showTime());
        directions.valueProperty().addListener((obs, old, d) -> showTime());
        over.valueProperty().addListener((obs, old, d) -> showTime());
        // The slice opened: the dialog has done its work.
        model.runningProperty().addListener((obs, was, running) -> {
            if (!running && model.messageProperty().get().startsWith("Opened")) stage.close();
        });
        background.execute(() -> {
            try {
                NetworkSliceBuilder.PointTime t = NetworkSliceBuilder.secondsPerPoint(settings, networkSeed);
                Platform.runLater(() -> {
                    pointTime = t;
                    over.getItems().setAll(WHOLE_SET + " (" + t.examples() + " examples)", ONE_BATCH + " (" + t.batch() + " examples)");
                    over.getSelectionModel().select(0);
                    showTime();
                });
            } catch (RuntimeException ex) {
                Platform.runLater(() -> time.setText("this network cannot be sliced: " + ex.getMessage()));
            }
        });
    }

    /**
     * Shows the dialog for a network panel's settings and seed; {@code trajectory} holds the
     * parameter vectors of a training run (empty before one), {@code current} its current step
     * ({@link SliceRequest.Centre#INITIALIZATION} before one: the centre is then the initialization only).
     */
    public static SliceDialog show(Window owner, SliceViewModel model, String networkName, NetworkSettings settings, long networkSeed,
                                   List<double[]> trajectory, SliceRequest.Centre current, int threads, Executor background) {
        SliceDialog d = new SliceDialog(owner, model, networkName, settings, networkSeed, trajectory, current, threads, background);
        d.stage.show();
        return d;
    }

    Stage stage() {
        return stage;
    }

    private void showTime() {
        if (pointTime == null) return;
        try {
            int k = Integer.parseInt(size.getText().strip());
            SliceGrid.checkSize(k);
            time.setText(NetworkSliceBuilder.estimate(pointTime.seconds(oneBatch()), k, threads, directions.getValue()));
        } catch (IllegalArgumentException e) {
            time.setText("");
        }
    }

    private void start() {
        SliceRequest r;
        try {
            SliceRequest.Directions d = directions.getValue();
            if (d == SliceRequest.Directions.TRAJECTORY && !SliceRequest.trajectoryMissing(trajectory).isEmpty()) {
                throw new IllegalArgumentException("Trajectory PCA " + SliceRequest.trajectoryMissing(trajectory));
            }
            boolean atStep = centre.getSelectionModel().getSelectedIndex() == 1;
            if (atStep && current.atInitialization()) throw new IllegalArgumentException("The current training step needs a training run");
            r = new SliceRequest(settings, networkSeed, d, whole(size, "grid K"), number(range, "range R"), whole(seed, "seed"), trajectory,
                    oneBatch(), atStep ? current : SliceRequest.Centre.INITIALIZATION);
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
            return;
        }
        problem.setText("");
        model.compute(r);
    }

    private boolean oneBatch() {
        return over.getSelectionModel().getSelectedIndex() == 1;
    }

    private static int whole(TextField f, String name) {
        try {
            return Integer.parseInt(f.getText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + f.getText() + "'");
        }
    }

    private static double number(TextField f, String name) {
        try {
            return Double.parseDouble(f.getText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, got '" + f.getText() + "'");
        }
    }

    /** A choice's words; the one at {@code index} greyed out with the reason when {@code missing} says why it cannot be chosen. */
    private static final class UnavailableCell<T> extends ListCell<T> {
        private final int index;
        private final String missing;

        UnavailableCell(int index, String missing) {
            this.index = index;
            this.missing = missing;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            boolean unavailable = !empty && getIndex() == index && !missing.isEmpty();
            setText(empty || item == null ? null : unavailable ? item + " (" + missing + ")" : item.toString());
            setDisable(unavailable);
        }
    }
}
