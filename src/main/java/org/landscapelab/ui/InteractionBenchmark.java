package org.landscapelab.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.landscapelab.landscape.Point;
import org.landscapelab.noise.NoiseSpec;
import org.landscapelab.optim.HyperValue;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.ui.lab.LabViewModel;
import org.landscapelab.ui.race.ColoredRace;
import org.landscapelab.ui.race.OptimizerEntry;

/**
 * {@code --bench-ui interaction}: how soon a drag shows. Eight optimizers × 2,000 steps on
 * Himmelblau; a synthesized drag of the start point, then of the first optimizer's lr slider, one
 * input event every 1/60 s through the calls a mouse drag makes ({@code LabViewModel.setStart}, the
 * entry's spec). Latency of an event: from when it was due to the first pulse that shows paths of
 * that event or a later one (a superseded event is answered by the newer paths). Prints median, p95
 * and max; targets median < 50 ms, p95 < 100 ms.
 */
final class InteractionBenchmark {
    static final String MODE = "interaction";
    private static final int STEPS = 2_000;
    private static final int EVENTS_PER_DRAG = 180;
    private static final double EVENT_INTERVAL_MS = 1000.0 / 60;
    private static final double SETTLE_SECONDS = 5;

    private final LabViewModel lab;
    private final Scene scene;
    /** The input events fired so far: when each was due and how to recognize a race that answers it. */
    private final List<Event> events = new ArrayList<>();
    private final List<Double> latencies = new ArrayList<>();
    /** Of each answered event's latency: until its paths were drawn on the canvas (computed and handed over). */
    private final List<Double> drawnAfter = new ArrayList<>();
    private final List<Double> frames = new ArrayList<>();
    /** Index of the newest event whose paths have been handed to the canvas but not shown yet; -1 if none. */
    private int drawnUpTo = -1;
    private int answered;
    private long lastPulse = -1;
    private boolean ready;

    private record Event(long dueNanos, Predicate<ColoredRace> answeredBy) {}

    private InteractionBenchmark(LabViewModel lab, Scene scene) {
        this.lab = lab;
        this.scene = scene;
    }

    static void run(LabViewModel lab, Scene scene) {
        new InteractionBenchmark(lab, scene).begin();
    }

    private void begin() {
        lab.landscape().entries().stream().filter(e -> e.landscape().id().equals("himmelblau")).findFirst()
                .ifPresent(lab.landscape().selectedProperty()::set);
        lab.race().optimizers().clear();
        for (String s : UiBenchmark.EIGHT_OPTIMIZERS) lab.race().add(OptimizerSpec.parse(s));
        lab.race().noiseProperty().set(NoiseSpec.NONE);
        lab.race().startProperty().set(new Point(0, 0));
        lab.race().stepsProperty().set(STEPS);
        lab.race().raceProperty().addListener((obs, old, race) -> {
            if (race == null) return;
            if (race.runs().size() == UiBenchmark.EIGHT_OPTIMIZERS.length) ready = true;
            for (int i = events.size() - 1; i > drawnUpTo; i--) {
                if (events.get(i).answeredBy().test(race)) {
                    // The canvas drew in the listeners before this one; what is left is the wait for the pulse.
                    long now = System.nanoTime();
                    for (int j = drawnUpTo + 1; j <= i; j++) drawnAfter.add((now - events.get(j).dueNanos()) * 1e-6);
                    drawnUpTo = i;
                    break;
                }
            }
        });
        // The canvas draws in the race's listeners; what it drew reaches the screen with the next pulse.
        scene.addPostLayoutPulseListener(this::pulse);
        new AnimationTimer() {
            private long t0 = -1;

            @Override
            public void handle(long now) {
                // The drag starts once the eight-optimizer race has shown and the start-up work has settled.
                if (t0 < 0 && ready) t0 = now + (long) (SETTLE_SECONDS * 1e9);
                if (t0 < 0) return;
                if (now < t0) return;
                // Fire every event that is due, stamped with when it was due: a busy FX thread delays input too.
                while (events.size() < 2 * EVENTS_PER_DRAG && t0 + (long) (events.size() * EVENT_INTERVAL_MS * 1e6) <= now) {
                    fire(events.size(), t0 + (long) (events.size() * EVENT_INTERVAL_MS * 1e6));
                }
                if (answered == 2 * EVENTS_PER_DRAG || now - t0 > (long) ((2 * EVENTS_PER_DRAG * EVENT_INTERVAL_MS + 10_000) * 1e6)) {
                    stop();
                    report();
                    Platform.exit();
                }
            }
        }.start();
    }

    /** Event k: the start moves along a circle about Himmelblau's centre, then the first lr slides over a decade. */
    private void fire(int k, long due) {
        if (k < EVENTS_PER_DRAG) {
            double a = 2 * Math.PI * k / EVENTS_PER_DRAG;
            Point p = new Point(2.5 * Math.cos(a), 2.5 * Math.sin(a));
            events.add(new Event(due, r -> r.start().equals(p)));
            lab.setStart(p);
        } else {
            OptimizerEntry first = lab.race().optimizers().get(0);
            double lr = 0.002 * Math.pow(10, (k - EVENTS_PER_DRAG) / (double) EVENTS_PER_DRAG);
            events.add(new Event(due, r -> r.runs().get(0).spec().optimizer().lr() == lr));
            first.specProperty().set(first.spec().with("lr", HyperValue.of(lr)));
        }
    }

    private void pulse() {
        long now = System.nanoTime();
        if (lastPulse >= 0 && !events.isEmpty()) frames.add((now - lastPulse) * 1e-6);
        lastPulse = now;
        while (answered <= drawnUpTo) latencies.add((now - events.get(answered++).dueNanos()) * 1e-6);
    }

    private void report() {
        double[] s = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] f = frames.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int half = Math.min(EVENTS_PER_DRAG, latencies.size());
        double[] start = latencies.subList(0, half).stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] slider = latencies.subList(half, latencies.size()).stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] d = drawnAfter.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.println(String.format(Locale.ROOT,
                "bench-ui interaction: %d of %d drag events (8 optimizers × %d steps, start point then lr slider at 60 Hz) shown; "
                        + "event to paths on screen: median %.1f ms, p95 %.1f ms, max %.1f ms (targets: median < 50, p95 < 100)"
                        + "%nbench-ui interaction: of which event to paths drawn on the canvas (computed, handed to the FX thread, drawn) median %.1f ms, p95 %.1f ms"
                        + "%nbench-ui interaction: start-point drag median %.1f ms, p95 %.1f ms; lr slider median %.1f ms, p95 %.1f ms"
                + "%nbench-ui interaction: pulse interval while dragging median %.1f ms, max %.1f ms",
                s.length, events.size(), STEPS, UiBenchmark.quantile(s, 0.5), UiBenchmark.quantile(s, 0.95),
                s.length == 0 ? Double.NaN : s[s.length - 1], UiBenchmark.quantile(d, 0.5), UiBenchmark.quantile(d, 0.95),
                UiBenchmark.quantile(start, 0.5), UiBenchmark.quantile(start, 0.95), UiBenchmark.quantile(slider, 0.5),
                UiBenchmark.quantile(slider, 0.95), UiBenchmark.quantile(f, 0.5), f.length == 0 ? Double.NaN : f[f.length - 1]));
    }
}
