package org.landscapelab.ui.slice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Point;
import org.landscapelab.nn.Network;
import org.landscapelab.nn.ParameterVector;
import org.landscapelab.nn.training.NetworkSettings;
import org.landscapelab.nn.training.TrainingData;
import org.landscapelab.nn.training.TrainingSnapshot;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.render.Overlay;
import org.landscapelab.render.TrajectoryOverlay;
import org.landscapelab.ui.fx.QueuedExecutor;
import org.landscapelab.ui.lab.LabOverlays;
import org.landscapelab.ui.lab.LabViewModel;
import org.landscapelab.ui.landscape.LandscapeLibrary;
import org.landscapelab.ui.network.TransformerLabModel;

/** A slice of the trained network: centred at the current step or at initialization, with the training path drawn on it. */
class TrainingSliceTest {
    private final QueuedExecutor fxThread = new QueuedExecutor();
    private final QueuedExecutor background = new QueuedExecutor();
    private final LabViewModel lab = new LabViewModel(LandscapeLibrary.load(), Runnable::run, fxThread);
    private final SliceViewModel slices = new SliceViewModel(background, fxThread, 2, SliceViewModel.openingIn(lab));
    private final TransformerLabModel panel = new TransformerLabModel(background, Runnable::run);

    /** The panel's small transformer trained 30 steps of Adam. */
    private void train() {
        panel.depthProperty().set(2);
        panel.widthProperty().set(8);
        panel.headsProperty().set(2);
        panel.tokensProperty().set(4);
        panel.batchProperty().set(4);
        panel.optimizer().specProperty().set(OptimizerSpec.parse("adam lr=0.01"));
        panel.stepsProperty().set(30);
        panel.start();
        background.drain();
        panel.poll();
        assertThat(panel.statusProperty().get()).isEqualTo(TrainingSnapshot.Status.FINISHED);
    }

    private SliceRequest request(SliceRequest.Directions d, SliceRequest.Centre centre) {
        NetworkSettings settings = panel.trainedNetwork().orElseThrow().settings();
        return new SliceRequest(settings, panel.trainedNetwork().orElseThrow().seed(), d, 5, 1, 3, panel.trainingTrajectory(), false, centre);
    }

    private Landscape slice(SliceRequest r) {
        slices.compute(r);
        background.drain();
        fxThread.drain();
        assertThat(slices.messageProperty().get()).startsWith("Opened");
        return lab.landscape().landscape();
    }

    /** The network's loss at θ on all of its training data, computed on a network of its own. */
    private double lossAt(double[] theta) {
        NetworkSettings settings = panel.trainedNetwork().orElseThrow().settings();
        long seed = panel.trainedNetwork().orElseThrow().seed();
        Network net = settings.network(seed);
        TrainingData data = settings.data(net, seed);
        ParameterVector.setValues(net.parameters(), theta);
        return net.lossAndGradient(data.inputs(), data.targets());
    }

    private void open(String id) {
        lab.landscape().selectedProperty().set(lab.landscape().entries().stream()
                .filter(e -> e.landscape().id().equals(id)).findFirst().orElseThrow());
        fxThread.drain();
    }

    @Test
    void beforeARunThereIsNoTrajectoryAndTheCentreIsTheInitialization() {
        assertThat(panel.trainingTrajectory()).isEmpty();
        assertThat(panel.currentParameters()).isEmpty();
        assertThat(panel.trainedNetwork()).isEmpty();
        train();
        assertThat(panel.trainingTrajectory()).hasSize(31);                       // θ0 and every step: 30 ≤ 99
        assertThat(panel.currentParameters()).get().isEqualTo(panel.trainingTrajectory().get(30));
        assertThat(panel.currentStep()).isEqualTo(30);
        panel.reset();
        assertThat(panel.trainingTrajectory()).isEmpty();
        assertThat(panel.currentParameters()).isEmpty();
    }

    @Test
    void aSliceAtTheCurrentStepIsCentredOnTheTrainedParameters() {
        train();
        double[] theta = panel.currentParameters().orElseThrow();
        Landscape l = slice(request(SliceRequest.Directions.RANDOM, SliceRequest.Centre.atStep(panel.currentStep(), theta)));
        assertThat(l.function().value(0, 0)).isCloseTo(lossAt(theta), within(1e-12));
        assertThat(l.description()).contains("at training step 30");
        // The path ends where the slice is centred.
        List<Point> path = slices.trajectoryProperty().get();
        assertThat(path).hasSize(31);
        assertThat(path.get(30).x()).isCloseTo(0, within(1e-9));
        assertThat(path.get(30).y()).isCloseTo(0, within(1e-9));
    }

    @Test
    void aSliceAtInitializationIsCentredOnTheStartEvenWithATrajectory() {
        train();
        double[] theta0 = panel.trainingTrajectory().get(0);
        Landscape l = slice(request(SliceRequest.Directions.RANDOM, SliceRequest.Centre.INITIALIZATION));
        assertThat(l.function().value(0, 0)).isCloseTo(lossAt(theta0), within(1e-12));
        assertThat(lossAt(theta0)).isNotCloseTo(lossAt(panel.currentParameters().orElseThrow()), within(1e-6));
        assertThat(l.description()).contains("at initialization (seed 1)");
        assertThat(slices.trajectoryProperty().get().get(0).x()).isCloseTo(0, within(1e-9));
    }

    @Test
    void trajectoryPcaOfARealRunSpansThePathAndTheOverlayFollowsItsSlice() {
        train();
        double[] theta = panel.currentParameters().orElseThrow();
        open("himmelblau");
        Landscape l = slice(request(SliceRequest.Directions.TRAJECTORY, SliceRequest.Centre.atStep(panel.currentStep(), theta)));
        assertThat(l.name()).isEqualTo("Transformer slice (trajectory PCA)");
        assertThat(l.description()).containsPattern("principal components of the training trajectory of 31 points \\(\\d+% and \\d+% of its variance\\)");
        List<Point> path = slices.trajectoryProperty().get();
        // Principal components about the current step: d1 captures at least as much of the path's spread as any
        // direction, the chord from θ0 to θ_t among them; d2 less, and both together at most all of it.
        List<double[]> trajectory = panel.trainingTrajectory();
        double[] u = new double[theta.length];
        double norm = 0;
        for (int j = 0; j < u.length; j++) norm += Math.pow(u[j] = trajectory.get(0)[j] - theta[j], 2);
        double alpha2 = 0, beta2 = 0, chord2 = 0, total = 0;
        for (int i = 0; i < trajectory.size(); i++) {
            double along = 0;
            for (int j = 0; j < u.length; j++) {
                double diff = trajectory.get(i)[j] - theta[j];
                along += u[j] * diff;
                total += diff * diff;
            }
            chord2 += along * along / norm;
            alpha2 += path.get(i).x() * path.get(i).x();
            beta2 += path.get(i).y() * path.get(i).y();
        }
        assertThat(alpha2).isGreaterThanOrEqualTo(chord2 * (1 - 1e-9)).isGreaterThanOrEqualTo(beta2);
        assertThat(beta2).isPositive();
        assertThat(alpha2 + beta2).isLessThanOrEqualTo(total * (1 + 1e-9));
        assertThat(l.function().value(0, 0)).isCloseTo(lossAt(theta), within(1e-12));

        List<Overlay> overlays = new LabOverlays().at(lab, null);
        TrajectoryOverlay drawn = overlays.stream().filter(o -> o instanceof TrajectoryOverlay t && t.label().equals(LabOverlays.TRAINING_PATH))
                .map(TrajectoryOverlay.class::cast).findFirst().orElseThrow();
        assertThat(drawn.points()).isEqualTo(path);
        assertThat(drawn.current()).isEqualTo(30);
        assertThat(drawn.hidden()).isFalse();
        // Another landscape: the path is gone, and does not come back with the next one.
        open("himmelblau");
        assertThat(lab.trainingPathProperty().get()).isNull();
        assertThat(new LabOverlays().at(lab, null)).noneMatch(o -> o instanceof TrajectoryOverlay t && t.label().equals(LabOverlays.TRAINING_PATH));
        // A slice at initialization without a trajectory draws none.
        slice(new SliceRequest(panel.networkSettings(), 1, SliceRequest.Directions.RANDOM, 5, 1, 3, List.of()));
        assertThat(lab.trainingPathProperty().get()).isNull();
    }

    @Test
    void aCentreOfAnotherShapeIsRefusedWithBothSizes() {
        SliceRequest r = new SliceRequest(NetworkSliceBuilderTest.TINY, 7, SliceRequest.Directions.RANDOM, 5, 1, 3, List.of(), false,
                SliceRequest.Centre.atStep(4, new double[3]));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> NetworkSliceBuilder.build(r, 1, NetworkSliceBuilderTest.QUIET))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching("the centre has 3 parameters, the network \\d+: its settings changed since the training run");
    }

    @Test
    void thePathIsNotDrawnOverThePreviousFigureWhileTheSliceIsDrawn() {
        QueuedExecutor figures = new QueuedExecutor();
        LabViewModel slow = new LabViewModel(LandscapeLibrary.load(), figures, fxThread);
        SliceViewModel into = new SliceViewModel(background, fxThread, 2, SliceViewModel.openingIn(slow));
        slow.landscape().selectedProperty().set(slow.landscape().entries().get(0));
        figures.drain();
        fxThread.drain();
        train();
        into.compute(request(SliceRequest.Directions.TRAJECTORY, SliceRequest.Centre.atStep(30, panel.currentParameters().orElseThrow())));
        background.drain();
        fxThread.drain();
        assertThat(slow.trainingPathProperty().get()).isNotNull();
        assertThat(new LabOverlays().at(slow, null)).noneMatch(o -> o instanceof TrajectoryOverlay t && t.label().equals(LabOverlays.TRAINING_PATH));
        figures.drain();
        fxThread.drain();
        assertThat(new LabOverlays().at(slow, null)).anyMatch(o -> o instanceof TrajectoryOverlay t && t.label().equals(LabOverlays.TRAINING_PATH));
    }
}
