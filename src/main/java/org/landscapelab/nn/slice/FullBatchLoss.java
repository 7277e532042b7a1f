package org.landscapelab.nn.slice;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.landscapelab.nn.Network;
import org.landscapelab.nn.ParameterTensor;
import org.landscapelab.nn.ParameterVector;
import org.landscapelab.nn.mlp.Mlp;
import org.landscapelab.nn.transformer.Transformer;
import org.landscapelab.optim.Oracle;

/**
 * A network's loss on one fixed input and target (the whole batch) over its flattened parameters
 * ({@link ParameterVector} order): what slices, Hessian-vector products and full-batch training
 * evaluate. It evaluates on a network of its own, of the shape of the one it is given, so that it
 * never changes that network (one being trained, say). Not thread-safe — {@link #copy()} gives
 * another thread its own network.
 */
public final class FullBatchLoss implements Oracle {
    private final Network network;
    private final List<ParameterTensor> parameters;
    private final DMatrixRMaj input, target;
    private final int dimension;

    /** The loss of networks shaped like {@code like} (a transformer or an MLP; its values are not used) on copies of input and target. */
    public FullBatchLoss(Network like, DMatrixRMaj input, DMatrixRMaj target) {
        if (input.numCols != like.width() || target.numRows != input.numRows || target.numCols != input.numCols) {
            throw new IllegalArgumentException("input and target must both be rows x " + like.width() + ", got "
                    + input.numRows + " x " + input.numCols + " and " + target.numRows + " x " + target.numCols);
        }
        this.network = sameShape(like);
        this.parameters = network.parameters();
        this.input = input.copy();
        this.target = target.copy();
        this.dimension = ParameterVector.size(parameters);
    }

    private static Network sameShape(Network like) {
        if (like instanceof Transformer t) return new Transformer(t.spec());
        if (like instanceof Mlp m) return new Mlp(m.spec());
        throw new IllegalArgumentException("cannot evaluate a " + like.getClass().getSimpleName() + ": only transformers and MLPs");
    }

    /** The same loss on another network of its own, for another thread. */
    public FullBatchLoss copy() {
        return new FullBatchLoss(network, input, target);
    }

    /** Rows of the batch: with the dimension, what one evaluation costs. */
    public int rows() {
        return input.numRows;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    /** The network's parameters, which {@link #lossAtCurrentValues()} reads in place. */
    List<ParameterTensor> parameters() {
        return parameters;
    }

    /** The loss at the parameters' current values, with their gradients set: no copies in or out. */
    double lossAtCurrentValues() {
        return network.lossAndGradient(input, target);
    }

    @Override
    public double gradient(double[] x, double[] grad) {
        if (x.length != dimension || grad.length != dimension) {
            throw new IllegalArgumentException("expected vectors of length " + dimension);
        }
        ParameterVector.setValues(parameters, x);
        double loss = network.lossAndGradient(input, target);
        ParameterVector.copyGradients(parameters, grad);
        return loss;
    }
}
