package org.landscapelab.nn;

import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * A network with an explicit forward and backward pass and the loss 0.5·‖Y − T‖²_F / rows
 * (rows = tokens for one transformer sequence, the batch size for the MLP; for several stacked
 * sequences, the mean of their losses). Inputs, targets and outputs are rows × width matrices.
 *
 * <p>Mutable and not thread-safe: it owns its parameters, gradients and activation buffers, and the
 * matrices it returns are its own buffers, valid until the next call.
 *
 * <p>Two kinds implement it: {@code nn.transformer.Transformer} and {@code nn.mlp.Mlp}. (Not sealed:
 * outside a named module Java keeps a sealed type's subclasses in its own package.)
 */
public interface Network {

    /** Number of layers (transformer blocks or MLP layers). */
    int depth();

    /** Columns of inputs and outputs. */
    int width();

    /** Every parameter, layer by layer, in the order of {@link #layerParameters}. */
    List<ParameterTensor> parameters();

    /** The parameters of layer {@code layer} (0-based). */
    List<ParameterTensor> layerParameters(int layer);

    /**
     * How many consecutive rows form one group for the probes: the tokens of one sequence for a
     * transformer, the whole batch for the MLP (returned as 0).
     */
    int probeGroupRows();

    /** Runs the network on {@code input}; returns the last layer's output. */
    DMatrixRMaj forward(DMatrixRMaj input);

    /** Output of layer {@code layer} (0-based) in the last forward pass. */
    DMatrixRMaj layerOutput(int layer);

    /**
     * Zeroes the gradients, then back-propagates the loss of the last forward pass against
     * {@code target} and returns that loss.
     */
    double backward(DMatrixRMaj target);

    /** Forward, then backward: the loss, with every parameter's gradient set. */
    default double lossAndGradient(DMatrixRMaj input, DMatrixRMaj target) {
        forward(input);
        return backward(target);
    }

    /** Probes on each layer's output and gradient norms of the last backward pass, layer by layer. */
    default List<LayerReport> report() {
        return Probes.report(this);
    }
}
