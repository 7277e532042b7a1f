package org.landscapelab.nn.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.landscapelab.nn.Init;
import org.landscapelab.nn.ParameterVector;
import org.landscapelab.nn.transformer.Norm;
import org.landscapelab.nn.transformer.Transformer;
import org.landscapelab.nn.transformer.TransformerSpec;
import org.landscapelab.optim.Optimizer;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.optim.Optimizers;

class NetworkOracleTest {
    final TransformerSpec spec = new TransformerSpec(4, 8, 2, 2, Norm.PRE_LN, 0.5, 16, 1e-5);

    @Test
    void flattensParametersAndGradientsInLayerOrder() {
        Transformer net = Transformer.initialized(spec, Init.FAN_IN, 3);
        TrainingData data = Tasks.transformerTeacher(spec, Init.FAN_IN, 3, 4);
        NetworkOracle oracle = new NetworkOracle(net, data);
        double[] x = ParameterVector.values(net.parameters());
        assertThat(oracle.dimension()).isEqualTo(x.length).isEqualTo(2 * (4 * 64 + 8 * 16 + 16 + 16 * 8 + 8));
        double[] grad = new double[x.length];
        double f = oracle.gradient(x, grad);
        assertThat(f).isEqualTo(net.lossAndGradient(data.inputs(), data.targets()));
        double[] expected = new double[x.length];
        ParameterVector.copyGradients(net.parameters(), expected);
        assertThat(grad).containsExactly(expected);
        // Wq of layer 1 comes first, b2 of layer 2 last.
        assertThat(grad[0]).isEqualTo(net.parameters().get(0).grad().get(0, 0));
        assertThat(grad[x.length - 1]).isEqualTo(net.parameters().get(15).grad().get(0, 7));
    }

    @Test
    void componentsAreExamples() {
        Transformer net = Transformer.initialized(spec, Init.FAN_IN, 3);
        TrainingData data = Tasks.transformerTeacher(spec, Init.FAN_IN, 3, 4);
        NetworkOracle oracle = new NetworkOracle(net, data);
        double[] x = ParameterVector.values(net.parameters());
        double[] full = new double[x.length], parts = new double[x.length];
        assertThat(oracle.components()).isEqualTo(3);
        double f = oracle.gradient(x, full);
        double g = oracle.componentGradient(x, new int[] {2, 0, 1}, parts);
        assertThat(g).isCloseTo(f, org.assertj.core.api.Assertions.within(1e-13));
        for (int i = 0; i < x.length; i++) assertThat(parts[i]).isCloseTo(full[i], org.assertj.core.api.Assertions.within(1e-13));
    }

    @Test
    void stepsAllocateNothing() {
        TransformerSpec s = new TransformerSpec(8, 16, 2, 2, Norm.POST_LN, 1, 32, 1e-5);
        Transformer net = Transformer.initialized(s, Init.FAN_IN, 3);
        NetworkOracle oracle = new NetworkOracle(net, Tasks.transformerTeacher(s, Init.FAN_IN, 4, 4));
        Optimizer adam = Optimizers.create(OptimizerSpec.parse("adam lr=0.001"), oracle.dimension(), new SplittableRandom(1));
        double[] x = ParameterVector.values(net.parameters());
        int[] batch = {3, 1};
        for (int i = 0; i < 200; i++) {
            oracle.useExamples(batch);
            adam.step(x, oracle);
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 100; i++) {
            oracle.useExamples(batch);
            adam.step(x, oracle);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(allocated).as("bytes allocated by 100 steps").isLessThan(10_000);
    }
}
