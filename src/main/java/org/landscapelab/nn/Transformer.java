package org.landscapelab.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * A stack of transformer encoder blocks (see {@link TransformerBlock}) on inputs of one or more
 * sequences of {@code spec.tokens()} tokens stacked as rows; attention stays within a sequence.
 */
public final class Transformer implements Network {
    private final TransformerSpec spec;
    private final List<TransformerBlock> blocks;
    private final List<Parameter> parameters;
    private final DMatrixRMaj[] outputs;
    private final DMatrixRMaj gradY = new DMatrixRMaj(1, 1);

    /** A network with all parameters 0; set them through {@link #parameters()}. */
    public Transformer(TransformerSpec spec) {
        this.spec = spec;
        List<TransformerBlock> b = new ArrayList<>();
        List<Parameter> p = new ArrayList<>();
        for (int l = 0; l < spec.depth(); l++) {
            TransformerBlock block = new TransformerBlock(spec);
            b.add(block);
            p.addAll(block.parameters());
        }
        blocks = Collections.unmodifiableList(b);
        parameters = Collections.unmodifiableList(p);
        outputs = new DMatrixRMaj[spec.depth()];
    }

    /**
     * A network with weights drawn by {@code init} from {@code seed} (layer by layer: Wq, Wk, Wv,
     * Wo, W1, W2, each row-major) and zero biases.
     */
    public static Transformer initialized(TransformerSpec spec, Init init, long seed) {
        Transformer t = new Transformer(spec);
        Initializer.initialize(t.parameters, init, new SplittableRandom(seed));
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
    public List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public List<Parameter> layerParameters(int layer) {
        return blocks.get(layer).parameters();
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
        DMatrixRMaj x = input;
        for (int l = 0; l < blocks.size(); l++) {
            x = blocks.get(l).forward(x);
            outputs[l] = x;
        }
        return x;
    }

    @Override
    public DMatrixRMaj layerOutput(int layer) {
        if (outputs[layer] == null) throw new IllegalStateException("no forward pass yet");
        return outputs[layer];
    }

    @Override
    public double backward(DMatrixRMaj target) {
        DMatrixRMaj y = layerOutput(blocks.size() - 1);
        for (int i = 0; i < parameters.size(); i++) parameters.get(i).grad().zero();
        double loss = Loss.squaredError(y, target, gradY);
        DMatrixRMaj g = gradY;
        for (int l = blocks.size() - 1; l >= 0; l--) g = blocks.get(l).backward(g);
        return loss;
    }
}
