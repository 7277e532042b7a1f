package org.landscapelab.nn.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.landscapelab.nn.Activation;
import org.landscapelab.nn.Init;
import org.landscapelab.nn.LayerReport;
import org.landscapelab.nn.mlp.MlpSpec;
import org.landscapelab.nn.transformer.Norm;
import org.landscapelab.nn.transformer.TransformerSpec;

/**
 * The two papers' findings at initialization, n = 32 tokens, d = 64, h = 4, averaged over 3 seeds,
 * weights N(0, 1/fan_in) ({@link Init#FAN_IN}; He for the ReLU MLP). Margins, not exact values:
 * measured values are in the comments (3 seeds; independent checks in parentheses).
 */
class PaperTrendsTest {
    static final int SEEDS = 3, L = 24;

    static LayerReport lastBlock(Norm norm, double a) {
        List<LayerReport> r = AtInitialization.transformer(TransformerSpec.of(32, 64, 4, L, norm, a), Init.FAN_IN, SEEDS);
        return r.get(L - 1);
    }

    static double qvRatio(LayerReport r) {
        return r.gradNorm("Wq") / r.gradNorm("Wv");
    }

    @Test
    void postLnWithUnitResidualCollapsesAndStarvesQueriesOfGradient() {
        LayerReport collapsed = lastBlock(Norm.POST_LN, 1);          // cosine 1.0000 (1.000), ratio 5.6e-7 (8e-7)
        LayerReport scaled = lastBlock(Norm.POST_LN, 1 / Math.sqrt(L)); // cosine 0.24 (0.23), ratio 0.37 (0.43)

        assertThat(collapsed.probes().meanTokenCosine()).isGreaterThan(0.99);
        assertThat(collapsed.probes().stableRank()).isLessThan(1.1);
        assertThat(collapsed.probes().residualRatio()).isLessThan(0.05);
        assertThat(qvRatio(collapsed)).isLessThan(1e-4);

        assertThat(scaled.probes().meanTokenCosine()).isLessThan(0.5);
        assertThat(scaled.probes().stableRank()).isGreaterThan(2);
        assertThat(qvRatio(scaled)).isGreaterThan(0.1);
    }

    @Test
    void preLnCollapsesPartiallyWithUnitResidual() {
        LayerReport pre = lastBlock(Norm.PRE_LN, 1);                  // cosine 0.84 (0.85)
        assertThat(pre.probes().meanTokenCosine()).isBetween(0.6, 0.99);
    }

    @Test
    void cosineGrowsWithDepthWithoutScaling() {
        List<LayerReport> r = AtInitialization.transformer(TransformerSpec.of(32, 64, 4, L, Norm.POST_LN, 1), Init.FAN_IN, SEEDS);
        assertThat(r.get(L - 1).probes().meanTokenCosine()).isGreaterThan(r.get(L / 4).probes().meanTokenCosine());
        assertThat(r.get(L / 4).probes().meanTokenCosine()).isGreaterThan(r.get(0).probes().meanTokenCosine());
    }

    static double lastStableRank(Activation activation, boolean batchNorm, Init init) {
        return AtInitialization.mlp(MlpSpec.of(128, 50, activation, batchNorm), 32, init, SEEDS).get(49).probes().stableRank();
    }

    @Test
    void batchNormKeepsTheRankOfDeepLinearNetworks() {
        double without = lastStableRank(Activation.LINEAR, false, Init.FAN_IN); // 1.89 (1.9)
        double with = lastStableRank(Activation.LINEAR, true, Init.FAN_IN);     // 6.1 (6.8)
        assertThat(without).isLessThan(2.5);
        assertThat(with).isGreaterThan(2 * without).isGreaterThan(4);
    }

    @Test
    void batchNormKeepsTheRankOfDeepReluNetworks() {
        double without = lastStableRank(Activation.RELU, false, Init.HE); // 1.01 (1.0)
        double with = lastStableRank(Activation.RELU, true, Init.HE);     // 2.97 (3.0)
        assertThat(without).isLessThan(1.2);
        assertThat(with).isGreaterThan(2 * without);
    }
}
