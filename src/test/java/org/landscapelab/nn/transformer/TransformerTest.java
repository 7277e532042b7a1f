package org.landscapelab.nn.transformer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.landscapelab.nn.GradientCheckTest;
import org.landscapelab.nn.Init;
import org.landscapelab.nn.LayerReport;
import org.landscapelab.nn.ParameterTensor;

class TransformerTest {
    final TransformerSpec spec = new TransformerSpec(4, 8, 2, 3, Norm.POST_LN, 1.0, 16, 1e-5);

    @Test
    void stackedSequencesAreIndependentAndTheLossIsTheirMean() {
        SplittableRandom random = new SplittableRandom(5);
        DMatrixRMaj x1 = GradientCheckTest.gaussian(4, 8, random), x2 = GradientCheckTest.gaussian(4, 8, random);
        DMatrixRMaj t1 = GradientCheckTest.gaussian(4, 8, random), t2 = GradientCheckTest.gaussian(4, 8, random);
        Transformer net = Transformer.initialized(spec, Init.FAN_IN, 1);

        double loss1 = net.lossAndGradient(x1, t1);
        DMatrixRMaj y1 = net.layerOutput(2).copy();
        List<DMatrixRMaj> g1 = net.parameters().stream().map(p -> p.grad().copy()).toList();
        double loss2 = net.lossAndGradient(x2, t2);
        List<DMatrixRMaj> g2 = net.parameters().stream().map(p -> p.grad().copy()).toList();

        DMatrixRMaj x = new DMatrixRMaj(8, 8), t = new DMatrixRMaj(8, 8);
        CommonOps_DDRM.insert(x1, x, 0, 0);
        CommonOps_DDRM.insert(x2, x, 4, 0);
        CommonOps_DDRM.insert(t1, t, 0, 0);
        CommonOps_DDRM.insert(t2, t, 4, 0);
        double loss = net.lossAndGradient(x, t);

        assertThat(loss).isCloseTo((loss1 + loss2) / 2, within(1e-13));
        DMatrixRMaj top = CommonOps_DDRM.extract(net.layerOutput(2), 0, 4, 0, 8);
        assertThat(top.data).containsExactly(y1.data, within(1e-14));
        for (int i = 0; i < g1.size(); i++) {
            double[] g = net.parameters().get(i).grad().data;
            for (int j = 0; j < g.length; j++) {
                assertThat(g[j]).isCloseTo((g1.get(i).data[j] + g2.get(i).data[j]) / 2, within(1e-13));
            }
        }
    }

    @Test
    void sameSeedSameWeights() {
        Transformer a = Transformer.initialized(spec, Init.FAN_IN, 42), b = Transformer.initialized(spec, Init.FAN_IN, 42);
        Transformer c = Transformer.initialized(spec, Init.FAN_IN, 43);
        assertThat(a.parameters().get(0).value().data).containsExactly(b.parameters().get(0).value().data);
        assertThat(a.parameters().get(0).value().data).isNotEqualTo(c.parameters().get(0).value().data);
    }

    @Test
    void initializationUsesTheDocumentedScale() {
        TransformerSpec wide = new TransformerSpec(4, 64, 4, 1, Norm.PRE_LN, 1, 256, 1e-5);
        Transformer net = Transformer.initialized(wide, Init.FAN_IN, 9);
        for (ParameterTensor p : net.parameters()) {
            double sumSq = 0;
            for (int i = 0; i < p.size(); i++) sumSq += p.value().data[i] * p.value().data[i];
            double std = Math.sqrt(sumSq / p.size());
            switch (p.role()) {
                case WEIGHT -> assertThat(std).as(p.name()).isCloseTo(1 / Math.sqrt(p.value().numRows), within(0.1 / Math.sqrt(p.value().numRows)));
                case SHIFT -> assertThat(std).as(p.name()).isZero();
                case SCALE -> assertThat(std).as(p.name()).isEqualTo(1);
            }
        }
        assertThat(Init.HE.std(50, 10)).isEqualTo(Math.sqrt(2.0 / 50));
        assertThat(Init.XAVIER.std(50, 10)).isEqualTo(Math.sqrt(2.0 / 60));
    }

    @Test
    void reportsEveryLayerWithItsParameters() {
        Transformer net = Transformer.initialized(spec, Init.FAN_IN, 1);
        SplittableRandom random = new SplittableRandom(2);
        net.lossAndGradient(GradientCheckTest.gaussian(8, 8, random), GradientCheckTest.gaussian(8, 8, random));
        List<LayerReport> report = net.report();
        assertThat(report).extracting(LayerReport::layer).containsExactly(1, 2, 3);
        assertThat(report.get(0).gradNorms()).containsOnlyKeys("Wq", "Wk", "Wv", "Wo", "W1", "b1", "W2", "b2");
        assertThat(report.get(2).gradNorm("W2")).isPositive();
    }

    @Test
    void rejectsBadShapes() {
        Transformer net = new Transformer(spec);
        assertThatThrownBy(() -> net.forward(new DMatrixRMaj(5, 8))).hasMessageContaining("multiple of 4 rows");
        assertThatThrownBy(() -> new TransformerSpec(4, 10, 3, 1, Norm.PRE_LN, 1, 8, 1e-5))
                .hasMessageContaining("multiple of heads");
        assertThatThrownBy(() -> TransformerSpec.of(4, 8, 2, 0, Norm.PRE_LN, 1)).hasMessage("depth must be >= 1, got 0");
    }
}
