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
 * evaluate. Evaluating writes x into the network's parameters; not thread-safe — {@link #copy()}
 * gives another thread its own network.
 */
public final class FullBatchLoss implements Oracle {
    private final Network network;
    private final List<ParameterTensor> parameters;
    private final DMatrixRMaj input, target;
    private final int dimension;

    /** The input and target are kept, not copied: do not change them. */
    public FullBatchLoss(Network network, DMatrixRMaj input, DMatrixRMaj target) {
        if (input.numCols != network.width() || target.numRows != input.numRows || target.numCols != input.numCols) {
            throw new IllegalArgumentException("input and target must both be rows x " + network.width() + ", got "
                    + input.numRows + " x " + input.numCols + " and " + target.numRows + " x " + target.numCols);
        }
        this.network = network;
        this.parameters = network.parameters();
        this.input = input;
        this.target = target;
        this.dimension = ParameterVector.size(parameters);
    }

    /** The same loss on a fresh network of the same shape (its parameters are set by each evaluation). */
    public FullBatchLoss copy() {
        Network fresh;
        if (network instanceof Transformer t) {
            fresh = new Transformer(t.spec());
        } else if (network instanceof Mlp m) {
            fresh = new Mlp(m.spec());
        } else {
            throw new IllegalStateException("cannot copy a " + network.getClass().getSimpleName());
        }
        return new FullBatchLoss(fresh, input, target);
    }

    public Network network() {
        return network;
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
