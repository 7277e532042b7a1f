package org.landscapelab.nn.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.landscapelab.nn.Activation;
import org.landscapelab.nn.Init;
import org.landscapelab.nn.LayerReport;
import org.landscapelab.nn.mlp.MlpSpec;
import org.landscapelab.nn.transformer.Norm;
import org.landscapelab.nn.transformer.ResidualScale;
import org.landscapelab.nn.transformer.TransformerSpec;

class DepthSweepTest {

    @Test
    void everyLayerOfEveryDepthForTheFourSettings() {
        Map<DepthSweep.Setting, List<DepthSweep.Row>> curves = DepthSweep.rankCollapse(8, 16, 2, 6, Init.FAN_IN, 1);
        assertThat(curves.keySet()).extracting(DepthSweep.Setting::label)
                .containsExactly("post-ln, a = 1.0", "post-ln, a = 1/sqrt(L)", "pre-ln, a = 1.0", "pre-ln, a = 1/sqrt(L)");
        for (List<DepthSweep.Row> rows : curves.values()) {
            assertThat(rows).hasSize(6 * 7 / 2);
            assertThat(DepthSweep.lastLayers(rows)).extracting(DepthSweep.Row::depth).containsExactly(1, 2, 3, 4, 5, 6);
            assertThat(rows).allSatisfy(r -> assertThat(r.report().layer()).isBetween(1, r.depth()));
        }
    }

    @Test
    void eachDepthIsItsOwnNetworkWithItsOwnScale() {
        TransformerSpec spec = TransformerSpec.of(8, 16, 2, 4, Norm.POST_LN, 1);
        List<DepthSweep.Row> rows = DepthSweep.transformer(spec, ResidualScale.inverseSqrtDepth(), Init.FAN_IN, 2);
        List<LayerReport> depth3 = AtInitialization.transformer(spec.withDepth(3).withResidualScale(1 / Math.sqrt(3)), Init.FAN_IN, 2);
        List<DepthSweep.Row> fromSweep = rows.stream().filter(r -> r.depth() == 3).toList();
        assertThat(fromSweep).extracting(DepthSweep.Row::report).containsExactlyElementsOf(depth3);
    }

    @Test
    void mlpSweep() {
        List<DepthSweep.Row> rows = DepthSweep.mlp(MlpSpec.of(16, 5, Activation.RELU, true), 8, Init.HE, 2);
        assertThat(rows).hasSize(15);
        assertThat(rows.get(rows.size() - 1).report().gradNorms()).containsOnlyKeys("W", "gamma", "beta");
    }

    @Test
    void residualScaleText() {
        assertThat(ResidualScale.parse("1/sqrt(L)").at(16)).isEqualTo(0.25);
        assertThat(ResidualScale.parse("0.5").at(16)).isEqualTo(0.5);
        assertThat(ResidualScale.parse("0.5").toString()).isEqualTo("0.5");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ResidualScale.parse("-1")).hasMessageContaining("positive");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ResidualScale.parse("x")).hasMessageContaining("'x'");
    }
}
