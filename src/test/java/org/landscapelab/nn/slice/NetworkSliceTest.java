package org.landscapelab.nn.slice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.landscapelab.landscape.LandscapeFunction;
import org.landscapelab.nn.Activation;
import org.landscapelab.nn.Init;
import org.landscapelab.nn.Network;
import org.landscapelab.nn.ParameterTensor;
import org.landscapelab.nn.ParameterVector;
import org.landscapelab.nn.experiments.AtInitialization;
import org.landscapelab.nn.mlp.Mlp;
import org.landscapelab.nn.mlp.MlpSpec;
import org.landscapelab.nn.transformer.Norm;
import org.landscapelab.nn.transformer.Transformer;
import org.landscapelab.nn.transformer.TransformerSpec;
import org.landscapelab.optim.Vectors;

class NetworkSliceTest {

    /** A network with its weights and its loss on a seeded batch. */
    record Case(Network network, FullBatchLoss loss) {
        double[] theta() {
            return ParameterVector.values(network.parameters());
        }
    }

    static Case mlp(int width, int depth, Activation activation, boolean batchNorm, int batch, long seed) {
        Mlp m = Mlp.initialized(MlpSpec.of(width, depth, activation, batchNorm), Init.FAN_IN, seed);
        SplittableRandom r = new SplittableRandom(seed + 100);
        return new Case(m, new FullBatchLoss(m, AtInitialization.gaussian(batch, width, r), AtInitialization.gaussian(batch, width, r)));
    }

    static Case transformer() {
        Transformer t = Transformer.initialized(new TransformerSpec(4, 8, 2, 2, Norm.PRE_LN, 1.0, 16, 1e-5), Init.FAN_IN, 3);
        SplittableRandom r = new SplittableRandom(4);
        return new Case(t, new FullBatchLoss(t, AtInitialization.gaussian(8, 8, r), AtInitialization.gaussian(8, 8, r)));
    }

    static NetworkSlice randomSlice(Case c, long seed) {
        SliceDirections d = SliceDirections.filterNormalized(c.network().parameters(), seed);
        return new NetworkSlice(c.loss(), c.theta(), d.d1(), d.d2());
    }

    @Test
    void aLinearLayerGivesAQuadraticSliceWhoseHessianIsKnown() {
        // One linear layer: f = 0.5‖X(W + αD1 + βD2) − T‖² / B, so f_αα = ‖X·D1‖²/B, f_αβ = ⟨X·D1, X·D2⟩/B, f_ββ = ‖X·D2‖²/B.
        Case c = mlp(3, 1, Activation.LINEAR, false, 5, 1);
        DMatrixRMaj x = new DMatrixRMaj(5, 3);
        SplittableRandom r = new SplittableRandom(101);
        for (int i = 0; i < 15; i++) x.data[i] = r.nextGaussian();
        NetworkSlice slice = randomSlice(c, 7);
        double[] d1 = slice.d1(), d2 = slice.d2();
        double[] xd1 = times(x, d1), xd2 = times(x, d2);
        double[] h = new double[5];
        slice.hessian(0.3, -0.2, h);
        assertThat(h[2]).isCloseTo(Vectors.dot(xd1, xd1) / 5, within(1e-7 * Vectors.dot(xd1, xd1)));
        assertThat(h[3]).isCloseTo(Vectors.dot(xd1, xd2) / 5, within(1e-7 * Vectors.dot(xd1, xd1)));
        assertThat(h[4]).isCloseTo(Vectors.dot(xd2, xd2) / 5, within(1e-7 * Vectors.dot(xd2, xd2)));
    }

    /** X (5 × 3) times the direction's 3 × 3 weight. */
    static double[] times(DMatrixRMaj x, double[] w) {
        double[] out = new double[15];
        for (int i = 0; i < 5; i++) for (int j = 0; j < 3; j++) for (int k = 0; k < 3; k++) out[i * 3 + j] += x.get(i, k) * w[k * 3 + j];
        return out;
    }

    @Test
    void theProjectedGradientIsTheDerivativeAlongEachDirection() {
        NetworkSlice slice = randomSlice(transformer(), 2);
        double[] g = new double[2], ignored = new double[2];
        slice.gradient(0.2, 0.1, g);
        double h = 1e-5;
        double fa = (slice.gradient(0.2 + h, 0.1, ignored) - slice.gradient(0.2 - h, 0.1, ignored)) / (2 * h);
        double fb = (slice.gradient(0.2, 0.1 + h, ignored) - slice.gradient(0.2, 0.1 - h, ignored)) / (2 * h);
        assertThat(g[0]).isCloseTo(fa, within(1e-6 * Math.max(1, Math.abs(fa))));
        assertThat(g[1]).isCloseTo(fb, within(1e-6 * Math.max(1, Math.abs(fb))));
    }

    @Test
    void theGridIsTheSameWhateverTheThreadCount() {
        NetworkSlice slice = randomSlice(transformer(), 5);
        SliceGrid one = SliceGrid.evaluate(slice, 9, 0.5, 1, SliceGrid.QUIETLY);
        SliceGrid two = SliceGrid.evaluate(slice, 9, 0.5, 2, SliceGrid.QUIETLY);
        assertThat(two.loss()).isEqualTo(one.loss());
        assertThat(two.dAlpha()).isEqualTo(one.dAlpha());
        assertThat(two.dBeta()).isEqualTo(one.dBeta());
        double[] g = new double[2];
        // α-major: point i·K + j is (α_i, β_j).
        assertThat(one.loss()[2 * 9 + 7]).isEqualTo(slice.gradient(one.coordinates()[2], one.coordinates()[7], g));
        assertThat(one.coordinates()).startsWith(-0.5).endsWith(0.5).contains(0.0);
    }

    @Test
    void evaluatingNeverChangesTheNetworkItWasGiven() {
        Case c = transformer();
        double[] before = c.theta();
        SliceGrid.evaluate(randomSlice(c, 4), 3, 1, 2, SliceGrid.QUIETLY);
        HessianDirections.top2(c.loss(), before, 4, 1);
        assertThat(c.theta()).isEqualTo(before);
    }

    @Test
    @Timeout(60)
    void theGridReportsProgressAndCanBeCancelled() {
        NetworkSlice slice = randomSlice(transformer(), 5);
        List<Integer> progress = java.util.Collections.synchronizedList(new ArrayList<>());
        SliceGrid.evaluate(slice, 6, 1, 2, new SliceGrid.Listener() {
            @Override
            public void progress(int rowsDone, int rows) {
                assertThat(rows).isEqualTo(6);
                progress.add(rowsDone);
            }
        });
        assertThat(progress).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
        List<Integer> beforeCancel = java.util.Collections.synchronizedList(new ArrayList<>());
        assertThatThrownBy(() -> SliceGrid.evaluate(slice, 200, 1, 2, new SliceGrid.Listener() {
            @Override
            public void progress(int rowsDone, int rows) {
                beforeCancel.add(rowsDone);
            }

            @Override
            public boolean cancelled() {
                return beforeCancel.size() >= 2;
            }
        })).isInstanceOf(CancellationException.class);
        assertThat(beforeCancel.size()).isLessThan(10);
        Thread.currentThread().interrupt();   // as Future.cancel(true) does
        try {
            assertThatThrownBy(() -> SliceGrid.evaluate(slice, 200, 1, 2, SliceGrid.QUIETLY)).isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void limitsOfTheGridAreNamed() {
        assertThatThrownBy(() -> SliceGrid.coordinates(1, 1)).hasMessage("grid size must be in [2, 1024], got 1");
        assertThatThrownBy(() -> SliceGrid.coordinates(SliceGrid.MAX_SIZE + 1, 1)).hasMessage("grid size must be in [2, 1024], got 1025");
        assertThatThrownBy(() -> SliceGrid.coordinates(3, -1)).hasMessage("range must be in (0, 1000], got -1.0");
        assertThatThrownBy(() -> SliceGrid.coordinates(3, 1001)).hasMessage("range must be in (0, 1000], got 1001.0");
        assertThat(SliceGrid.coordinates(2, 3)).containsExactly(-3, 3);
    }

    @Test
    void filterNormalizationGivesEachNeuronsColumnTheNormOfItsWeights() {
        List<ParameterTensor> params = mlp(4, 2, Activation.RELU, true, 6, 3).network().parameters();
        SliceDirections d = SliceDirections.filterNormalized(params, 11);
        assertThat(SliceDirections.filterNormalized(params, 11).d1()).isEqualTo(d.d1());
        assertThat(d.d2()).isNotEqualTo(d.d1());
        int offset = 0;
        for (ParameterTensor p : params) {
            int rows = p.value().numRows, cols = p.value().numCols;
            for (int c = 0; c < cols; c++) {
                double want = 0, got1 = 0, got2 = 0;
                for (int r = 0; r < rows; r++) {
                    want += Math.pow(p.value().get(r, c), 2);
                    got1 += Math.pow(d.d1()[offset + r * cols + c], 2);
                    got2 += Math.pow(d.d2()[offset + r * cols + c], 2);
                }
                assertThat(Math.sqrt(got1)).as("%s column %d", p.name(), c).isCloseTo(Math.sqrt(want), within(1e-12));
                assertThat(Math.sqrt(got2)).as("%s column %d", p.name(), c).isCloseTo(Math.sqrt(want), within(1e-12));
            }
            offset += p.size();
        }
        // β starts at 0: its direction is 0, so the slice leaves the shift where it is.
        assertThat(d.d1()[offset - 1]).isZero();
    }

    @Test
    void coordinatesFindAPointOfThePlane() {
        NetworkSlice slice = randomSlice(transformer(), 8);
        double[] p = slice.center();
        Vectors.addScaled(p, 0.3, slice.d1());
        Vectors.addScaled(p, -0.7, slice.d2());
        assertThat(slice.coordinates(p)).containsExactly(new double[] {0.3, -0.7}, within(1e-12));
    }

    @Test
    void theKernelIsTheSliceOnEveryThread() throws Exception {
        NetworkSlice slice = randomSlice(transformer(), 9);
        LandscapeFunction f = new SliceKernel(slice).function();
        double[] want = new double[2], want5 = new double[5];
        double value = slice.gradient(0.25, -0.5, want);
        slice.hessian(0.25, -0.5, want5);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<double[]>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    double[] g = new double[2], h = new double[5];
                    double v = f.gradient(0.25, -0.5, g);
                    f.hessian(0.25, -0.5, h);
                    return new double[] {v, g[0], g[1], h[2], h[3], h[4], f.value(0.25, -0.5)};
                }));
            }
            for (Future<double[]> r : results) {
                assertThat(r.get()).containsExactly(value, want[0], want[1], want5[2], want5[3], want5[4], value);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(f.cost()).isPositive();
    }
}
