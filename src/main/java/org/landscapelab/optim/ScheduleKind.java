package org.landscapelab.optim;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.landscapelab.params.Range;

/**
 * The learning-rate schedules of {@code torch.optim.lr_scheduler} the lab offers, with their
 * hyper-parameters. PyTorch requires step_size, gamma (exponential) and T_max; the defaults here
 * only seed the UI's controls.
 */
public enum ScheduleKind {
    CONSTANT("constant", "Constant", "lr_t = lr", List.of()),
    STEP("step", "StepLR", "lr_t = lr · γ^⌊t / step_size⌋", List.of(
            HyperParameter.integer("step_size", 100, Range.atLeast(1), 1, 1000,
                    "steps between two decays of the learning rate"),
            HyperParameter.number("gamma", 0.1, Range.above(0), 0.01, 1, false,
                    "factor applied to the learning rate every step_size steps"))),
    EXPONENTIAL("exponential", "ExponentialLR", "lr_t = lr · γ^t", List.of(
            HyperParameter.number("gamma", 0.99, Range.above(0), 0.9, 1, false,
                    "factor applied to the learning rate every step"))),
    COSINE("cosine", "CosineAnnealingLR", "lr_t = η_min + (lr − η_min)·(1 + cos(π·t / T_max)) / 2", List.of(
            HyperParameter.integer("T_max", 1000, Range.atLeast(1), 10, 10000,
                    "steps of one half cosine period, from lr down to eta_min"),
            HyperParameter.number("eta_min", 0, Range.atLeast(0), 0, 0.1, false,
                    "the learning rate at the bottom of the cosine")));

    private final String id;
    private final String displayName;
    private final String formula;
    private final List<HyperParameter> parameters;

    ScheduleKind(String id, String displayName, String formula, List<HyperParameter> parameters) {
        this.id = id;
        this.displayName = displayName;
        this.formula = formula;
        this.parameters = parameters;
    }

    /** As typed on the command line: schedule=cosine. */
    public String id() { return id; }

    /** PyTorch's class name, e.g. "CosineAnnealingLR". */
    public String displayName() { return displayName; }

    /** The learning rate at step t (0-based) as text, for tooltips. */
    public String formula() { return formula; }

    public List<HyperParameter> parameters() { return parameters; }

    public Optional<HyperParameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public static ScheduleKind fromId(String id) {
        for (ScheduleKind kind : values()) {
            if (kind.id.equals(id)) return kind;
        }
        throw new IllegalArgumentException("schedule must be one of "
                + Arrays.stream(values()).map(ScheduleKind::id).collect(Collectors.joining(", ")) + ", got '" + id + "'");
    }

    @Override
    public String toString() { return id; }
}
