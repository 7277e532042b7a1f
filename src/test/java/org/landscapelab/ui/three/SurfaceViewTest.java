package org.landscapelab.ui.three;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SubScene;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.landscapelab.landscape.Catalog;
import org.landscapelab.landscape.ColorScale;
import org.landscapelab.landscape.Landscape;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Headless (Monocle, software rendering): no 3D, so the view must show its note and take every call. */
@ExtendWith(ApplicationExtension.class)
class SurfaceViewTest {
    private static final Landscape HIMMELBLAU = Catalog.builtIn().byId("himmelblau").orElseThrow();
    private static final Landscape GOLDSTEIN_PRICE = Catalog.builtIn().byId("goldstein_price").orElseThrow();

    private final QueuedExecutor executor = new QueuedExecutor();
    private SurfaceView view;

    /** Runs submitted work only when told, in any order: to overtake one request with another. */
    private static final class QueuedExecutor implements Executor {
        private final List<Runnable> queue = new ArrayList<>();

        @Override
        public synchronized void execute(Runnable r) { queue.add(r); }

        synchronized int size() { return queue.size(); }

        void run(int index) {
            Runnable r;
            synchronized (this) { r = queue.remove(index); }
            r.run(); // on the test thread: off the FX thread, as in the app
        }
    }

    private static Path3D path(String label, int n) {
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int k = 0; k < n; k++) {
            xs[k] = -4 + 7.0 * k / n;
            ys[k] = 3 * Math.sin(0.01 * k);
        }
        return new Path3D(label, Color.ORANGE, xs, ys);
    }

    @Start
    void start(Stage stage) {
        view = new SurfaceView(executor);
        stage.setScene(new Scene(view, 900, 600));
        stage.show();
    }

    @Test
    void withoutThreeDItShowsWhyAndHowToGetIt(FxRobot robot) {
        assertThat(SurfaceView.supported()).isFalse();
        Node note = robot.lookup("#" + UnsupportedNote.ID).query();
        assertThat(note.isVisible()).isTrue();
        assertThat(robot.lookup(".note-title").queryAs(Label.class).getText()).isEqualTo(UnsupportedNote.TITLE);
        assertThat(robot.lookup(".note-code").queryAll()).isNotEmpty();
        assertThat(robot.lookup(n -> n instanceof SubScene).queryAll()).isEmpty();
        // The note fits in the window.
        assertThat(note.getBoundsInParent().getMaxX()).isLessThanOrEqualTo(view.getWidth());
        assertThat(note.getBoundsInParent().getMaxY()).isLessThanOrEqualTo(view.getHeight());
    }

    @Test
    void withoutThreeDItAcceptsLandscapesAndPaths(FxRobot robot) {
        robot.interact(() -> {
            view.setLandscape(HIMMELBLAU, HIMMELBLAU.domain(), "viridis", ColorScale.LINEAR);
            view.setPaths(List.of(path("a", 500), path("b", 20)), 100);
            for (int step = 0; step < 60; step++) view.setPaths(List.of(path("a", 500)), step);
            view.setPaths(List.of(), 0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(executor.size()).isZero(); // nothing to build where nothing is drawn
        assertThat(view.mesh()).isNull();
        assertThat(robot.lookup("#" + UnsupportedNote.ID).query().isVisible()).isTrue();
        assertThatThrownBy(() -> view.setLandscape(HIMMELBLAU, HIMMELBLAU.domain(), "jet", ColorScale.LINEAR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jet");
    }

    /** JavaFX warns once per 3D node made without 3D support; expected here, so kept out of the build output. */
    private static final List<String> WARNING_LOGGERS = List.of("javafx.scene.shape.Shape3D", "javafx.scene.shape.Mesh",
            "javafx.scene.paint.Material", "javafx.scene.LightBase", "javafx.scene.SubScene", "javafx.scene.Camera",
            "javafx.scene.PerspectiveCamera");

    private static void quietly(Runnable test) {
        List<Logger> quiet = WARNING_LOGGERS.stream().map(Logger::getLogger).toList();
        List<Level> levels = quiet.stream().map(Logger::getLevel).toList();
        quiet.forEach(l -> l.setLevel(Level.SEVERE));
        try {
            test.run();
        } finally {
            for (int k = 0; k < quiet.size(); k++) quiet.get(k).setLevel(levels.get(k));
        }
    }

    @Test
    void theNewestLandscapeWinsAndPathNodesAreReused(FxRobot robot) {
        quietly(() -> newestLandscapeWinsAndPathNodesAreReused(robot));
    }

    private void newestLandscapeWinsAndPathNodesAreReused(FxRobot robot) {
        // The 3D parts forced on: built and updated here, never rendered (Monocle has no 3D).
        SurfaceView[] holder = new SurfaceView[1];
        robot.interact(() -> {
            holder[0] = new SurfaceView(executor, true);
            holder[0].setLandscape(HIMMELBLAU, HIMMELBLAU.domain(), "viridis", ColorScale.LINEAR);
            holder[0].setLandscape(GOLDSTEIN_PRICE, GOLDSTEIN_PRICE.domain(), "cividis", ColorScale.LOG);
        });
        SurfaceView v = holder[0];
        assertThat(executor.size()).isEqualTo(2);
        executor.run(1); // the newer request finishes first ...
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(v.mesh().scale().kind()).isEqualTo(ColorScale.LOG);
        executor.run(0); // ... and the stale one is dropped when it ends
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(v.mesh().region()).isEqualTo(GOLDSTEIN_PRICE.domain());
        assertThat(v.mesh().scale().kind()).isEqualTo(ColorScale.LOG);

        List<Path3D> paths = List.of(path("a", 5000), path("b", 300));
        robot.interact(() -> v.setPaths(paths, 0));
        List<Node> nodes = List.copyOf(v.pathLayer().group().getChildren());
        assertThat(nodes).hasSize(4); // a tube and a marker per path
        robot.interact(() -> {
            for (int step = 1; step < 200; step += 7) v.setPaths(paths, step);
            v.setPaths(List.of(paths.get(0)), 4999);
        });
        assertThat(v.pathLayer().group().getChildren()).containsExactlyElementsOf(nodes);
        assertThat(v.pathLayer().slotCount()).isEqualTo(2);
        assertThat(nodes.get(2).isVisible()).isFalse(); // the second path's tube, hidden now
    }

    @Test
    void theCameraStaysWithinItsLimits() {
        quietly(SurfaceViewTest::cameraStaysWithinItsLimits);
    }

    private static void cameraStaysWithinItsLimits() {
        OrbitCamera orbit = new OrbitCamera();
        orbit.rotateBy(400, 500);
        assertThat(orbit.elevationAngle()).isEqualTo(OrbitCamera.MAX_ELEVATION);
        assertThat(orbit.azimuthAngle()).isBetween(-180.0, 180.0);
        orbit.rotateBy(0, -1000);
        assertThat(orbit.elevationAngle()).isEqualTo(OrbitCamera.MIN_ELEVATION);
        orbit.zoomBy(1e-6);
        assertThat(orbit.distance()).isEqualTo(OrbitCamera.MIN_DISTANCE);
        orbit.zoomBy(1e9);
        assertThat(orbit.distance()).isEqualTo(OrbitCamera.MAX_DISTANCE);
        orbit.reset();
        assertThat(orbit.azimuthAngle()).isEqualTo(OrbitCamera.DEFAULT_AZIMUTH);
        assertThat(orbit.elevationAngle()).isEqualTo(OrbitCamera.DEFAULT_ELEVATION);
        assertThat(orbit.distance()).isEqualTo(OrbitCamera.DEFAULT_DISTANCE);
    }
}
