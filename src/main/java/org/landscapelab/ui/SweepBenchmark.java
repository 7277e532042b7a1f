package org.landscapelab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.util.Duration;
import org.landscapelab.io.ScenarioLibrary;
import org.landscapelab.ui.lab.LabViewModel;
import org.landscapelab.ui.network.TransformerLabModel;
import org.landscapelab.ui.scenario.ScenarioViewModel;

/**
 * {@code --bench-ui sweeps}: the in-app time of the sweeps that scenarios 05 (escape time over the
 * Hurst index) and 07 (the transformer depth sweep) run, from their Run to the result on the FX
 * thread, as a class uses them: the scenario opened, Run pressed a second later. Compare with
 * {@code time java -jar landscape-lab.jar scenario NAME} (target: the app at most 1.5× that).
 */
final class SweepBenchmark {
    static final String MODE = "sweeps";
    private static final String[] SCENARIOS = {"05-hurst-index-and-escape-time", "07-rank-collapse-and-residual-scaling"};

    private final MainController main;
    private final ScenarioViewModel scenarios;
    private final LabViewModel lab;
    private final TransformerLabModel transformer;
    private final List<String> lines = new ArrayList<>();

    private SweepBenchmark(MainController main, ScenarioViewModel scenarios, LabViewModel lab, TransformerLabModel transformer) {
        this.main = main;
        this.scenarios = scenarios;
        this.lab = lab;
        this.transformer = transformer;
    }

    static void run(MainController main, ScenarioViewModel scenarios, LabViewModel lab, TransformerLabModel transformer) {
        SweepBenchmark b = new SweepBenchmark(main, scenarios, lab, transformer);
        b.later(3, b.new SweepBenchmarkStep(0));
    }

    /** Opens scenario k, presses Run a second later and times it until its sweep is done; then the next. */
    private final class SweepBenchmarkStep implements Runnable {
        private final int k;

        SweepBenchmarkStep(int k) {
            this.k = k;
        }

        @Override
        public void run() {
            if (k == SCENARIOS.length) {
                lines.forEach(System.out::println);
                Platform.exit();
                return;
            }
            ScenarioLibrary.Entry entry = ScenarioLibrary.bundled().entries().stream()
                    .filter(e -> e.file().startsWith(SCENARIOS[k])).findFirst().orElseThrow();
            main.openScenario(entry.scenario(), entry.file());
            later(1, () -> {
                ObservableBooleanValue busy = k == 0 ? lab.ensemble().runningProperty() : transformer.sweepingProperty();
                long t0 = System.nanoTime();
                scenarios.run();
                busy.addListener(new javafx.beans.value.ChangeListener<Boolean>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                        if (now) return;
                        busy.removeListener(this);
                        lines.add(String.format(Locale.ROOT, "bench-ui sweeps: %s: Run to result in the app %.2f s", SCENARIOS[k],
                                (System.nanoTime() - t0) * 1e-9));
                        later(1, new SweepBenchmarkStep(k + 1));
                    }
                });
            });
        }
    }

    private void later(double seconds, Runnable action) {
        PauseTransition p = new PauseTransition(Duration.seconds(seconds));
        p.setOnFinished(e -> action.run());
        p.play();
    }
}
