package org.landscapelab.nn.training;

import java.util.Objects;
import org.ejml.data.DMatrixRMaj;
import org.landscapelab.nn.NetworkBudget;

/**
 * A fixed synthetic data set: examples of {@code rowsPerExample} consecutive rows of inputs and
 * targets (a sequence of tokens for a transformer, one sample for an MLP). The matrices are never
 * modified after construction; do not modify them either.
 */
public record TrainingData(String description, DMatrixRMaj inputs, DMatrixRMaj targets, int rowsPerExample) {

    public TrainingData {
        Objects.requireNonNull(description, "description");
        NetworkBudget.requireAtLeast1("rows per example", rowsPerExample);
        if (inputs.numRows != targets.numRows || inputs.numCols != targets.numCols) {
            throw new IllegalArgumentException("inputs are " + inputs.numRows + " x " + inputs.numCols
                    + " but targets are " + targets.numRows + " x " + targets.numCols);
        }
        if (inputs.numRows == 0 || inputs.numRows % rowsPerExample != 0) {
            throw new IllegalArgumentException("rows (" + inputs.numRows + ") must be a positive multiple of " + rowsPerExample);
        }
    }

    public int examples() {
        return inputs.numRows / rowsPerExample;
    }

    public int width() {
        return inputs.numCols;
    }
}
