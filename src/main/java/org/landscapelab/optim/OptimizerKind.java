package org.landscapelab.optim;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The optimizers the lab knows, by the name the CLI and session files use. */
public enum OptimizerKind {
    SGD("sgd"),
    ADAM("adam"),
    ADAMW("adamw"),
    RMSPROP("rmsprop"),
    ADAGRAD("adagrad"),
    NEWTON("newton"),
    CUBIC_NEWTON("cubic-newton"),
    SADDLE_FREE_NEWTON("saddle-free-newton"),
    PGD("pgd"),
    SVRG("svrg"),
    SARAH("sarah"),
    WEIGHT_NORM_GD("weight-norm-gd");

    private final String id;

    OptimizerKind(String id) {
        this.id = id;
    }

    /** The name as typed on the command line, e.g. "cubic-newton". */
    public String id() {
        return id;
    }

    /** The torch.optim class with the same update rule and parameter names, if PyTorch has one. */
    public Optional<String> torchClass() {
        return switch (this) {
            case SGD -> Optional.of("torch.optim.SGD");
            case ADAM -> Optional.of("torch.optim.Adam");
            case ADAMW -> Optional.of("torch.optim.AdamW");
            case RMSPROP -> Optional.of("torch.optim.RMSprop");
            case ADAGRAD -> Optional.of("torch.optim.Adagrad");
            default -> Optional.empty();
        };
    }

    /** Whether runs draw random numbers (perturbations, mini-batches), so need a seeded generator. */
    public boolean usesRandom() {
        return this == PGD || this == SVRG || this == SARAH;
    }

    /** Whether the oracle must provide a Hessian. */
    public boolean needsHessian() {
        return this == NEWTON || this == CUBIC_NEWTON || this == SADDLE_FREE_NEWTON;
    }

    /** Whether the oracle must be a {@link FiniteSumOracle}. */
    public boolean needsFiniteSum() {
        return this == SVRG || this == SARAH;
    }

    public static OptimizerKind fromId(String id) {
        for (OptimizerKind kind : values()) {
            if (kind.id.equals(id)) return kind;
        }
        throw new IllegalArgumentException("unknown optimizer '" + id + "'; known: "
                + Arrays.stream(values()).map(OptimizerKind::id).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return id;
    }
}
