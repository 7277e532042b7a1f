package org.landscapelab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.landscapelab.nn.experiments.AtInitialization;
import org.landscapelab.nn.experiments.DepthSweep;
import org.landscapelab.nn.mlp.Mlp;
import org.landscapelab.nn.mlp.MlpSpec;
import org.landscapelab.nn.transformer.Norm;
import org.landscapelab.nn.transformer.ResidualScale;
import org.landscapelab.nn.transformer.TransformerSpec;

/** Oversized shapes are refused before anything is allocated; every shape the lab ships or documents is not. */
class NetworkBudgetTest {

    @Test
    void aHugeWidthOrTokenCountIsRefusedNamingTheSizesAndTheLimit() {
        assertThatThrownBy(() -> TransformerSpec.of(32, 100_000, 4, 24, Norm.POST_LN, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("width 100000, ffn width 400000, 4 heads, 32 tokens and depth 24")
                .hasMessageContaining("more than the limit of 268,435,456 (2 GiB of float64)");
        assertThatThrownBy(() -> TransformerSpec.of(100_000, 64, 4, 24, Norm.POST_LN, 1))
                .hasMessageContaining("100000 tokens").hasMessageContaining("268,435,456");
        // 4·width overflows an int: still the size message, not a negative FFN width.
        assertThatThrownBy(() -> TransformerSpec.of(2, 1 << 30, 1, 1, Norm.POST_LN, 1)).hasMessageContaining("more than the limit");
        assertThatThrownBy(() -> MlpSpec.of(100_000, 50, Activation.RELU, true))
                .hasMessage("an MLP of width 100000 and depth 50 holds about 1.5e+12 numbers, more than the limit of 268,435,456 (2 GiB of float64)");
    }

    @Test
    void aHugeBatchIsRefusedBeforeItIsDrawn() {
        MlpSpec spec = MlpSpec.of(128, 50, Activation.RELU, true);
        assertThatThrownBy(() -> DepthSweep.mlp(spec, 100_000_000, Init.HE, 3))
                .hasMessageContaining("an MLP of width 128 and depth 50 on a batch of 100000000").hasMessageContaining("268,435,456");
        assertThatThrownBy(() -> AtInitialization.mlp(spec, 100_000_000, Init.HE, 3)).hasMessageContaining("on a batch of 100000000");
    }

    @Test
    void sweepsThatWouldRunForHoursAreRefusedByTheirWork() {
        assertThatThrownBy(() -> DepthSweep.transformer(TransformerSpec.of(32, 64, 4, 300, Norm.POST_LN, 1), ResidualScale.of(1), Init.FAN_IN, 3))
                .hasMessageStartingWith("the sweep of a transformer of width 64, ffn width 256, 4 heads, 32 tokens and depth 300, 3 networks per depth,")
                .hasMessageContaining("more than the limit of 1.0e+11");
        assertThatThrownBy(() -> DepthSweep.mlp(MlpSpec.of(128, 50, Activation.RELU, true), 32, Init.HE, 1_000_000))
                .hasMessageContaining("1000000 networks per depth").hasMessageContaining("1.0e+11");
        assertThatThrownBy(() -> DepthSweep.lastLayerCosine(128, 512, 4, DepthSweep.SWEEP_DEPTH, f -> { }))
                .hasMessageStartingWith("the depth sweep of the four settings");
        assertThatThrownBy(() -> DepthSweep.stableRanks(512, 200, 64, f -> { })).hasMessageStartingWith("the rank sweep");
    }

    @Test
    void everyShapeTheLabShipsOrDocumentsFits() {
        // The command line's defaults, the README's sweeps, PaperTrendsTest, scenarios 07 and 08.
        DepthSweep.checkLastLayerCosine(16, 32, 4, DepthSweep.SWEEP_DEPTH);
        DepthSweep.checkStableRanks(64, 20, 32);
        TransformerSpec cli = TransformerSpec.of(32, 64, 4, 24, Norm.POST_LN, 1);
        assertThat(NetworkBudget.blocksOfSweep(24) * 3 * NetworkBudget.transformerBlockWork(32, 64, 256))
                .isLessThan(NetworkBudget.MAX_SWEEP_MULTIPLY_ADDS / 10);
        assertThat(NetworkBudget.blocksOfSweep(50) * 3 * NetworkBudget.mlpLayerWork(128, 32)).isLessThan(NetworkBudget.MAX_SWEEP_MULTIPLY_ADDS / 10);
        assertThat(cli.numbers(32)).isLessThan(1e7);
        // The app's largest panel settings still fit in memory.
        assertThat(TransformerSpec.of(128, 256, 16, 48, Norm.PRE_LN, 1).numbers(128)).isLessThan(NetworkBudget.MAX_NUMBERS);
        assertThat(MlpSpec.of(512, 200, Activation.RELU, true).numbers(32)).isLessThan(NetworkBudget.MAX_NUMBERS);
    }

    @Test
    void residualScalesBeyondTheRangeAreRefusedWithIt() {
        assertThatThrownBy(() -> ResidualScale.parse("1e308"))
                .hasMessage("residual scale must be a positive number at most 1000 or 1/sqrt(L), got 1.0E308");
        assertThatThrownBy(() -> ResidualScale.parse("Infinity")).hasMessageContaining("at most 1000");
        assertThatThrownBy(() -> ResidualScale.parse("NaN")).hasMessageContaining("at most 1000");
        assertThatThrownBy(() -> TransformerSpec.of(4, 8, 2, 2, Norm.PRE_LN, 1e308)).hasMessageContaining("at most 1000");
        assertThat(ResidualScale.parse("1000").at(3)).isEqualTo(1000);
    }

    @Test
    void theLargestResidualScaleKeepsEveryProbeFinite() {
        for (Norm norm : Norm.values()) {
            for (LayerReport r : AtInitialization.transformer(TransformerSpec.of(8, 16, 2, 24, norm, ResidualScale.MAX), Init.XAVIER, 2)) {
                assertThat(r.probes().asMap().values()).allMatch(Double::isFinite);
                assertThat(r.gradNorms().values()).allMatch(Double::isFinite);
            }
        }
    }

    @Test
    void aBatchOfOneSampleIsRefusedWithTheReason() {
        assertThatThrownBy(() -> DepthSweep.mlp(MlpSpec.of(8, 3, Activation.RELU, true), 1, Init.HE, 1))
                .hasMessageStartingWith("batch must be >= 2, got 1: batch norm of one sample is undefined");
        assertThatThrownBy(() -> AtInitialization.mlp(MlpSpec.of(8, 3, Activation.LINEAR, false), 1, Init.FAN_IN, 1))
                .hasMessageContaining("the probes compare the samples of a batch");
        assertThatThrownBy(() -> AtInitialization.transformer(TransformerSpec.of(1, 8, 2, 2, Norm.POST_LN, 1), Init.FAN_IN, 1))
                .hasMessageStartingWith("tokens must be >= 2, got 1");
    }

    @Test
    void aLayerWhoseOutputOverflowsSaysSoInsteadOfFailingInTheSvd() {
        Mlp net = new Mlp(MlpSpec.of(2, 3, Activation.LINEAR, false));
        for (ParameterTensor p : net.parameters()) java.util.Arrays.fill(p.value().data, 1e200);
        DMatrixRMaj x = new DMatrixRMaj(new double[][] {{1, 2}, {3, 5}});
        net.lossAndGradient(x, x);
        assertThatThrownBy(net::report).isInstanceOf(NetworkOverflowException.class)
                .hasMessageStartingWith("the output of layer 2 of 3 holds Infinity (row 1, column 1): its numbers overflowed float64");
        assertThatThrownBy(() -> Probes.of(new DMatrixRMaj(new double[][] {{1, Double.NaN}, {0, 1}})))
                .isInstanceOf(NetworkOverflowException.class).hasMessageStartingWith("the matrix holds NaN");
    }

    @Test
    void probesOfHugeButFiniteMatricesAreThoseOfTheScaledMatrix() {
        DMatrixRMaj x = new DMatrixRMaj(new double[][] {{1, 2, 0.5}, {3, -5, 2}, {0.25, 1, 4}});
        DMatrixRMaj huge = x.copy();
        for (int i = 0; i < huge.data.length; i++) huge.data[i] = Math.scalb(huge.data[i], 1000);
        assertThat(Probes.of(huge)).isEqualTo(Probes.of(x));
    }
}
