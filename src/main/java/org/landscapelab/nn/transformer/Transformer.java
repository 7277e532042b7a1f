package org.landscapelab.nn.transformer;

import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.landscapelab.nn.Init;
import org.landscapelab.nn.Initializer;
import org.landscapelab.nn.LayerStack;
import org.landscapelab.nn.Network;
import org.landscapelab.nn.ParameterTensor;

/**
 * A stack of transformer encoder blocks (see {@link TransformerBlock}) on inputs of one or more
 * sequences of {@code spec.tokens()} tokens stacked as rows; attention stays within a sequence.
 */
public final class Transformer implements Network {
    private final TransformerSpec spec;
    private final LayerStack blocks;

    /** A network with all parameters 0; set them through {@link #parameters()}. */
    public Transformer(TransformerSpec spec) {
        this.spec = spec;
        blocks = new LayerStack(spec.depth(), () -> new TransformerBlock(spec));
    }

    /**
     * A network with weights drawn by {@code init} from {@code seed} (layer by layer: Wq, Wk, Wv,
     * Wo, W1, W2, each row-major) and zero biases.
     */
    public static Transformer initialized(TransformerSpec spec, Init init, long seed) {
        Transformer t = new Transformer(spec);
        Initializer.initialize(t.parameters(), init, new SplittableRandom(seed));
        return t;
    }

    public TransformerSpec spec() {
        return spec;
    }

    @Override
    public int depth() {
        return spec.depth();
    }

    @Override
    public int width() {
        return spec.width();
    }

    @Override
    public List<ParameterTensor> parameters() {
        return blocks.parameters();
    }

    @Override
    public List<ParameterTensor> layerParameters(int layer) {
        return blocks.layerParameters(layer);
    }

    @Override
    public int probeGroupRows() {
        return spec.tokens();
    }

    @Override
    public DMatrixRMaj forward(DMatrixRMaj input) {
        if (input.numCols != spec.width() || input.numRows == 0 || input.numRows % spec.tokens() != 0) {
            throw new IllegalArgumentException("input must have a multiple of " + spec.tokens() + " rows and "
                    + spec.width() + " columns, got " + input.numRows + " x " + input.numCols);
        }
        return blocks.forward(input);
    }

    @Override
    public DMatrixRMaj layerOutput(int layer) {
        return blocks.layerOutput(layer);
    }

    @Override
    public double backward(DMatrixRMaj target) {
        return blocks.backward(target);
    }
}
