package org.landscapelab.nn;

import java.util.List;
import java.util.function.Supplier;
import org.ejml.data.DMatrixRMaj;

/**
 * A network that is a stack of equal layers (the transformer's blocks, the MLP's layers): parameters,
 * forward, backward and layer outputs come from its {@link LayerStack}; a subclass says which inputs
 * it takes and what its spec is.
 */
public abstract class StackedNetwork implements Network {
    private final LayerStack layers;

    protected StackedNetwork(int depth, Supplier<NetworkLayer> layer) {
        layers = new LayerStack(depth, layer);
    }

    /** Throws IllegalArgumentException, saying what it takes, unless {@code input} fits this network. */
    protected abstract void checkInput(DMatrixRMaj input);

    @Override
    public final List<ParameterTensor> parameters() {
        return layers.parameters();
    }

    @Override
    public final List<ParameterTensor> layerParameters(int layer) {
        return layers.layerParameters(layer);
    }

    @Override
    public final DMatrixRMaj forward(DMatrixRMaj input) {
        checkInput(input);
        return layers.forward(input);
    }

    @Override
    public final DMatrixRMaj layerOutput(int layer) {
        return layers.layerOutput(layer);
    }

    @Override
    public final double backward(DMatrixRMaj target) {
        return layers.backward(target);
    }
}
