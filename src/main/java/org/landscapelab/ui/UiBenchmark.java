package org.landscapelab.ui;

import java.util.Arrays;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.landscapelab.landscape.Point;
import org.landscapelab.noise.NoiseSpec;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.sim.StartRegion;
import org.landscapelab.ui.lab.LabViewModel;
import org.landscapelab.ui.race.RaceViewModel;

/**
 * The responsiveness benchmark ({@code java -jar landscape-lab.jar --bench-ui}, needs a display):
 * eight optimizers animating on Himmelblau with white noise while an ensemble of 2,000 particles
 * runs in the background. Measures the interval between FX pulses (what a user sees as frame
 * time) and prints its percentiles, then exits. Targets: median under 20 ms, no frame over 100 ms.
 * The measurement starts once the code paths are warm: after 3 s and after the first ensemble
 * result has been shown (its first drawing loads and compiles code once); the longest frame of the
 * warm-up is reported too.
 */
final class UiBenchmark {
    static final String FLAG = "--bench-ui";
    private static final double WARM_UP_SECONDS = 3;
    private static final double MEASURE_SECONDS = 12;

    private final LabViewModel lab;
    private final double[] intervals = new double[20_000];
    private int count;
    private long start = -1;
    private long last = -1;
    /** When the measurement starts, once warm; NaN until the first ensemble result. */
    private double measureFrom = Double.NaN;
    private double warmUpMax;

    private UiBenchmark(LabViewModel lab) {
        this.lab = lab;
    }

    /** The race both the frame and the interaction benchmarks run. */
    static final String[] EIGHT_OPTIMIZERS = {"sgd lr=0.01", "sgd lr=0.005 momentum=0.9", "sgd lr=0.005 momentum=0.9 nesterov=true",
        "adam lr=0.05", "adamw lr=0.05", "rmsprop lr=0.01", "adagrad lr=0.5", "adam lr=0.02 amsgrad=true"};

    /** The word after {@code --bench-ui} ({@code interaction}, {@code startup}, {@code minimal}); empty for the frame benchmark. */
    static String mode(java.util.List<String> arguments) {
        int i = arguments.indexOf(FLAG);
        return i >= 0 && i + 1 < arguments.size() ? arguments.get(i + 1) : "";
    }

    /** Whether {@code --bench-ui MODE} sets up a lab of its own; the start-up and layout benchmarks measure the user's. */
    static boolean setsItsOwnLab(String mode) {
        return mode != null && !StartupBenchmark.LAB.equals(mode) && !LAYOUT.equals(mode);
    }

    static void run(LabViewModel lab) {
        new UiBenchmark(lab).begin();
    }

    private void begin() {
        lab.landscape().entries().stream().filter(e -> e.landscape().id().equals("himmelblau")).findFirst()
                .ifPresent(lab.landscape().selectedProperty()::set);
        lab.race().optimizers().clear();
        String[] specs = EIGHT_OPTIMIZERS;
        for (String s : specs) lab.race().add(OptimizerSpec.parse(s));
        lab.race().noiseProperty().set(NoiseSpec.parse("white:sigma=0.2"));
        lab.race().startProperty().set(new Point(0, 0));
        lab.race().stepsProperty().set(RaceViewModel.MAX_STEPS);
        lab.gradientArrowsProperty().set(true);
        lab.updateArrowsProperty().set(true);
        lab.playback().speedProperty().set(500);
        lab.ensemble().particlesProperty().set(2_000);
        lab.ensemble().shapeProperty().set(StartRegion.Shape.BOX);
        lab.ensemble().spreadProperty().set(4);
        lab.race().raceProperty().addListener((obs, old, race) -> {
            if (race != null && race.runs().size() == specs.length && start < 0) measure();
        });
    }

    private void measure() {
        lab.playback().playingProperty().set(true);
        lab.runEnsemble();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (start < 0) start = now;
                double t = (now - start) * 1e-9;
                // Loop the animation and keep an ensemble running for the whole measurement.
                if (!lab.playback().playingProperty().get()) {
                    lab.playback().reset();
                    lab.playback().playingProperty().set(true);
                }
                if (!lab.ensemble().runningProperty().get()) lab.runEnsemble();
                if (Double.isNaN(measureFrom) && lab.ensemble().resultProperty().get() != null) {
                    measureFrom = Math.max(WARM_UP_SECONDS, t + 1);
                }
                double interval = last < 0 ? 0 : (now - last) * 1e-6;
                if (t > measureFrom) {
                    if (count < intervals.length) intervals[count++] = interval;
                } else if (t > WARM_UP_SECONDS) {
                    warmUpMax = Math.max(warmUpMax, interval);
                }
                last = now;
                if (t > measureFrom + MEASURE_SECONDS) {
                    stop();
                    report();
                    Platform.exit();
                }
            }
        }.start();
    }

    private void report() {
        double[] s = Arrays.copyOf(intervals, count);
        Arrays.sort(s);
        System.out.println(String.format(Locale.ROOT,
                "bench-ui: %d frames in %.0f s; pulse interval median %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms (targets: median < 20, max < 100)"
                        + "%nbench-ui: warm-up %.1f s (until the first ensemble result had been shown), its longest frame after %.0f s: %.1f ms",
                count, MEASURE_SECONDS, quantile(s, 0.5), quantile(s, 0.9), quantile(s, 0.99), s.length == 0 ? Double.NaN : s[s.length - 1],
                measureFrom, WARM_UP_SECONDS, warmUpMax));
    }

    /** {@code --bench-ui layout [FILE.json]}: the plot box at the window's size, instead of the frame times. */
    static final String LAYOUT = "layout";

    /**
     * Prints the landscape's plot box (the heatmap itself) with the window filling the screen, then in focus mode,
     * once the figure has stopped changing, and exits. Targets at 1280×720: 480 px on the shorter side,
     * 560 in focus mode; at 1600×1000: 700.
     */
    static void printPlotBox(javafx.stage.Stage stage, MainController main) {
        // The whole screen: run it on a 1280×720 or 1600×1000 display (xvfb-run -s "-screen 0 1280x720x24").
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        main.showLandscapeLab();
        javafx.animation.Timeline poll = new javafx.animation.Timeline();
        javafx.geometry.Rectangle2D[] last = {null};
        boolean[] focus = {false};
        poll.getKeyFrames().add(new javafx.animation.KeyFrame(javafx.util.Duration.millis(1000), e -> {
            javafx.geometry.Rectangle2D box = main.canvas().plotBox();
            boolean settled = box != null && box.equals(last[0]) && !main.busy();
            last[0] = box;
            if (!settled) return;
            System.out.println(String.format(Locale.ROOT,
                    "bench-ui layout: window %.0f×%.0f%s, canvas %.0f×%.0f, plot box %.0f×%.0f px, shorter side %.0f px",
                    stage.getWidth(), stage.getHeight(), focus[0] ? " in focus mode" : "", main.canvas().getWidth(),
                    main.canvas().getHeight(), box.getWidth(), box.getHeight(), Math.min(box.getWidth(), box.getHeight())));
            if (focus[0]) {
                poll.stop();
                Platform.exit();
            }
            focus[0] = true;
            last[0] = null;
            main.setFocusMode(true);
        }));
        poll.setCycleCount(120);
        poll.setOnFinished(e -> {
            System.out.println("bench-ui layout: the figure did not settle within two minutes");
            Platform.exit();
        });
        poll.play();
    }

    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) return Double.NaN;
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * (sorted.length - 1) + 0.5))];
    }
}
