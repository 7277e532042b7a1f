package org.landscapelab.nn.transformer;

import static org.ejml.dense.row.CommonOps_DDRM.scale;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.landscapelab.nn.NetworkLayer;
import org.landscapelab.nn.ParameterTensor;
import org.landscapelab.nn.Rows;

/**
 * One encoder block: attention and FFN sublayers on residual branches scaled by a, with layer
 * norms after (post-LN) or before (pre-LN) them. Forward and backward read line by line against
 * each other; d· is the gradient of the loss with respect to ·.
 */
final class TransformerBlock implements NetworkLayer {
    private final Norm norm;
    private final double a;
    final SelfAttention attention;
    final FeedForward ffn;
    private final LayerNorm ln1, ln2;
    private final List<ParameterTensor> parameters;

    // Activations (rows × d) and gradients owned by the block.
    private final DMatrixRMaj u = new DMatrixRMaj(1, 1), z = new DMatrixRMaj(1, 1), v = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj out = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj gBranch = new DMatrixRMaj(1, 1), gZ = new DMatrixRMaj(1, 1), gradIn = new DMatrixRMaj(1, 1);

    TransformerBlock(TransformerSpec spec) {
        norm = spec.norm();
        a = spec.residualScale();
        attention = new SelfAttention(spec.tokens(), spec.width(), spec.heads());
        ffn = new FeedForward(spec.width(), spec.ffnWidth());
        ln1 = new LayerNorm(spec.lnEps());
        ln2 = new LayerNorm(spec.lnEps());
        List<ParameterTensor> all = new ArrayList<>(attention.parameters());
        all.addAll(ffn.parameters());
        parameters = Collections.unmodifiableList(all);
    }

    /** Wq, Wk, Wv, Wo, W1, b1, W2, b2. */
    @Override
    public List<ParameterTensor> parameters() {
        return parameters;
    }

    /** X' for input X (rows × d); the result is this block's buffer, valid until the next forward. */
    @Override
    public DMatrixRMaj forward(DMatrixRMaj x) {
        if (norm == Norm.POST_LN) {
            Rows.addScaled(x, a, attention.forward(x), u);          // U = X + a·attn(X)
            DMatrixRMaj zn = ln1.forward(u);                         // Z = LN(U)
            Rows.addScaled(zn, a, ffn.forward(zn), v);              // V = Z + a·ffn(Z)
            return ln2.forward(v);                                   // X' = LN(V)
        }
        Rows.addScaled(x, a, attention.forward(ln1.forward(x)), z); // Z = X + a·attn(LN(X))
        Rows.addScaled(z, a, ffn.forward(ln2.forward(z)), out);     // X' = Z + a·ffn(LN(Z))
        return out;
    }

    /** dX from dX', accumulating the parameter gradients; the result is this block's buffer. */
    @Override
    public DMatrixRMaj backward(DMatrixRMaj gOut) {
        if (norm == Norm.POST_LN) {
            DMatrixRMaj gV = ln2.backward(gOut);                     // dV = LN'(dX')
            scale(a, gV, gBranch);                                   // dF = a·dV
            Rows.addScaled(gV, 1, ffn.backward(gBranch), gZ);        // dZ = dV + ffn'(dF)
            DMatrixRMaj gU = ln1.backward(gZ);                       // dU = LN'(dZ)
            scale(a, gU, gBranch);                                   // dA = a·dU
            Rows.addScaled(gU, 1, attention.backward(gBranch), gradIn); // dX = dU + attn'(dA)
            return gradIn;
        }
        scale(a, gOut, gBranch);                                     // dF = a·dX'
        Rows.addScaled(gOut, 1, ln2.backward(ffn.backward(gBranch)), gZ);      // dZ = dX' + LN'(ffn'(dF))
        scale(a, gZ, gBranch);                                       // dA = a·dZ
        Rows.addScaled(gZ, 1, ln1.backward(attention.backward(gBranch)), gradIn); // dX = dZ + LN'(attn'(dA))
        return gradIn;
    }
}
