package org.landscapelab.nn;

import java.util.Objects;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;

/**
 * One trainable tensor of a layer and the gradient of the loss with respect to it, both shaped
 * for right-multiplication (a bias is a 1 × k row). The network owns and mutates both matrices:
 * read them between steps, do not keep them.
 */
public final class ParameterTensor {
    /** What a parameter is, which decides its initial value. */
    public enum Role {
        /** A weight matrix: Gaussian, scaled by {@link Init}. */
        WEIGHT,
        /** A bias or batch-norm shift β: starts at 0. */
        SHIFT,
        /** A batch-norm scale γ: starts at 1. */
        SCALE
    }

    private final String name;
    private final Role role;
    private final DMatrixRMaj value;
    private final DMatrixRMaj grad;

    public ParameterTensor(String name, Role role, int rows, int cols) {
        this.name = Objects.requireNonNull(name, "name");
        this.role = Objects.requireNonNull(role, "role");
        this.value = new DMatrixRMaj(rows, cols);
        this.grad = new DMatrixRMaj(rows, cols);
    }

    /** The name used in reference files: Wq, Wk, Wv, Wo, W1, b1, W2, b2; W, gamma, beta. */
    public String name() {
        return name;
    }

    public Role role() {
        return role;
    }

    public DMatrixRMaj value() {
        return value;
    }

    public DMatrixRMaj grad() {
        return grad;
    }

    public int size() {
        return value.getNumElements();
    }

    /** ‖∂loss/∂θ‖_F. */
    public double gradNorm() {
        return NormOps_DDRM.normF(grad);
    }

    /** Copies the entries (row-major) from {@code source}, which must have the same shape. */
    public void set(DMatrixRMaj source) {
        if (source.numRows != value.numRows || source.numCols != value.numCols) {
            throw new IllegalArgumentException(name + ": expected " + value.numRows + " x " + value.numCols
                    + ", got " + source.numRows + " x " + source.numCols);
        }
        value.setTo(source);
    }

    @Override
    public String toString() {
        return name + " " + value.numRows + "x" + value.numCols;
    }
}
