package org.landscapelab.optim;

import java.util.List;
import java.util.Optional;

/**
 * What a UI shows about one optimizer: a short name, the update rule for a tooltip, and its
 * hyper-parameters in PyTorch's signature order.
 */
public record OptimizerInfo(OptimizerKind kind, String displayName, String updateRule,
        List<HyperParameter> parameters) {

    public OptimizerInfo {
        parameters = List.copyOf(parameters);
    }

    public Optional<HyperParameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Names in order, e.g. "lr, betas, eps, weight_decay, amsgrad, maximize". */
    public String names() {
        return String.join(", ", parameters.stream().map(HyperParameter::name).toList());
    }
}
