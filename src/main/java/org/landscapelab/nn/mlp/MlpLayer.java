package org.landscapelab.nn.mlp;

import static org.landscapelab.nn.MatMul.mult;
import static org.landscapelab.nn.MatMul.multAddTransA;
import static org.landscapelab.nn.MatMul.multTransB;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.landscapelab.nn.Activation;
import org.landscapelab.nn.NetworkLayer;
import org.landscapelab.nn.ParameterTensor;
import org.landscapelab.nn.Rows;

/** One MLP layer: H' = act(BN(H W)), batch norm optional. */
final class MlpLayer implements NetworkLayer {
    final ParameterTensor w;
    private final BatchNorm bn;                 // null without batch norm
    private final Activation activation;
    private final List<ParameterTensor> parameters;

    private DMatrixRMaj x;
    private final DMatrixRMaj p = new DMatrixRMaj(1, 1), out = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj gPre = new DMatrixRMaj(1, 1), gradIn = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj wT = new DMatrixRMaj(1, 1);

    MlpLayer(MlpSpec spec) {
        w = new ParameterTensor("W", ParameterTensor.Role.WEIGHT, spec.width(), spec.width());
        bn = spec.batchNorm() ? new BatchNorm(spec.width(), spec.bnEps()) : null;
        activation = spec.activation();
        List<ParameterTensor> all = new ArrayList<>(List.of(w));
        if (bn != null) all.addAll(bn.parameters());
        parameters = Collections.unmodifiableList(all);
    }

    /** W, then gamma and beta with batch norm. */
    @Override
    public List<ParameterTensor> parameters() {
        return parameters;
    }

    @Override
    public DMatrixRMaj forward(DMatrixRMaj input) {
        x = input;
        mult(x, w.value(), p);                                  // P = H W
        DMatrixRMaj pre = bn == null ? p : bn.forward(p);       // P = BN(P)
        out.setTo(pre);
        if (activation == Activation.RELU) Rows.reluInPlace(out); // H' = relu(P)
        return out;
    }

    @Override
    public DMatrixRMaj backward(DMatrixRMaj gradOut) {
        gPre.setTo(gradOut);
        if (activation == Activation.RELU) Rows.zeroWhereNotPositive(gPre, out); // dP = dH' where H' > 0
        DMatrixRMaj gP = bn == null ? gPre : bn.backward(gPre); // through BN: dP, dγ, dβ
        multAddTransA(x, gP, w.grad());                         // dW += Hᵀ dP
        multTransB(gP, w.value(), gradIn, wT);                  // dH = dP Wᵀ
        return gradIn;
    }
}
