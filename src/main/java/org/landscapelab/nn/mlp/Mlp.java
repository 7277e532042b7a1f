package org.landscapelab.nn.mlp;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.landscapelab.nn.Init;
import org.landscapelab.nn.Initializer;
import org.landscapelab.nn.StackedNetwork;

/** A deep square MLP, optionally with batch norm (see {@link MlpLayer}); rows are the batch's samples. */
public final class Mlp extends StackedNetwork {
    private final MlpSpec spec;

    /** A network with weights 0, γ 0 and β 0; set them through {@link #parameters()}. */
    public Mlp(MlpSpec spec) {
        super(spec.depth(), () -> new MlpLayer(spec));
        this.spec = spec;
    }

    /** Weights drawn by {@code init} from {@code seed}, layer by layer, row-major; γ = 1, β = 0. */
    public static Mlp initialized(MlpSpec spec, Init init, long seed) {
        Mlp m = new Mlp(spec);
        Initializer.initialize(m.parameters(), init, new SplittableRandom(seed));
        return m;
    }

    public MlpSpec spec() {
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
        return 0;
    }

    @Override
    protected void checkInput(DMatrixRMaj input) {
        if (input.numCols != spec.width() || input.numRows == 0) {
            throw new IllegalArgumentException("input must have " + spec.width() + " columns and at least one row, got "
                    + input.numRows + " x " + input.numCols);
        }
    }
}
