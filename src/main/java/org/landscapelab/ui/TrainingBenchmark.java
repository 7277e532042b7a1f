package org.landscapelab.ui;

import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;
import org.landscapelab.io.ScenarioLibrary;
import org.landscapelab.nn.training.RaceSnapshot;
import org.landscapelab.nn.training.RacerRun;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.ui.network.TransformerLabModel;

/**
 * {@code --bench-ui training}: training speed in the app while the panel plots, in the
 * configuration of the rank-collapse scenario (L 24, d 32, n 16, batch 8): one optimizer (target
 * ≥ 30 steps/s), then a race of four (target ≥ 8 race-steps/s, a race-step being a step of every
 * racer). Each is measured over {@value #MEASURE_SECONDS} s after {@value #WARM_UP_SECONDS} s of
 * warm-up, from the step the panel's race snapshot reports.
 */
final class TrainingBenchmark {
    static final String MODE = "training";
    private static final double WARM_UP_SECONDS = 4;
    private static final double MEASURE_SECONDS = 10;
    private static final List<String> RIVALS = List.of("sgd lr=0.01 momentum=0.9", "rmsprop lr=0.001", "adamw lr=0.001");

    private final MainController main;
    private final TransformerLabModel transformer;

    private TrainingBenchmark(MainController main, TransformerLabModel transformer) {
        this.main = main;
        this.transformer = transformer;
    }

    static void run(MainController main, TransformerLabModel transformer) {
        TrainingBenchmark b = new TrainingBenchmark(main, transformer);
        later(2, b::openScenario);
    }

    private void openScenario() {
        ScenarioLibrary.Entry entry = ScenarioLibrary.bundled().entries().stream()
                .filter(e -> e.file().startsWith("07-")).findFirst().orElseThrow();
        main.openScenario(entry.scenario(), entry.file());
        later(2, () -> measure("one optimizer (Adam)", 30, () -> {
            for (String spec : RIVALS) transformer.addRacer().specProperty().set(OptimizerSpec.parse(spec));
            measure("a race of four (Adam, SGD with momentum, RMSprop, AdamW)", 8, Platform::exit);
        }));
    }

    /** Trains from the start for the warm-up and the measurement, prints the steps per second, resets, then {@code next}. */
    private void measure(String what, double target, Runnable next) {
        transformer.reset();
        transformer.start(); // the scenario's 500 steps outlast the warm-up and the measurement
        later(WARM_UP_SECONDS, () -> {
            long from = step();
            long t0 = System.nanoTime();
            later(MEASURE_SECONDS, () -> {
                double perSecond = (step() - from) / ((System.nanoTime() - t0) * 1e-9);
                System.out.println(String.format(Locale.ROOT, "bench-ui training: %s, L 24, d 32, n 16, batch 8, while plotting: %.1f steps/s (target ≥ %.0f)",
                        what, perSecond, target));
                transformer.reset();
                next.run();
            });
        });
    }

    /** The step every racer has reached, as the panel last polled it. */
    private long step() {
        RaceSnapshot s = transformer.raceProperty().get();
        if (s == null) return 0;
        long least = Long.MAX_VALUE;
        for (RacerRun r : s.racers()) least = Math.min(least, r.points().isEmpty() ? 0 : r.points().get(r.points().size() - 1).step());
        return least == Long.MAX_VALUE ? 0 : least;
    }

    private static void later(double seconds, Runnable action) {
        PauseTransition p = new PauseTransition(Duration.seconds(seconds));
        p.setOnFinished(e -> action.run());
        p.play();
    }
}
