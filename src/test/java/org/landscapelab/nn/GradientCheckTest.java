package org.landscapelab.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.landscapelab.nn.mlp.Mlp;
import org.landscapelab.nn.mlp.MlpSpec;
import org.landscapelab.nn.transformer.Norm;
import org.landscapelab.nn.transformer.Transformer;
import org.landscapelab.nn.transformer.TransformerSpec;

/** Backward against central differences of the loss, on every parameter entry of small networks. */
public class GradientCheckTest {

    @ParameterizedTest
    @EnumSource(Norm.class)
    void transformerGradientsMatchFiniteDifferences(Norm norm) {
        TransformerSpec spec = new TransformerSpec(5, 6, 2, 2, norm, 0.7, 8, 1e-5);
        Transformer net = Transformer.initialized(spec, Init.FAN_IN, 11);
        SplittableRandom random = new SplittableRandom(12);
        randomizeShifts(net, random);
        // Two sequences stacked: attention must stay within each.
        check(net, gaussian(10, 6, random), gaussian(10, 6, random));
    }

    @ParameterizedTest
    @ValueSource(strings = {"relu true", "relu false", "linear true", "linear false"})
    void mlpGradientsMatchFiniteDifferences(String setting) {
        String[] s = setting.split(" ");
        MlpSpec spec = MlpSpec.of(5, 3, Activation.fromId(s[0]), Boolean.parseBoolean(s[1]));
        Mlp net = Mlp.initialized(spec, Init.HE, 21);
        SplittableRandom random = new SplittableRandom(22);
        randomizeShifts(net, random);
        check(net, gaussian(7, 5, random), gaussian(7, 5, random));
    }

    private static void check(Network net, DMatrixRMaj input, DMatrixRMaj target) {
        net.lossAndGradient(input, target);
        double h = 1e-6;
        for (ParameterTensor p : net.parameters()) {
            double[] analytic = java.util.Arrays.copyOf(p.grad().data, p.size());
            double scale = 0, worst = 0;
            for (int i = 0; i < p.size(); i++) {
                double saved = p.value().data[i];
                p.value().data[i] = saved + h;
                double up = loss(net, input, target);
                p.value().data[i] = saved - h;
                double down = loss(net, input, target);
                p.value().data[i] = saved;
                double numeric = (up - down) / (2 * h);
                worst = Math.max(worst, Math.abs(numeric - analytic[i]));
                scale = Math.max(scale, Math.abs(analytic[i]));
            }
            assertThat(worst).as("%s: max |numeric − analytic| (largest entry %s)", p, scale)
                    .isLessThan(1e-7 * Math.max(1, scale));
        }
    }

    private static double loss(Network net, DMatrixRMaj input, DMatrixRMaj target) {
        DMatrixRMaj y = net.forward(input);
        double sum = 0;
        for (int i = 0; i < y.getNumElements(); i++) sum += (y.data[i] - target.data[i]) * (y.data[i] - target.data[i]);
        return 0.5 * sum / y.numRows;
    }

    /** Biases, γ and β away from their initial 0 and 1 so that their gradients are exercised. */
    private static void randomizeShifts(Network net, SplittableRandom random) {
        for (ParameterTensor p : net.parameters()) {
            if (p.role() == ParameterTensor.Role.WEIGHT) continue;
            for (int i = 0; i < p.size(); i++) p.value().data[i] += 0.3 * random.nextGaussian();
        }
    }

    public static DMatrixRMaj gaussian(int rows, int cols, SplittableRandom random) {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < m.getNumElements(); i++) m.data[i] = random.nextGaussian();
        return m;
    }
}
