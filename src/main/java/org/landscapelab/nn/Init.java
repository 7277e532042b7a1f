package org.landscapelab.nn;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How weight matrices are drawn: i.i.d. Gaussian N(0, std²) with std from the matrix's fan-in
 * (rows) and fan-out (columns). Biases start at 0, batch-norm γ at 1 and β at 0.
 *
 * <p>The paper trends (rank collapse, batch norm) are stated for {@link #FAN_IN}; {@link #HE} is
 * the right scale for ReLU MLPs (it keeps the second moment of activations constant with depth).
 */
public enum Init {
    /** std = 1/√fan_in (LeCun): keeps the variance of a linear map's output equal to its input's. */
    FAN_IN("fan-in"),
    /** std = √(2/(fan_in + fan_out)) (Glorot/Xavier normal); the same as FAN_IN for square matrices. */
    XAVIER("xavier"),
    /** std = √(2/fan_in) (He/Kaiming normal): makes up for ReLU zeroing half the units. */
    HE("he");

    private final String id;

    Init(String id) {
        this.id = id;
    }

    /** What an MLP of this activation starts from unless told otherwise: He for ReLU, fan-in for linear. */
    public static Init forActivation(Activation a) {
        return a == Activation.RELU ? HE : FAN_IN;
    }

    public String id() {
        return id;
    }

    /** The standard deviation of the entries of a fanIn × fanOut weight matrix. */
    public double std(int fanIn, int fanOut) {
        return switch (this) {
            case FAN_IN -> 1.0 / Math.sqrt(fanIn);
            case XAVIER -> Math.sqrt(2.0 / (fanIn + fanOut));
            case HE -> Math.sqrt(2.0 / fanIn);
        };
    }

    public static Init fromId(String id) {
        for (Init i : values()) {
            if (i.id.equals(id)) return i;
        }
        throw new IllegalArgumentException("unknown init '" + id + "', expected one of "
                + Arrays.stream(values()).map(Init::id).collect(Collectors.joining(", ")));
    }
}
