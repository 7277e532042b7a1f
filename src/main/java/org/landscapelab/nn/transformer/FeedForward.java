package org.landscapelab.nn.transformer;

import static org.landscapelab.nn.MatMul.mult;
import static org.landscapelab.nn.MatMul.multAddTransA;
import static org.landscapelab.nn.MatMul.multTransB;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.landscapelab.nn.ParameterTensor;
import org.landscapelab.nn.Rows;

/** The position-wise feed-forward network ffn(X) = relu(X W1 + b1) W2 + b2. */
final class FeedForward {
    final ParameterTensor w1, b1, w2, b2;

    private DMatrixRMaj x;
    private final DMatrixRMaj h = new DMatrixRMaj(1, 1);       // relu(X W1 + b1)
    private final DMatrixRMaj out = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj gH = new DMatrixRMaj(1, 1), gradIn = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj transposed = new DMatrixRMaj(1, 1);     // scratch for W1ᵀ, W2ᵀ

    FeedForward(int width, int hidden) {
        w1 = new ParameterTensor("W1", ParameterTensor.Role.WEIGHT, width, hidden);
        b1 = new ParameterTensor("b1", ParameterTensor.Role.SHIFT, 1, hidden);
        w2 = new ParameterTensor("W2", ParameterTensor.Role.WEIGHT, hidden, width);
        b2 = new ParameterTensor("b2", ParameterTensor.Role.SHIFT, 1, width);
    }

    List<ParameterTensor> parameters() {
        return List.of(w1, b1, w2, b2);
    }

    DMatrixRMaj forward(DMatrixRMaj input) {
        x = input;
        mult(x, w1.value(), h);                                // H = X W1
        Rows.addRowVector(h, b1.value());                      //   + b1
        Rows.reluInPlace(h);                                   // H = relu(H)
        mult(h, w2.value(), out);                              // F = H W2
        Rows.addRowVector(out, b2.value());                    //   + b2
        return out;
    }

    DMatrixRMaj backward(DMatrixRMaj gradOut) {
        multAddTransA(h, gradOut, w2.grad());                  // dW2 += Hᵀ dF
        Rows.addColumnSums(gradOut, b2.grad());                // db2 += Σ_rows dF
        multTransB(gradOut, w2.value(), gH, transposed);       // dH = dF W2ᵀ
        Rows.zeroWhereNotPositive(gH, h);                      // through relu: dH = 0 where H = 0
        multAddTransA(x, gH, w1.grad());                       // dW1 += Xᵀ dH
        Rows.addColumnSums(gH, b1.grad());                     // db1 += Σ_rows dH
        multTransB(gH, w1.value(), gradIn, transposed);        // dX = dH W1ᵀ
        return gradIn;
    }
}
