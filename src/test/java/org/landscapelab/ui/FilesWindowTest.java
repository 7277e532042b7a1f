package org.landscapelab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.landscapelab.io.Manifest;
import org.landscapelab.io.ManifestFormat;
import org.landscapelab.landscape.Catalog;
import org.landscapelab.landscape.Point;
import org.landscapelab.noise.NoiseSpec;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.render.Layer;
import org.landscapelab.sim.NoiseMode;
import org.landscapelab.sim.RunSpec;
import org.landscapelab.sim.Runs;
import org.landscapelab.ui.lab.LabViewModel;
import org.landscapelab.ui.race.ColoredRace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Sessions save and restore the lab; a manifest opened in the app reproduces its runs bit for bit; bad files change nothing. */
@ExtendWith(ApplicationExtension.class)
class FilesWindowTest {
    private App app;
    private LabViewModel lab;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        FreshPrefs.landscapesAtStart();
        app = new App();
        app.start(stage);
        lab = app.lab();
    }

    @Test
    void aSavedSessionRestoresTheLab(FxRobot robot) throws Exception {
        waitFor(() -> race() != null && race().runs().size() == 3);
        robot.interact(() -> {
            lab.landscape().entries().stream().filter(e -> e.landscape().id().equals("tilted_double_well")).findFirst()
                    .ifPresent(lab.landscape().selectedProperty()::set);
            lab.landscape().setParameter("a", 0.2);
            lab.landscape().setColormap("cividis");
            lab.landscape().setLayerShown(Layer.EIGEN_DIRECTIONS, true);
            lab.race().noiseProperty().set(NoiseSpec.parse("fbm:hurst=0.3,sigma=0.05"));
            lab.race().seedProperty().set(77);
            lab.race().startProperty().set(new Point(0.1, 1.2));
            lab.race().optimizers().get(1).enabledProperty().set(false);
            lab.momentumArrowsProperty().set(true);
            app.transformer().depthProperty().set(9);
        });
        waitFor(() -> race() != null && race().runs().size() == 2 && race().start().equals(new Point(0.1, 1.2)));
        double[] xs = race().runs().get(0).trajectory().xs();
        Path file = dir.resolve("lab.json");
        robot.interact(() -> app.mainController().saveSession(file));
        assertThat(Files.readString(file)).contains("\"format\" : \"landscape-lab/session\"");

        // Change everything, then open the session again.
        robot.interact(() -> {
            lab.landscape().entries().stream().filter(e -> e.landscape().id().equals("rosenbrock")).findFirst()
                    .ifPresent(lab.landscape().selectedProperty()::set);
            lab.race().noiseProperty().set(NoiseSpec.NONE);
            lab.race().optimizers().clear();
            app.transformer().depthProperty().set(3);
        });
        robot.interact(() -> app.mainController().openPath(file));
        waitFor(() -> race() != null && race().landscape().id().equals("tilted_double_well") && race().runs().size() == 2);
        assertThat(lab.landscape().landscape().parameter("a").orElseThrow().value()).isEqualTo(0.2);
        assertThat(lab.landscape().optionsProperty().get().colormap().name()).isEqualTo("cividis");
        assertThat(lab.landscape().optionsProperty().get().shows(Layer.EIGEN_DIRECTIONS)).isTrue();
        assertThat(lab.race().optimizers()).hasSize(3);
        assertThat(lab.race().optimizers().get(1).enabled()).isFalse();
        assertThat(lab.momentumArrowsProperty().get()).isTrue();
        assertThat(app.transformer().depthProperty().get()).isEqualTo(9);
        assertThat(race().runs().get(0).trajectory().xs()).isEqualTo(xs);
    }

    @Test
    void aManifestOpensAsARaceWithTheSameNumbers(FxRobot robot) throws Exception {
        waitFor(() -> race() != null);
        var landscape = Catalog.builtIn().byId("double_well").orElseThrow();
        RunSpec run = RunSpec.of(OptimizerSpec.parse("sgd lr=0.02 momentum=0.8"), new Point(0.01, 1.5), 250)
                .withNoise(NoiseSpec.parse("anti:sigma=0.03"), NoiseMode.ITERATE).withSeed(5);
        Path file = dir.resolve("run.manifest.json");
        new ManifestFormat().save(file, Manifest.of(landscape, List.of(run)));
        robot.interact(() -> app.mainController().openPath(file));
        waitFor(() -> race() != null && race().landscape().id().equals("double_well") && race().runs().size() == 1
                && race().start().equals(new Point(0.01, 1.5)) && race().runs().get(0).trajectory().size() == 251);
        assertThat(race().runs().get(0).trajectory().xs()).isEqualTo(Runs.run(landscape, run).xs());
        assertThat(race().runs().get(0).trajectory().ys()).isEqualTo(Runs.run(landscape, run).ys());
    }

    @Test
    void aCorruptOrForeignFileChangesNothing(FxRobot robot) throws Exception {
        waitFor(() -> race() != null && race().runs().size() == 3);
        Path corrupt = dir.resolve("broken.json");
        Files.writeString(corrupt, "{\"format\": \"landscape-lab/session\", \"version\": 1, \"landscape\": ");
        Path newer = dir.resolve("newer.json");
        Files.writeString(newer, "{\"format\": \"landscape-lab/session\", \"version\": 99}");
        Path foreign = dir.resolve("other.json");
        Files.writeString(foreign, "{\"format\": \"someone-else/file\"}");
        String before = lab.landscape().landscape().id();
        for (Path p : List.of(corrupt, newer, foreign)) {
            // The error dialog waits for the user: open without waiting, read the dialog, close it.
            javafx.application.Platform.runLater(() -> app.mainController().openPath(p));
            waitFor(() -> ShownDialog.find() != null);
            String text = ((javafx.scene.control.DialogPane) ShownDialog.find().getScene().getRoot().lookup(".dialog-pane")).getHeaderText();
            assertThat(text).isEqualTo("This file cannot be opened");
            robot.interact(() -> ShownDialog.find().close());
            assertThat(lab.landscape().landscape().id()).isEqualTo(before);
            assertThat(lab.race().optimizers()).hasSize(3);
        }
    }

    private ColoredRace race() {
        return lab.race().raceProperty().get();
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> condition.getAsBoolean());
    }
}
