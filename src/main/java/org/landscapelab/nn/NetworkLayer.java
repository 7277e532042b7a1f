package org.landscapelab.nn;

import java.util.List;
import org.ejml.data.DMatrixRMaj;

/** One layer of a {@link LayerStack}: a forward pass, the backward pass of the last forward, its parameters. */
public interface NetworkLayer {
    DMatrixRMaj forward(DMatrixRMaj input);

    /** Given dLoss/dOutput, accumulates the parameters' gradients and returns dLoss/dInput. */
    DMatrixRMaj backward(DMatrixRMaj gradOutput);

    List<ParameterTensor> parameters();
}
