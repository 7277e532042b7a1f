package org.landscapelab.nn.transformer;

import static org.ejml.dense.row.CommonOps_DDRM.extract;
import static org.ejml.dense.row.CommonOps_DDRM.insert;
import static org.ejml.dense.row.CommonOps_DDRM.mult;
import static org.ejml.dense.row.CommonOps_DDRM.multTransA;
import static org.ejml.dense.row.CommonOps_DDRM.multTransB;

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
 * once) use {@link MatMul}; the small per-head products use EJML.
 */
final class SelfAttention {
    final ParameterTensor wq, wk, wv, wo;
    private final int tokens, heads, dk;
    private final double scale;

    /*
     * Shapes, for R = sequences · n stacked rows of width d, h heads of width d_k = d / h:
     *   whole-batch buffers (R × d): x (the input, not copied), q, k, v, o = concat_j(O_j), out = o Wo,
     *     and in backward their gradients gO, gQ, gK, gV, gradIn;
     *   per (sequence s, head j), the block of rows [s·n, (s+1)·n) and columns [j·d_k, (j+1)·d_k):
     *     qh, kh, vh, oh (n × d_k) and their gradients gOh, gQh, gKh, gVh; gP, gS (n × n).
     * Why copy a head out instead of working in place: EJML's products take whole matrices, and a
     * head is a strided block of Q; copying it (n·d_k numbers) costs far less than the n²·d_k
     * products on it, and the copies are reused scratch, so nothing is allocated per step.
     * probs[s·h + j] (n × n) keeps each head's softmax for backward; transposed and term are
     * scratch of MatMul's products with a transposed weight.
     */
    private DMatrixRMaj x;
    private final DMatrixRMaj q = new DMatrixRMaj(1, 1), k = new DMatrixRMaj(1, 1), v = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj o = new DMatrixRMaj(1, 1), out = new DMatrixRMaj(1, 1);
    /** softmax(Q_j K_jᵀ / √d_k) for each (sequence, head), kept for backward. */
    private DMatrixRMaj[] probs = new DMatrixRMaj[0];

    private final DMatrixRMaj qh, kh, vh, oh, gOh, gQh, gKh, gVh, gP, gS;
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
        qh = new DMatrixRMaj(tokens, dk);
        kh = new DMatrixRMaj(tokens, dk);
        vh = new DMatrixRMaj(tokens, dk);
        oh = new DMatrixRMaj(tokens, dk);
        gOh = new DMatrixRMaj(tokens, dk);
        gQh = new DMatrixRMaj(tokens, dk);
        gKh = new DMatrixRMaj(tokens, dk);
        gVh = new DMatrixRMaj(tokens, dk);
        gP = new DMatrixRMaj(tokens, tokens);
        gS = new DMatrixRMaj(tokens, tokens);
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
        for (int s = 0; s < sequences; s++) {
            for (int j = 0; j < heads; j++) {
                head(q, s, j, qh);
                head(k, s, j, kh);
                head(v, s, j, vh);
                DMatrixRMaj p = probs[s * heads + j];
                multTransB(scale, qh, kh, p);                // S = Q_j K_jᵀ / √d_k
                Softmax.rowsInPlace(p);                      // P = softmax_rows(S)
                mult(p, vh, oh);                             // O_j = P V_j
                insert(oh, o, s * tokens, j * dk);
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
        for (int s = 0; s < sequences; s++) {
            for (int j = 0; j < heads; j++) {
                head(gO, s, j, gOh);
                head(q, s, j, qh);
                head(k, s, j, kh);
                head(v, s, j, vh);
                DMatrixRMaj p = probs[s * heads + j];
                multTransB(gOh, vh, gP);                     // dP = dO_j V_jᵀ
                multTransA(p, gOh, gVh);                     // dV_j = Pᵀ dO_j
                Softmax.rowsBackward(p, gP, gS);             // dS = P ⊙ (dP − rowsum(P ⊙ dP))
                mult(scale, gS, kh, gQh);                    // dQ_j = dS K_j / √d_k
                multTransA(scale, gS, qh, gKh);              // dK_j = dSᵀ Q_j / √d_k
                insert(gQh, gQ, s * tokens, j * dk);
                insert(gKh, gK, s * tokens, j * dk);
                insert(gVh, gV, s * tokens, j * dk);
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

    /** Copies the block of sequence s and head j (rows s·n…, columns j·d_k…; n × d_k) out of m into dst. */
    private void head(DMatrixRMaj m, int s, int j, DMatrixRMaj dst) {
        extract(m, s * tokens, (s + 1) * tokens, j * dk, (j + 1) * dk, dst);
    }

    private void ensureProbs(int sequences) {
        if (probs.length >= sequences * heads) return;
        probs = new DMatrixRMaj[sequences * heads];
        for (int i = 0; i < probs.length; i++) probs[i] = new DMatrixRMaj(tokens, tokens);
    }
}
