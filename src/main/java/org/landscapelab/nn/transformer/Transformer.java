package org.landscapelab.nn.transformer;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.landscapelab.nn.Init;
import org.landscapelab.nn.Initializer;
import org.landscapelab.nn.StackedNetwork;

/**
 * A stack of transformer encoder blocks (see {@link TransformerBlock}) on inputs of one or more
 * sequences of {@code spec.tokens()} tokens stacked as rows; attention stays within a sequence.
 */
public final class Transformer extends StackedNetwork {
    private final TransformerSpec spec;

    /** A network with all parameters 0; set them through {@link #parameters()}. */
    public Transformer(TransformerSpec spec) {
        super(spec.depth(), () -> new TransformerBlock(spec));
        this.spec = spec;
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
    public int probeGroupRows() {
        return spec.tokens();
    }

    @Override
    protected void checkInput(DMatrixRMaj input) {
        if (input.numCols != spec.width() || input.numRows == 0 || input.numRows % spec.tokens() != 0) {
            throw new IllegalArgumentException("input must have a multiple of " + spec.tokens() + " rows and "
                    + spec.width() + " columns, got " + input.numRows + " x " + input.numCols);
        }
    }
}
