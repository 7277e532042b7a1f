package org.landscapelab.nn.training;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.landscapelab.nn.Network;
import org.landscapelab.nn.ParameterTensor;
import org.landscapelab.nn.ParameterVector;
import org.landscapelab.nn.transformer.Transformer;
import org.landscapelab.optim.FiniteSumOracle;

/**
 * A network's loss as an optimizer sees it: f(x) with x the flattened parameters
 * ({@link ParameterVector}) on the current batch of a data set, and f_i the loss of example i for
 * the variance-reduced methods. With batch norm the samples of a batch interact, so a
 * "component" gradient is that of the batch the indices form, not a mean of separate gradients.
 * Evaluating copies x into the layers; nothing is allocated per call.
 */
public final class NetworkOracle implements FiniteSumOracle {
    private final Network network;
    private final List<ParameterTensor> parameters;
    private final TrainingData data;
    private final int dimension;
    private final DMatrixRMaj batchInputs, batchTargets;   // the current batch
    private final DMatrixRMaj indexInputs, indexTargets;   // a batch given by indices

    public NetworkOracle(Network network, TrainingData data) {
        if (data.width() != network.width()) {
            throw new IllegalArgumentException("data has width " + data.width() + " but the network " + network.width());
        }
        if (network instanceof Transformer t && data.rowsPerExample() != t.spec().tokens()) {
            throw new IllegalArgumentException("examples have " + data.rowsPerExample() + " rows but the transformer takes "
                    + t.spec().tokens() + " tokens");
        }
        this.network = network;
        this.parameters = network.parameters();
        this.data = data;
        this.dimension = ParameterVector.size(parameters);
        batchInputs = new DMatrixRMaj(data.inputs().numRows, data.width());
        batchTargets = new DMatrixRMaj(data.inputs().numRows, data.width());
        indexInputs = new DMatrixRMaj(data.inputs().numRows, data.width());
        indexTargets = new DMatrixRMaj(data.inputs().numRows, data.width());
        useAllExamples();
    }

    public Network network() {
        return network;
    }

    /** The training set the loss is over. */
    public TrainingData data() {
        return data;
    }

    /** The whole data set is the batch (the default). */
    public void useAllExamples() {
        batchInputs.setTo(data.inputs());
        batchTargets.setTo(data.targets());
    }

    /** The examples with these indices are the batch until the next call; the array is copied from, not kept. */
    public void useExamples(int[] examples) {
        gather(examples, batchInputs, batchTargets);
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public double gradient(double[] x, double[] grad) {
        return evaluate(x, batchInputs, batchTargets, grad);
    }

    @Override
    public int components() {
        return data.examples();
    }

    @Override
    public double componentGradient(double[] x, int[] batch, double[] grad) {
        gather(batch, indexInputs, indexTargets);
        return evaluate(x, indexInputs, indexTargets, grad);
    }

    private double evaluate(double[] x, DMatrixRMaj inputs, DMatrixRMaj targets, double[] grad) {
        if (x.length != dimension || grad.length != dimension) {
            throw new IllegalArgumentException("expected vectors of length " + dimension);
        }
        ParameterVector.setValues(parameters, x);
        double loss = network.lossAndGradient(inputs, targets);
        ParameterVector.copyGradients(parameters, grad);
        return loss;
    }

    private void gather(int[] examples, DMatrixRMaj inputs, DMatrixRMaj targets) {
        int r = data.rowsPerExample(), d = data.width(), block = r * d;
        inputs.reshape(examples.length * r, d);
        targets.reshape(examples.length * r, d);
        for (int i = 0; i < examples.length; i++) {
            System.arraycopy(data.inputs().data, examples[i] * block, inputs.data, i * block, block);
            System.arraycopy(data.targets().data, examples[i] * block, targets.data, i * block, block);
        }
    }
}
