package org.landscapelab.optim;

import static org.landscapelab.optim.HyperParameter.flag;
import static org.landscapelab.optim.HyperParameter.integer;
import static org.landscapelab.optim.HyperParameter.number;
import static org.landscapelab.optim.HyperParameter.pair;
import static org.landscapelab.params.Range.above;
import static org.landscapelab.params.Range.atLeast;
import static org.landscapelab.params.Range.closed;
import static org.landscapelab.params.Range.closedOpen;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every optimizer's hyper-parameters with names, defaults and valid ranges. For PyTorch's
 * optimizers these are {@code torch.optim} 1.13's; ranges are PyTorch's checks, made finite where
 * PyTorch leaves a value unchecked but only a bounded one makes sense (dampening, alpha).
 */
public final class OptimizerCatalog {
    private OptimizerCatalog() {}

    /** Built once: the descriptions are immutable records. */
    private static final Map<OptimizerKind, OptimizerInfo> INFOS = describeAll();

    /** The description of one optimizer. */
    public static OptimizerInfo info(OptimizerKind kind) {
        return INFOS.get(kind);
    }

    private static Map<OptimizerKind, OptimizerInfo> describeAll() {
        Map<OptimizerKind, OptimizerInfo> infos = new EnumMap<>(OptimizerKind.class);
        for (OptimizerKind kind : OptimizerKind.values()) infos.put(kind, describe(kind));
        return Collections.unmodifiableMap(infos);
    }

    private static OptimizerInfo describe(OptimizerKind kind) {
        return switch (kind) {
            case SGD -> new OptimizerInfo(kind, "SGD",
                    "b ← μb + (1−τ)g  (b = g at the first step);  x ← x − lr·b   (Nesterov: x ← x − lr·(g + μb))",
                    List.of(lr(1e-3), momentum(), number("dampening", 0, closed(0, 1), 0, 1, false,
                                    "τ: how much of the new gradient is damped out of the momentum buffer"),
                            flag("nesterov", false, "look-ahead momentum: step along g + μb instead of b"),
                            weightDecay(0), maximize()));
            case ADAM -> new OptimizerInfo(kind, "Adam",
                    "m ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;  x ← x − lr/(1−β₁ᵗ) · m / (√v / √(1−β₂ᵗ) + ε)",
                    List.of(lr(1e-3), betas(), eps(1e-8), weightDecay(0), amsgrad(), maximize()));
            case ADAMW -> new OptimizerInfo(kind, "AdamW",
                    "x ← x·(1 − lr·λ);  then Adam's step: m ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;"
                            + "  x ← x − lr/(1−β₁ᵗ) · m / (√v / √(1−β₂ᵗ) + ε)",
                    List.of(lr(1e-3), betas(), eps(1e-8), number("weight_decay", 1e-2, atLeast(0), 0, 0.1, false,
                            "λ: decoupled weight decay, shrinks x by lr·λ each step"), amsgrad(), maximize()));
            case RMSPROP -> new OptimizerInfo(kind, "RMSprop",
                    "s ← αs + (1−α)g²;  x ← x − lr·g / (√s + ε)   (momentum: b ← μb + g/(√s + ε);  x ← x − lr·b)",
                    List.of(lr(1e-2), number("alpha", 0.99, closed(0, 1), 0.9, 0.999, false,
                                    "α: smoothing constant of the running average of g²"),
                            eps(1e-8), weightDecay(0), momentum(),
                            flag("centered", false, "divide by an estimate of the variance of g instead of its second moment"),
                            maximize()));
            case ADAGRAD -> new OptimizerInfo(kind, "Adagrad",
                    "s ← s + g²;  x ← x − lr/(1 + (t−1)·lr_decay) · g / (√s + ε)",
                    List.of(lr(1e-2), number("lr_decay", 0, atLeast(0), 0, 0.1, false,
                                    "the learning rate at step t is lr / (1 + (t−1)·lr_decay)"),
                            weightDecay(0), number("initial_accumulator_value", 0, atLeast(0), 0, 1, false,
                                    "starting value of the sum of squared gradients"),
                            eps(1e-10), maximize()));
            case NEWTON -> new OptimizerInfo(kind, "Newton (damped)",
                    "x ← x − lr·(H + ρI)⁻¹g   (attracted to saddles and maxima as much as to minima)",
                    List.of(number("lr", 1, atLeast(0), 1e-3, 1, true, "step length as a fraction of the full Newton step"),
                            number("regularization", 0, atLeast(0), 0, 10, false,
                                    "ρ: added to the Hessian's diagonal (Levenberg); shortens steps, keeps H + ρI invertible")));
            case CUBIC_NEWTON -> new OptimizerInfo(kind, "Cubic-regularized Newton",
                    "s = argmin g·s + ½sᵀHs + (M/6)|s|³;  x ← x + lr·s",
                    List.of(number("lr", 1, atLeast(0), 1e-3, 1, true, "fraction of the model's minimizer to step (1: Nesterov–Polyak)"),
                            number("M", 1, above(0), 1e-2, 1e3, true,
                                    "weight of the cubic term: an estimate of the Hessian's Lipschitz constant")));
            case SADDLE_FREE_NEWTON -> new OptimizerInfo(kind, "Saddle-free Newton",
                    "x ← x − lr·|H|⁻¹g,  |H| = V·max(|Λ|, δ)·Vᵀ   (repelled by saddles)",
                    List.of(number("lr", 1, atLeast(0), 1e-3, 1, true, "step length as a fraction of the full step"),
                            number("damping", 1e-3, above(0), 1e-6, 10, true,
                                    "δ: smallest curvature used; bounds the step where the Hessian is nearly singular")));
            case PGD -> new OptimizerInfo(kind, "Perturbed GD",
                    "if |g| ≤ g_thres and t − t_noise > t_thres:  x ← x + ξ, ξ uniform in the ball of radius r,"
                            + " t_noise ← t;  then x ← x − lr·∇f(x)",
                    List.of(number("lr", 1e-2, atLeast(0), 1e-5, 1, true, "learning rate of the gradient steps"),
                            number("g_thres", 1e-3, atLeast(0), 1e-8, 1, true,
                                    "perturb only where the gradient norm is at most this"),
                            number("r", 1e-2, atLeast(0), 1e-6, 1, true, "radius of the ball the perturbation is drawn from"),
                            integer("t_thres", 100, atLeast(0), 0, 1000,
                                    "at least this many steps between two perturbations")));
            case SVRG -> new OptimizerInfo(kind, "SVRG",
                    "each epoch: w̃ ← x, μ ← ∇f(w̃);  then x ← x − lr·(∇f_B(x) − ∇f_B(w̃) + μ)",
                    List.of(lr(1e-2), epochLength(), batchSize()));
            case SARAH -> new OptimizerInfo(kind, "SARAH",
                    "each epoch: v ← ∇f(x);  then v ← ∇f_B(x) − ∇f_B(x_prev) + v;  x ← x − lr·v",
                    List.of(lr(1e-2), epochLength(), batchSize()));
            case WEIGHT_NORM_GD -> new OptimizerInfo(kind, "Weight-norm GD",
                    "w = g·u/‖u‖:  g ← g − g_lr_ratio·lr·û·∇f(w);  u ← u − lr·(g/‖u‖)(∇f(w) − (û·∇f(w))û)   (batch norm's length–direction "
                            + "split, Kohler et al. 2019; PyTorch has no such optimizer: SGD on a torch.nn.utils.weight_norm layer is this)",
                    List.of(number("lr", 1e-2, atLeast(0), 1e-5, 1, true, "learning rate of the direction u"),
                            number("g_lr_ratio", 1, atLeast(0), 0, 10, false,
                                    "the length g's learning rate over the direction's (lr_g = g_lr_ratio·lr), so a stable lr keeps both stable")));
        };
    }

    private static HyperParameter lr(double def) {
        return number("lr", def, atLeast(0), 1e-5, 1, true, "learning rate: the step size");
    }

    private static HyperParameter momentum() {
        return number("momentum", 0, atLeast(0), 0, 0.99, false, "μ: momentum factor, the fraction of the last step kept");
    }

    private static HyperParameter weightDecay(double def) {
        return number("weight_decay", def, atLeast(0), 0, 0.1, false, "L2 penalty: adds weight_decay·x to the gradient");
    }

    private static HyperParameter maximize() {
        return flag("maximize", false, "climb: step along +g instead of −g");
    }

    private static HyperParameter betas() {
        return pair("betas", 0.9, 0.999, closedOpen(0, 1), 0, 0.9999,
                "(β₁, β₂): decay rates of the running averages of g and g²");
    }

    private static HyperParameter eps(double def) {
        return number("eps", def, atLeast(0), 1e-12, 1, true, "ε: added to the denominator for numerical stability");
    }

    private static HyperParameter amsgrad() {
        return flag("amsgrad", false, "divide by the largest second moment so far (AMSGrad)");
    }

    private static HyperParameter epochLength() {
        return integer("epoch_length", 100, atLeast(1), 1, 1000, "inner steps between two full-gradient snapshots");
    }

    private static HyperParameter batchSize() {
        return integer("batch_size", 1, atLeast(1), 1, 100,
                "data rows per stochastic gradient, drawn without replacement within a batch");
    }
}
