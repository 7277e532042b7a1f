package org.landscapelab.ui.slice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.landscapelab.landscape.CriticalPoint;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.LandscapeFormat;
import org.landscapelab.landscape.Point;
import org.landscapelab.landscape.ValueGrid;
import org.landscapelab.nn.Activation;
import org.landscapelab.nn.Network;
import org.landscapelab.nn.ParameterVector;
import org.landscapelab.nn.slice.FullBatchLoss;
import org.landscapelab.nn.slice.SliceDirections;
import org.landscapelab.nn.training.MlpSettings;
import org.landscapelab.nn.training.TrainingData;

class NetworkSliceBuilderTest {
    /** A tiny batch-norm MLP: 2 layers of width 4. */
    static final MlpSettings TINY = new MlpSettings(2, 4, 8, Activation.RELU, true);

    static final NetworkSliceBuilder.Listener QUIET = new NetworkSliceBuilder.Listener() {
        @Override
        public void progress(String stage, double fraction) {}

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    static SliceRequest request(SliceRequest.Directions directions, int size, List<double[]> trajectory) {
        return new SliceRequest(TINY, 7, directions, size, 1, 3, trajectory);
    }

    @Test
    void theGridHoldsTheFullBatchLossAtEveryPointOfThePlane() {
        NetworkSliceBuilder.Result r = NetworkSliceBuilder.build(request(SliceRequest.Directions.RANDOM, 9, List.of()), 2, QUIET);
        // Independently: the same network, data and directions, the loss evaluated point by point.
        Network net = TINY.network(7);
        TrainingData data = TINY.data(net, 7);
        FullBatchLoss loss = new FullBatchLoss(net, data.inputs(), data.targets());
        double[] theta = ParameterVector.values(net.parameters());
        SliceDirections d = SliceDirections.filterNormalized(net.parameters(), 3);
        double[] d1 = d.d1(), d2 = d.d2();
        ValueGrid grid = r.landscape().grid().orElseThrow();
        double[] values = grid.values();
        assertThat(grid.size()).isEqualTo(9);
        assertThat(grid.domain().xMin()).isEqualTo(-1);
        assertThat(grid.domain().yMax()).isEqualTo(1);
        double[] g = new double[theta.length];
        for (int i = 0; i < 9; i++) {
            for (int j = 0; j < 9; j++) {
                double a = -1 + i * 0.25, b = -1 + j * 0.25;
                double[] x = new double[theta.length];
                for (int k = 0; k < x.length; k++) x[k] = theta[k] + a * d1[k] + b * d2[k];
                double expected = loss.gradient(x, g);
                assertThat(values[i * 9 + j]).as("f(%s, %s)", a, b).isCloseTo(expected, org.assertj.core.data.Percentage.withPercentage(1e-10));
                // The landscape's exact function (what races run on) is the same loss.
                assertThat(r.landscape().function().value(a, b)).isCloseTo(expected, org.assertj.core.data.Percentage.withPercentage(1e-10));
            }
        }
        assertThat(r.trajectory()).isEmpty();
    }

    @Test
    void theLandscapeIsNamedForTheSliceAndSaysHowItWasMadeAndThatFilesDoNotStoreIt() {
        Landscape l = NetworkSliceBuilder.build(request(SliceRequest.Directions.RANDOM, 9, List.of()), 1, QUIET).landscape();
        assertThat(l.name()).isEqualTo("Batch-norm network slice (random directions, filter-normalized)");
        assertThat(l.hasExpression()).isFalse();
        assertThat(l.expression()).isNull();
        assertThat(l.parameters()).isEmpty();
        assertThat(l.description()).contains("loss(θ + α·d1 + β·d2)", "filter-normalized", "9 × 9 grid over [−1, 1]²",
                "at initialization (seed 7)", "finite differences of exact gradients");
        assertThatThrownBy(() -> new LandscapeFormat().write(l)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the landscape \"Batch-norm network slice (random directions, filter-normalized)\" has no expression"
                        + " (its values are computed from a network), so files do not store it");
        // Its critical points come from Newton on the exact slice, each a root of the exact gradient.
        assertThat(l.grid().orElseThrow().critical(l.function()).points()).extracting(CriticalPoint::type)
                .isNotEmpty().containsOnly(CriticalPoint.Type.MINIMUM);
        for (CriticalPoint c : l.grid().orElseThrow().critical(l.function()).points()) {
            double[] g = new double[2];
            l.function().gradient(c.x(), c.y(), g);
            assertThat(Math.hypot(g[0], g[1])).isLessThan(1e-6);
        }
    }

    @Test
    void hessianDirectionsAndATrajectoryGiveTheirSlices() {
        Landscape h = NetworkSliceBuilder.build(request(SliceRequest.Directions.HESSIAN, 5, List.of()), 1, QUIET).landscape();
        assertThat(h.name()).isEqualTo("Batch-norm network slice (top-2 Hessian eigenvectors)");
        assertThat(h.description()).contains("Lanczos");
        // A made-up trajectory: three points around the initialization; the slice is centred on the last.
        double[] theta = ParameterVector.values(TINY.network(7).parameters());
        List<double[]> trajectory = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            double[] p = theta.clone();
            p[t] += 0.1 * (t + 1);
            p[t + 5] -= 0.05 * t;
            trajectory.add(p);
        }
        NetworkSliceBuilder.Result r = NetworkSliceBuilder.build(request(SliceRequest.Directions.TRAJECTORY, 5, trajectory), 1, QUIET);
        assertThat(r.landscape().name()).isEqualTo("Batch-norm network slice (trajectory PCA)");
        assertThat(r.trajectory()).hasSize(3);
        Point last = r.trajectory().get(2);
        assertThat(last.x()).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(last.y()).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void trajectoryPcaWithoutATrajectoryIsRefusedWithTheReason() {
        assertThatThrownBy(() -> request(SliceRequest.Directions.TRAJECTORY, 9, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("needs a training run: there is no trajectory yet");
        assertThat(SliceRequest.trajectoryMissing(List.of(new double[1], new double[1])))
                .isEqualTo("needs at least 3 recorded training steps, there are 2");
    }

    @Test
    void aCancelStopsTheComputation() {
        NetworkSliceBuilder.Listener cancelling = new NetworkSliceBuilder.Listener() {
            @Override
            public void progress(String stage, double fraction) {}

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> NetworkSliceBuilder.build(request(SliceRequest.Directions.RANDOM, 9, List.of()), 1, cancelling))
                .isInstanceOf(CancellationException.class);
    }
}
