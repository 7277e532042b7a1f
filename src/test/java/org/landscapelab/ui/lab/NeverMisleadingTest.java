package org.landscapelab.ui.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.landscapelab.landscape.Catalog;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Point;
import org.landscapelab.noise.NoiseCatalog;
import org.landscapelab.noise.NoiseSpec;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.render.Overlay;
import org.landscapelab.render.TrajectoryOverlay;
import org.landscapelab.sim.Trajectory;
import org.landscapelab.ui.ensemble.SweepRange;
import org.landscapelab.ui.fx.QueuedExecutor;
import org.landscapelab.ui.landscape.LandscapeLibrary;
import org.landscapelab.ui.race.ColoredRun;
import org.landscapelab.ui.race.OptimizerEntry;

/** No stale title, particles, axis names, legends or numbers after a change: each rule on the view models, without a window. */
class NeverMisleadingTest {
    private final QueuedExecutor fxThread = new QueuedExecutor();
    private final LabViewModel lab = new LabViewModel(LandscapeLibrary.load(), Runnable::run, fxThread);

    private void open(String id) {
        lab.landscape().selectedProperty().set(lab.landscape().entries().stream()
                .filter(e -> e.landscape().id().equals(id)).findFirst().orElseThrow());
        fxThread.drain();
    }

    @Test
    void aTypedExpressionDoesNotKeepTheOldTitleOnScreenOrInAnExport() {
        open("rosenbrock");
        assertThat(lab.landscape().optionsProperty().get().title()).isEqualTo("Rosenbrock");
        assertThat(lab.landscape().applyExpression("x^2 - y^2")).isTrue();
        fxThread.drain();
        // The export dialog starts from the options' title; the figure on screen carries the same.
        assertThat(lab.landscape().optionsProperty().get().title()).isEqualTo("x^2 - y^2");
        assertThat(lab.landscape().figureProperty().get().options().title()).isEqualTo("x^2 - y^2");
        // A landscape from the list titles the figure with its own name again.
        open("himmelblau");
        assertThat(lab.landscape().figureProperty().get().options().title()).isEqualTo("Himmelblau");
    }

    @Test
    void switchingLandscapeClearsTheOldEnsemblesParticlesAndEscapeTimes() {
        open("double_well");
        lab.race().add(OptimizerSpec.parse("sgd lr=0.05"));
        lab.race().noiseProperty().set(NoiseSpec.parse("white:sigma=0.3"));
        lab.ensemble().particlesProperty().set(30);
        lab.race().stepsProperty().set(50);
        fxThread.drain();
        lab.runEnsemble();
        fxThread.drain();
        assertThat(lab.ensemble().resultProperty().get()).isNotNull();
        assertThat(new LabOverlays().at(lab.race().raceProperty().get(), 0, LabOverlays.Arrows.NONE,
                lab.ensemble().resultProperty().get(), false, java.util.Set.of(), null)).anyMatch(o -> o.label().startsWith("particles"));
        open("himmelblau");
        assertThat(lab.ensemble().resultProperty().get()).isNull();
        assertThat(lab.ensemble().sweepProperty().get()).isEmpty();
        assertThat(lab.ensemble().messageProperty().get()).isEmpty();
    }

    @Test
    void aSigmaSweepsAxisReadsSigmaWhateverThePickerShowsLater() {
        open("double_well");
        lab.race().add(OptimizerSpec.parse("sgd lr=0.05"));
        lab.race().noiseProperty().set(NoiseSpec.parse("white:sigma=0.3"));
        lab.race().stepsProperty().set(40);
        lab.ensemble().particlesProperty().set(20);
        lab.ensemble().sweepParameterProperty().set(NoiseCatalog.SIGMA);
        lab.ensemble().sweepPointsProperty().set(2);
        fxThread.drain();
        assertThat(lab.ensemble().sweepAxisLabel()).isEqualTo("parameter");
        lab.runSweep();
        fxThread.drain();
        assertThat(lab.ensemble().sweepProperty().get()).hasSize(2);
        assertThat(lab.ensemble().sweepAxisLabel()).isEqualTo("noise scale σ");
        lab.ensemble().sweepParameterProperty().set(NoiseCatalog.HURST);
        assertThat(lab.ensemble().sweepAxisLabel()).isEqualTo("noise scale σ");
        lab.ensemble().clear();
        assertThat(lab.ensemble().sweepAxisLabel()).isEqualTo("parameter");
    }

    @Test
    void sweepRangesFollowTheSweptParameter() {
        lab.ensemble().sweepParameterProperty().set(NoiseCatalog.SIGMA);
        assertThat(List.of(lab.ensemble().sweepFromProperty().get(), lab.ensemble().sweepToProperty().get())).containsExactly(0.02, 0.2);
        lab.ensemble().sweepParameterProperty().set(NoiseCatalog.HURST);
        assertThat(List.of(lab.ensemble().sweepFromProperty().get(), lab.ensemble().sweepToProperty().get())).containsExactly(0.2, 0.8);
        lab.ensemble().sweepParameterProperty().set(NoiseCatalog.ALPHA);
        assertThat(SweepRange.of(NoiseCatalog.ALPHA)).isEqualTo(new SweepRange(0.6, 1.6));
        assertThat(SweepRange.of(NoiseCatalog.THETA)).isEqualTo(new SweepRange(0.2, 2.0));
        for (var p : NoiseCatalog.sweepable()) {
            SweepRange r = SweepRange.of(p);
            assertThat(r.from()).isLessThan(r.to());
            p.check(r.from());
            p.check(r.to());
        }
        // A session or scenario gives its own range with the parameter: that range stays.
        lab.ensemble().apply(new org.landscapelab.io.EnsembleSettings(100, org.landscapelab.sim.StartRegion.Shape.BOX, 0.1, 0.5,
                new org.landscapelab.io.EnsembleSettings.Sweep(NoiseCatalog.SIGMA, 0.05, 0.5, 5)));
        assertThat(List.of(lab.ensemble().sweepFromProperty().get(), lab.ensemble().sweepToProperty().get())).containsExactly(0.05, 0.5);
    }

    @Test
    void legendsFollowTheRaceARemovedOptimizerIsGoneFromTheFigure() {
        open("double_well");
        lab.race().add(OptimizerSpec.parse("sgd lr=0.01"));
        OptimizerEntry adam = lab.race().add(OptimizerSpec.parse("adam lr=0.05"));
        fxThread.drain();
        assertThat(labels()).contains(adam.label());
        lab.race().optimizers().remove(adam);
        fxThread.drain();
        assertThat(labels()).doesNotContain(adam.label()).hasSize(1);
    }

    @Test
    void noStaleNumbersAfterAChangeTheStatusSpeaksOfTheRaceOnScreen() {
        open("rosenbrock");
        OptimizerEntry fast = lab.race().add(OptimizerSpec.parse("sgd lr=0.1"));
        fxThread.drain();
        assertThat(lab.race().messageProperty().get()).contains("diverged");
        assertThat(fast.runNoteProperty().get()).startsWith("diverged at step");
        fast.specProperty().set(OptimizerSpec.parse("sgd lr=0.0001"));
        fxThread.drain();
        assertThat(lab.race().messageProperty().get()).isEmpty();
        assertThat(fast.runNoteProperty().get()).isEmpty();
    }

    @Test
    void theMapMarksADivergenceWhereTheRunLeftTheDomain() {
        Landscape rosenbrock = Catalog.builtIn().byId("rosenbrock").orElseThrow();
        open("rosenbrock");
        lab.race().add(OptimizerSpec.parse("sgd lr=0.1"));
        fxThread.drain();
        ColoredRun run = lab.race().raceProperty().get().runs().get(0);
        Trajectory t = run.trajectory();
        assertThat(t.diverged()).isTrue();
        int mark = LabOverlays.divergenceMark(t, rosenbrock.domain());
        assertThat(rosenbrock.domain().contains(t.x(mark), t.y(mark))).isTrue();
        assertThat(mark).isLessThanOrEqualTo(t.divergedAt());
        for (int k = mark + 1; k <= t.divergedAt(); k++) assertThat(rosenbrock.domain().contains(t.x(k), t.y(k))).isFalse();
        TrajectoryOverlay path = (TrajectoryOverlay) new LabOverlays().at(lab.race().raceProperty().get(), t.size() - 1,
                LabOverlays.Arrows.NONE, null, false, java.util.Set.of(), null).get(0);
        assertThat(path.divergedAt()).isEqualTo(mark);
        Trajectory calm = org.landscapelab.sim.Runs.run(rosenbrock,
                org.landscapelab.sim.RunSpec.of(OptimizerSpec.parse("sgd lr=0.0001"), new Point(-1, 1), 20));
        assertThat(LabOverlays.divergenceMark(calm, rosenbrock.domain())).isEqualTo(-1);
    }

    @Test
    void aPathClickedOffInTheLegendLeavesThePlotButNotTheLegendAndComesBack() {
        open("himmelblau");
        lab.race().optimizers().clear();
        lab.race().add(OptimizerSpec.parse("sgd lr=0.01"));
        lab.race().add(OptimizerSpec.parse("adam lr=0.05"));
        lab.gradientArrowsProperty().set(true);
        fxThread.drain();
        String adam = lab.race().raceProperty().get().runs().get(1).label();
        org.landscapelab.render.PlotTransform tr = lab.landscape().figureProperty().get().layout(600, 500).transform();
        assertThat(new LabOverlays().at(lab, tr)).filteredOn(o -> o instanceof org.landscapelab.render.ArrowOverlay).hasSize(2);
        lab.togglePath(adam);
        List<Overlay> off = new LabOverlays().at(lab, tr);
        assertThat(off).filteredOn(o -> o instanceof TrajectoryOverlay).extracting(o -> ((TrajectoryOverlay) o).hidden())
                .containsExactly(false, true);
        // Only the path in view has its arrow.
        assertThat(off).filteredOn(o -> o instanceof org.landscapelab.render.ArrowOverlay).hasSize(1);
        lab.togglePath(adam);
        assertThat(new LabOverlays().at(lab, tr)).filteredOn(o -> o instanceof TrajectoryOverlay)
                .noneMatch(o -> ((TrajectoryOverlay) o).hidden());
    }

    private List<String> labels() {
        return new LabOverlays().at(lab.race().raceProperty().get(), 0, LabOverlays.Arrows.NONE, null, false, java.util.Set.of(), null).stream()
                .map(Overlay::label).toList();
    }
}
