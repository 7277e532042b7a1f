package org.landscapelab.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/** A deep square MLP, optionally with batch norm (see {@link MlpLayer}); rows are the batch's samples. */
public final class Mlp implements Network {
    private final MlpSpec spec;
    private final List<MlpLayer> layers;
    private final List<Parameter> parameters;
    private final DMatrixRMaj[] outputs;
    private final DMatrixRMaj gradY = new DMatrixRMaj(1, 1);

    /** A network with weights 0, γ 0 and β 0; set them through {@link #parameters()}. */
    public Mlp(MlpSpec spec) {
        this.spec = spec;
        List<MlpLayer> l = new ArrayList<>();
        List<Parameter> p = new ArrayList<>();
        for (int i = 0; i < spec.depth(); i++) {
            MlpLayer layer = new MlpLayer(spec);
            l.add(layer);
            p.addAll(layer.parameters());
        }
        layers = Collections.unmodifiableList(l);
        parameters = Collections.unmodifiableList(p);
        outputs = new DMatrixRMaj[spec.depth()];
    }

    /** Weights drawn by {@code init} from {@code seed}, layer by layer, row-major; γ = 1, β = 0. */
    public static Mlp initialized(MlpSpec spec, Init init, long seed) {
        Mlp m = new Mlp(spec);
        Initializer.initialize(m.parameters, init, new SplittableRandom(seed));
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
    public List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public List<Parameter> layerParameters(int layer) {
        return layers.get(layer).parameters();
    }

    @Override
    public int probeGroupRows() {
        return 0;
    }

    @Override
    public DMatrixRMaj forward(DMatrixRMaj input) {
        if (input.numCols != spec.width() || input.numRows == 0) {
            throw new IllegalArgumentException("input must have " + spec.width() + " columns and at least one row, got "
                    + input.numRows + " x " + input.numCols);
        }
        DMatrixRMaj h = input;
        for (int l = 0; l < layers.size(); l++) {
            h = layers.get(l).forward(h);
            outputs[l] = h;
        }
        return h;
    }

    @Override
    public DMatrixRMaj layerOutput(int layer) {
        if (outputs[layer] == null) throw new IllegalStateException("no forward pass yet");
        return outputs[layer];
    }

    @Override
    public double backward(DMatrixRMaj target) {
        DMatrixRMaj y = layerOutput(layers.size() - 1);
        for (int i = 0; i < parameters.size(); i++) parameters.get(i).grad().zero();
        double loss = Loss.squaredError(y, target, gradY);
        DMatrixRMaj g = gradY;
        for (int l = layers.size() - 1; l >= 0; l--) g = layers.get(l).backward(g);
        return loss;
    }
}
