package org.landscapelab.nn.transformer;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.landscapelab.nn.MatMul;
import org.landscapelab.nn.ParameterTensor;

/**
 * Multi-head self-attention without biases:
 * attn(X) = concat_j( softmax_rows(Q_j K_jᵀ / √d_k) V_j ) Wo with Q = X Wq, K = X Wk, V = X Wv and
 * head j using columns [j·d_k, (j+1)·d_k). The input holds several sequences of {@code tokens}
 * rows each, stacked; tokens attend only within their own sequence. The projections (all rows at
 * once) use {@link MatMul}; the small per-head products ({@link HeadProduct}) read and write the
 * head's block of the whole-batch matrices in place.
 */
final class SelfAttention {
    final ParameterTensor wq, wk, wv, wo;
    private final int tokens, heads, dk;
    private final double scale;

    /*
     * Shapes, for R = sequences · n stacked rows of width d, h heads of width d_k = d / h:
     *   whole-batch buffers (R × d): x (the input, not copied), q, k, v, o = concat_j(O_j), out = o Wo,
     *     and in backward their gradients gO, gQ, gK, gV, gradIn;
     *   per (sequence s, head j), the block of rows [s·n, (s+1)·n) and columns [j·d_k, (j+1)·d_k) of
     *     each, used in place (offset s·n·d + j·d_k, row stride d); gP, gS, gSScaled (n × n) are scratch.
     * probs[s·h + j] (n × n) keeps each head's softmax for backward; transposed and term are
     * scratch of MatMul's products with a transposed weight.
     */
    private DMatrixRMaj x;
    private final DMatrixRMaj q = new DMatrixRMaj(1, 1), k = new DMatrixRMaj(1, 1), v = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj o = new DMatrixRMaj(1, 1), out = new DMatrixRMaj(1, 1);
    /** softmax(Q_j K_jᵀ / √d_k) for each (sequence, head), kept for backward. */
    private DMatrixRMaj[] probs = new DMatrixRMaj[0];

    private final DMatrixRMaj gP, gS, gSScaled;

    /**
     * The products dS·K_j and dSᵀ·Q_j once went through EJML, which applies the factor 1/√d_k to
     * dS first (rounding dS/√d_k) when the operands are at least this wide and to the sum otherwise;
     * doing the same keeps every gradient bit for bit what it was.
     */
    private static final int SCALED_FIRST_WIDTH = 15;
    private final DMatrixRMaj gO = new DMatrixRMaj(1, 1), gQ = new DMatrixRMaj(1, 1), gK = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj gV = new DMatrixRMaj(1, 1), gradIn = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj transposed = new DMatrixRMaj(1, 1), term = new DMatrixRMaj(1, 1);

    SelfAttention(int tokens, int width, int heads) {
        this.tokens = tokens;
        this.heads = heads;
        this.dk = width / heads;
        this.scale = 1.0 / Math.sqrt(dk);
        wq = new ParameterTensor("Wq", ParameterTensor.Role.WEIGHT, width, width);
        wk = new ParameterTensor("Wk", ParameterTensor.Role.WEIGHT, width, width);
        wv = new ParameterTensor("Wv", ParameterTensor.Role.WEIGHT, width, width);
        wo = new ParameterTensor("Wo", ParameterTensor.Role.WEIGHT, width, width);
        gP = new DMatrixRMaj(tokens, tokens);
        gS = new DMatrixRMaj(tokens, tokens);
        gSScaled = new DMatrixRMaj(tokens, tokens);
    }

    List<ParameterTensor> parameters() {
        return List.of(wq, wk, wv, wo);
    }

    DMatrixRMaj forward(DMatrixRMaj input) {
        x = input;
        MatMul.mult(x, wq.value(), q);                       // Q = X Wq
        MatMul.mult(x, wk.value(), k);                       // K = X Wk
        MatMul.mult(x, wv.value(), v);                       // V = X Wv
        o.reshape(x.numRows, x.numCols);
        int sequences = x.numRows / tokens;
        ensureProbs(sequences);
        int d = x.numCols, n = tokens;
        for (int s = 0; s < sequences; s++) {
            for (int j = 0; j < heads; j++) {
                int at = head(s, j);
                double[] p = probs[s * heads + j].data;
                HeadProduct.multiply(scale, q.data, at, d, 1, k.data, at, 1, d, p, 0, n, n, dk, n); // S = Q_j K_jᵀ / √d_k
                Softmax.rowsInPlace(probs[s * heads + j]);                                          // P = softmax_rows(S)
                HeadProduct.multiply(1, p, 0, n, 1, v.data, at, d, 1, o.data, at, d, n, n, dk);     // O_j = P V_j
            }
        }
        MatMul.mult(o, wo.value(), out);                     // A = concat_j(O_j) Wo
        return out;
    }

    DMatrixRMaj backward(DMatrixRMaj gradOut) {
        MatMul.multAddTransA(o, gradOut, wo.grad());         // dWo += Oᵀ dA
        MatMul.multTransB(gradOut, wo.value(), gO, transposed); // dO = dA Woᵀ
        gQ.reshape(x.numRows, x.numCols);
        gK.reshape(x.numRows, x.numCols);
        gV.reshape(x.numRows, x.numCols);
        int sequences = x.numRows / tokens;
        int d = x.numCols, n = tokens;
        for (int s = 0; s < sequences; s++) {
            for (int j = 0; j < heads; j++) {
                int at = head(s, j);
                DMatrixRMaj p = probs[s * heads + j];
                HeadProduct.multiply(1, gO.data, at, d, 1, v.data, at, 1, d, gP.data, 0, n, n, dk, n);     // dP = dO_j V_jᵀ
                HeadProduct.multiply(1, p.data, 0, 1, n, gO.data, at, d, 1, gV.data, at, d, n, n, dk);     // dV_j = Pᵀ dO_j
                Softmax.rowsBackward(p, gP, gS);             // dS = P ⊙ (dP − rowsum(P ⊙ dP))
                CommonOps_DDRM.scale(scale, gS, gSScaled);   // dS / √d_k
                // dQ_j = dS K_j / √d_k and dK_j = dSᵀ Q_j / √d_k, rounded as before (see SCALED_FIRST_WIDTH)
                if (dk >= SCALED_FIRST_WIDTH) {
                    HeadProduct.multiply(1, gSScaled.data, 0, n, 1, k.data, at, d, 1, gQ.data, at, d, n, n, dk);
                } else {
                    HeadProduct.multiply(scale, gS.data, 0, n, 1, k.data, at, d, 1, gQ.data, at, d, n, n, dk);
                }
                if (dk >= SCALED_FIRST_WIDTH || n >= SCALED_FIRST_WIDTH) {
                    HeadProduct.multiply(1, gSScaled.data, 0, 1, n, q.data, at, d, 1, gK.data, at, d, n, n, dk);
                } else {
                    HeadProduct.multiply(scale, gS.data, 0, 1, n, q.data, at, d, 1, gK.data, at, d, n, n, dk);
                }
            }
        }
        MatMul.multAddTransA(x, gQ, wq.grad());              // dWq += Xᵀ dQ
        MatMul.multAddTransA(x, gK, wk.grad());              // dWk += Xᵀ dK
        MatMul.multAddTransA(x, gV, wv.grad());              // dWv += Xᵀ dV
        MatMul.multTransB(gQ, wq.value(), gradIn, transposed); // dX = dQ Wqᵀ + dK Wkᵀ + dV Wvᵀ
        MatMul.multTransB(gK, wk.value(), term, transposed);
        CommonOps_DDRM.addEquals(gradIn, term);
        MatMul.multTransB(gV, wv.value(), term, transposed);
        CommonOps_DDRM.addEquals(gradIn, term);
        return gradIn;
    }

    /** Where the block of sequence s and head j (rows s·n…, columns j·d_k…) starts in a whole-batch matrix. */
    private int head(int s, int j) {
        return s * tokens * heads * dk + j * dk;
    }

    private void ensureProbs(int sequences) {
        if (probs.length >= sequences * heads) return;
        probs = new DMatrixRMaj[sequences * heads];
        for (int i = 0; i < probs.length; i++) probs[i] = new DMatrixRMaj(tokens, tokens);
    }
}
