package org.landscapelab.ui.network;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.landscapelab.nn.LayerProbes;
import org.landscapelab.nn.LayerReport;
import org.landscapelab.nn.training.RaceConfig;
import org.landscapelab.nn.training.TrainingSnapshot;
import org.landscapelab.render.Palette;
import org.landscapelab.ui.charts.LineChart;
import org.landscapelab.ui.race.OptimizerCard;

/** Wiring the two network panels have in common: spinners, the optimizer card, train/pause/reset, sweeps, curves. */
final class PanelControls {
    static final Color AT_INIT = new Color(0x88, 0x90, 0x9A);
    static final Color NOW = Palette.BLUE;

    /** How often the panel reads the trainer's snapshot while a run goes on. */
    static final Duration POLL = Duration.millis(100);
    /** How long the settings stay still before the preview at initialization is computed. */
    static final Duration PREVIEW_DELAY = Duration.millis(300);

    private PanelControls() {}

    static void spinner(Spinner<Integer> spinner, IntegerProperty property, int min, int max, int step, String tip) {
        spinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, property.get(), step));
        spinner.valueProperty().addListener((obs, old, v) -> {
            if (v != null) property.set(v);
        });
        property.addListener((obs, old, v) -> spinner.getValueFactory().setValue(v.intValue()));
        spinner.setTooltip(new Tooltip(tip));
    }

    static void seed(TextField field, LongProperty seed) {
        field.setText(Long.toString(seed.get()));
        field.setTooltip(new Tooltip("Initialization, data and minibatches all come from this seed"));
        Runnable commit = () -> {
            try {
                seed.set(Long.parseLong(field.getText().trim()));
                field.getStyleClass().remove("invalid");
            } catch (NumberFormatException e) {
                if (!field.getStyleClass().contains("invalid")) field.getStyleClass().add("invalid");
            }
        };
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((obs, was, f) -> {
            if (!f) commit.run();
        });
        seed.addListener((obs, old, v) -> field.setText(Long.toString(v.longValue())));
    }

    /**
     * Train / Pause / Reset and the race's optimizers (a card each, the first not removable, and a
     * button adding one up to {@link RaceConfig#MAX_RACERS}); a scenario's lock disables the settings
     * and the optimizers.
     */
    static void training(NetworkLabModel model, javafx.scene.Node settings, VBox optimizerHolder, Button start, Button pause,
                         Button reset, Label status) {
        VBox cards = new VBox(6);
        Button add = new Button("Add optimizer");
        add.setId("add-racer");
        add.setTooltip(new Tooltip("Race up to " + RaceConfig.MAX_RACERS + " optimizers on the same network: the same initialization "
                + "and the same batches in the same order"));
        add.setOnAction(e -> model.addRacer());
        add.disableProperty().bind(Bindings.size(model.racers()).greaterThanOrEqualTo(RaceConfig.MAX_RACERS));
        Runnable rebuild = () -> cards.getChildren().setAll(model.racers().stream()
                .map(r -> new OptimizerCard(r, r == model.optimizer() ? null : () -> model.removeRacer(r))).toList());
        model.racers().addListener((javafx.collections.ListChangeListener<org.landscapelab.ui.race.OptimizerEntry>) c -> rebuild.run());
        rebuild.run();
        optimizerHolder.setSpacing(6);
        optimizerHolder.getChildren().setAll(cards, add);
        settings.disableProperty().bind(model.settingsLockedProperty());
        optimizerHolder.disableProperty().bind(model.settingsLockedProperty());
        start.setOnAction(e -> model.start());
        pause.setOnAction(e -> model.pause());
        reset.setOnAction(e -> model.reset());
        model.statusProperty().addListener((obs, old, s) -> {
            start.setText(s == TrainingSnapshot.Status.PAUSED ? "Resume" : "Train");
            pause.setDisable(s != TrainingSnapshot.Status.RUNNING);
        });
        pause.setDisable(true);
        status.textProperty().bind(model.messageProperty());
        Timeline poll = new Timeline(new KeyFrame(POLL, e -> model.poll()));
        poll.setCycleCount(Animation.INDEFINITE);
        model.pollingProperty().addListener((obs, was, on) -> {
            if (on) poll.play();
            else poll.stop();
        });
    }

    /** Shows the untrained network's probes now, and again a moment after any of {@code settings} stops changing. */
    static void previewOnChange(NetworkLabModel model, List<Observable> settings) {
        PauseTransition pause = new PauseTransition(PREVIEW_DELAY);
        pause.setOnFinished(e -> model.settingsChanged());
        for (Observable o : settings) o.addListener(x -> pause.playFromStart());
        model.settingsChanged();
    }

    static void sweep(NetworkLabModel model, Button run, Button cancel, ProgressBar progress, Runnable action) {
        run.setOnAction(e -> action.run());
        cancel.setOnAction(e -> model.cancelSweep());
        run.disableProperty().bind(model.sweepingProperty());
        cancel.disableProperty().bind(model.sweepingProperty().not());
        progress.progressProperty().bind(model.sweepProgressProperty());
    }

    /** A probe per layer, at initialization (dashed, grey) and now (solid, blue). */
    static List<LineChart.Series> probeCurves(TrainingRun run, String probe) {
        List<LineChart.Series> out = new ArrayList<>();
        if (!run.atInit().isEmpty()) out.add(curve("at initialization", run.atInit(), probe, AT_INIT, true));
        TrainingSnapshot latest = run.latest();
        if (latest != null) out.add(curve("after " + latest.step() + " steps", latest.layers(), probe, NOW, false));
        return out;
    }

    private static LineChart.Series curve(String name, List<LayerReport> layers, String probe, Color color, boolean dashed) {
        double[] x = new double[layers.size()];
        double[] y = new double[layers.size()];
        for (int i = 0; i < layers.size(); i++) {
            x[i] = layers.get(i).layer();
            y[i] = layers.get(i).probes().get(probe);
        }
        return new LineChart.Series(name, x, y, color, dashed);
    }

    /** The gradient norms of the given parameters of one layer (-1: the last) over steps. */
    static List<LineChart.Series> gradientsOverSteps(TrainingRun run, List<String> parameters, int layer) {
        List<TrainingSnapshot> s = run.snapshots().stream().filter(t -> !t.layers().isEmpty()).toList();
        List<LineChart.Series> out = new ArrayList<>();
        int k = 0;
        for (String p : parameters) {
            double[] x = new double[s.size()];
            double[] y = new double[s.size()];
            for (int i = 0; i < s.size(); i++) {
                List<LayerReport> layers = s.get(i).layers();
                LayerReport r = layers.get(layer < 0 ? layers.size() - 1 : Math.min(layer, layers.size() - 1));
                x[i] = s.get(i).step();
                y[i] = r.gradNorm(p);
            }
            out.add(new LineChart.Series("|\u2207" + p + "|", x, y, Palette.onLight(Palette.color(k++)), false));
        }
        return out;
    }

    /** norms[layer][parameter] of the newest snapshot (or of initialization before training). */
    static double[][] gradientGrid(TrainingRun run, List<String> parameters) {
        TrainingSnapshot latest = run.latest();
        List<LayerReport> layers = latest != null ? latest.layers() : run.atInit();
        double[][] grid = new double[layers.size()][parameters.size()];
        for (int l = 0; l < layers.size(); l++) {
            for (int p = 0; p < parameters.size(); p++) grid[l][p] = layers.get(l).gradNorm(parameters.get(p));
        }
        return grid;
    }

    /** Sweep curves: name -> value per depth or layer (1-based). */
    static List<LineChart.Series> sweepCurves(java.util.Map<String, double[]> curves) {
        List<LineChart.Series> out = new ArrayList<>();
        int k = 0;
        for (var e : curves.entrySet()) {
            double[] y = e.getValue();
            double[] x = new double[y.length];
            for (int i = 0; i < y.length; i++) x[i] = i + 1;
            out.add(new LineChart.Series(e.getKey(), x, y, Palette.onLight(Palette.color(k++)), false));
        }
        return out;
    }

    static List<String> probeNames() {
        return LayerProbes.NAMES;
    }

    /** Scrolls to the bottom once the chart just filled is laid out, and again after the pulse that shows it. */
    static void showLast(javafx.scene.control.ScrollPane scroll) {
        scroll.applyCss();
        scroll.layout();
        scroll.setVvalue(scroll.getVmax());
        javafx.application.Platform.runLater(() -> scroll.setVvalue(scroll.getVmax()));
    }
}
