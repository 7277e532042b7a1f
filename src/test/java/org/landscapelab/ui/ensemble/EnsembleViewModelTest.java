package org.landscapelab.ui.ensemble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.landscapelab.io.EnsembleSettings;
import org.landscapelab.landscape.Catalog;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Point;
import org.landscapelab.noise.NoiseCatalog;
import org.landscapelab.noise.NoiseSpec;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.sim.EnsembleResult;
import org.landscapelab.sim.Ensembles;
import org.landscapelab.sim.EscapeSweep;
import org.landscapelab.sim.NoiseMode;
import org.landscapelab.sim.Progress;
import org.landscapelab.sim.RunSpec;
import org.landscapelab.sim.StartRegion;
import org.landscapelab.ui.fx.QueuedExecutor;

class EnsembleViewModelTest {
    private static final Landscape WELL = Catalog.builtIn().byId("double_well").orElseThrow();
    private static final RunSpec RUN = RunSpec.of(OptimizerSpec.parse("sgd lr=0.05"), new Point(0.001, 1), 100)
            .withNoise(NoiseSpec.parse("white:sigma=0.3"), NoiseMode.ITERATE).withSeed(3);
    private final QueuedExecutor background = new QueuedExecutor();
    private final QueuedExecutor fxThread = new QueuedExecutor();
    private final EnsembleViewModel ensemble = new EnsembleViewModel(background, fxThread);

    EnsembleViewModelTest() {
        ensemble.particlesProperty().set(40);
    }

    @Test
    void anEnsembleRunsInTheBackgroundAndIsPublishedWithItsProgressOnTheFxThread() {
        ensemble.run(WELL, RUN);
        assertThat(ensemble.runningProperty().get()).isTrue();
        assertThat(ensemble.progressProperty().get()).isZero();
        background.drain();
        assertThat(ensemble.resultProperty().get()).isNull();
        assertThat(fxThread.pending()).isGreaterThan(1);
        fxThread.drain();
        EnsembleResult r = ensemble.resultProperty().get();
        assertThat(ensemble.runningProperty().get()).isFalse();
        assertThat(ensemble.progressProperty().get()).isEqualTo(1);
        EnsembleResult expected = Ensembles.run(WELL, ensemble.spec(RUN, EnsembleViewModel.FRAMES), 1, Progress.NONE);
        assertThat(r.particles()).isEqualTo(40);
        assertThat(r.escapeSummary()).isEqualTo(expected.escapeSummary());
        assertThat(ensemble.messageProperty().get()).isEqualTo(EnsembleText.summary(r)).startsWith("40 particles");
    }

    @Test
    void aSecondRunWhileOneRunsIsIgnored() {
        ensemble.run(WELL, RUN);
        ensemble.run(WELL, RUN.withSeed(4));
        assertThat(background.pending()).isEqualTo(1);
    }

    @Test
    void cancelKeepsThePreviousResult() {
        ensemble.run(WELL, RUN);
        background.drain();
        fxThread.drain();
        EnsembleResult first = ensemble.resultProperty().get();
        ensemble.run(WELL, RUN.withSeed(4));
        ensemble.cancel();
        background.drain();
        fxThread.drain();
        assertThat(ensemble.resultProperty().get()).isSameAs(first);
        assertThat(ensemble.runningProperty().get()).isFalse();
        assertThat(ensemble.messageProperty().get()).isEqualTo("Cancelled; the previous result is kept");
    }

    @Test
    void aSweepPublishesOnePointPerValueAndClearForgetsEverything() {
        ensemble.sweepParameterProperty().set(NoiseCatalog.SIGMA);
        ensemble.sweepFromProperty().set(0.1);
        ensemble.sweepToProperty().set(0.3);
        ensemble.sweepPointsProperty().set(3);
        ensemble.sweep(WELL, RUN);
        background.drain();
        fxThread.drain();
        assertThat(ensemble.sweepProperty().get()).extracting(EscapeSweep.SweepPoint::value).containsExactly(0.1, 0.2, 0.3);
        assertThat(ensemble.messageProperty().get()).isEqualTo("Sweep over the noise scale σ done: 3 ensembles of 40 particles");
        ensemble.clear();
        assertThat(ensemble.sweepProperty().get()).isEmpty();
        assertThat(ensemble.resultProperty().get()).isNull();
        assertThat(ensemble.messageProperty().get()).isEmpty();
    }

    @Test
    void settingsStayInThePanelsRanges() {
        ensemble.particlesProperty().set(1_000_000);
        ensemble.sweepPointsProperty().set(1);
        ensemble.spreadProperty().set(-1);
        EnsembleSettings s = ensemble.settings();
        assertThat(s.particles()).isEqualTo(EnsembleViewModel.MAX_PARTICLES);
        assertThat(s.sweep().points()).isEqualTo(2);
        assertThat(s.spread()).isZero();
        ensemble.apply(new EnsembleSettings(20_000, StartRegion.Shape.BOX, 0.2, 0.4,
                new EnsembleSettings.Sweep(NoiseCatalog.HURST, 0.2, 0.8, 80)));
        assertThat(ensemble.particlesProperty().get()).isEqualTo(EnsembleViewModel.MAX_PARTICLES);
        assertThat(ensemble.sweepPointsProperty().get()).isEqualTo(EnsembleViewModel.MAX_SWEEP_POINTS);
        assertThat(ensemble.shapeProperty().get()).isEqualTo(StartRegion.Shape.BOX);
    }
}
