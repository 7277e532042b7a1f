package org.landscapelab.ui;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * {@code --bench-ui startup} and {@code --bench-ui minimal}: how late the window shows content,
 * measured from the JVM's start (so the launcher, JavaFX's start-up and the lab's own set-up all
 * count) to the first pulse after the window was shown, the lab against a minimal window (a menu bar
 * and a few labels) started the same way. The lab then runs on until 30 s after the JVM started and
 * reports its longest frame (target: none over 250 ms) and when the landscape's figure was first ready.
 */
final class StartupBenchmark {
    static final String LAB = "startup";
    static final String MINIMAL = "minimal";
    private static final double WATCH_SECONDS = 30;
    private static final double LONG_FRAME_MS = 250;

    private final String what;
    private double firstContent = Double.NaN;
    private double labShown = Double.NaN;
    private double longestFrame;
    private int longFrames;
    /** When each long frame ended (s since the JVM started) and how long it was (ms), to find what it did. */
    private final java.util.List<String> longFrameTimes = new java.util.ArrayList<>();

    private StartupBenchmark(String what) {
        this.what = what;
    }

    /** Seconds since the JVM started. */
    private static double sinceJvmStart() {
        return (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) * 1e-3;
    }

    /** Call just before {@code stage.show()} with the scene the window opens on; {@code windowScene} later becomes the lab's. */
    static void lab(Scene opening, ObservableValue<Scene> windowScene) {
        StartupBenchmark b = new StartupBenchmark("lab");
        windowScene.addListener((obs, old, scene) -> {
            if (scene == null || scene == opening) return;
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    if (Double.isNaN(b.labShown)) b.labShown = sinceJvmStart();
                    scene.removePostLayoutPulseListener(this);
                }
            });
        });
        b.watch(opening, WATCH_SECONDS);
    }

    /** The comparison: a window with a menu bar and a few labels, shown the way the lab is. */
    static void minimal(Stage stage) {
        VBox root = new VBox(new MenuBar(new Menu("File"), new Menu("View"), new Menu("Help")),
                new Label("Landscape Lab"), new Label("a minimal window"), new Label("for comparison"));
        Scene scene = new Scene(root, 1280, 720);
        stage.setTitle("Landscape Lab (minimal)");
        stage.setScene(scene);
        new StartupBenchmark("minimal window").watch(scene, 0);
        stage.show();
    }

    /** Records the first pulse, then every frame until {@code seconds} after the JVM started. */
    private void watch(Scene scene, double seconds) {
        Runnable first = new Runnable() {
            @Override
            public void run() {
                if (!Double.isNaN(firstContent)) return;
                firstContent = sinceJvmStart();
                scene.removePostLayoutPulseListener(this);
                new AnimationTimer() {
                    private long last = -1;

                    @Override
                    public void handle(long now) {
                        if (last >= 0) {
                            double frame = (now - last) * 1e-6;
                            longestFrame = Math.max(longestFrame, frame);
                            if (frame > LONG_FRAME_MS) {
                                longFrames++;
                                longFrameTimes.add(String.format(Locale.ROOT, "%.0f ms ending at %.2f s", frame, sinceJvmStart()));
                            }
                        }
                        last = now;
                        if (sinceJvmStart() >= seconds) {
                            stop();
                            report(seconds);
                            Platform.exit();
                        }
                    }
                }.start();
            }
        };
        scene.addPostLayoutPulseListener(first);
    }

    private void report(double seconds) {
        System.out.println(String.format(Locale.ROOT, "bench-ui %s: first pulse showing the window's content %.2f s after the JVM started",
                what, firstContent));
        if (seconds > 0) {
            System.out.println(String.format(Locale.ROOT,
                    "bench-ui %s: the whole lab shown at %.2f s; until %.0f s: longest frame %.0f ms, %d frames over %.0f ms (target: none)%s",
                    what, labShown, seconds, longestFrame, longFrames, LONG_FRAME_MS,
                    longFrameTimes.isEmpty() ? "" : ": " + String.join(", ", longFrameTimes)));
        }
    }
}
