package org.landscapelab.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.ejml.data.DMatrixRMaj;

/**
 * Layers applied one after another, as both networks are: forward through them keeping each
 * output, backward from the squared-error loss through them in reverse.
 */
public final class LayerStack {
    private final List<NetworkLayer> layers;
    private final List<ParameterTensor> parameters;
    private final DMatrixRMaj[] outputs;
    private final DMatrixRMaj gradY = new DMatrixRMaj(1, 1);

    public LayerStack(int depth, Supplier<NetworkLayer> layer) {
        List<NetworkLayer> l = new ArrayList<>();
        List<ParameterTensor> p = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            NetworkLayer next = layer.get();
            l.add(next);
            p.addAll(next.parameters());
        }
        layers = Collections.unmodifiableList(l);
        parameters = Collections.unmodifiableList(p);
        outputs = new DMatrixRMaj[depth];
    }

    /** Every parameter, layer by layer. */
    public List<ParameterTensor> parameters() {
        return parameters;
    }

    public List<ParameterTensor> layerParameters(int layer) {
        return layers.get(layer).parameters();
    }

    public DMatrixRMaj forward(DMatrixRMaj input) {
        DMatrixRMaj x = input;
        for (int l = 0; l < layers.size(); l++) {
            x = layers.get(l).forward(x);
            outputs[l] = x;
        }
        return x;
    }

    public DMatrixRMaj layerOutput(int layer) {
        if (outputs[layer] == null) throw new IllegalStateException("no forward pass yet");
        return outputs[layer];
    }

    /** Zeroes the gradients, then back-propagates 0.5·‖Y − T‖²_F / rows of the last forward pass; returns that loss. */
    public double backward(DMatrixRMaj target) {
        DMatrixRMaj y = layerOutput(layers.size() - 1);
        for (int i = 0; i < parameters.size(); i++) parameters.get(i).grad().zero();
        double loss = Loss.squaredError(y, target, gradY);
        DMatrixRMaj g = gradY;
        for (int l = layers.size() - 1; l >= 0; l--) g = layers.get(l).backward(g);
        return loss;
    }
}
