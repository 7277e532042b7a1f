package org.landscapelab.noise;

import static org.landscapelab.params.Range.above;
import static org.landscapelab.params.Range.atLeast;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.landscapelab.params.Range;
import org.landscapelab.params.SliderRange;

/**
 * Every noise process with its parameters, declared once: {@link NoiseSpec} checks and writes values
 * with it, and the command line's options, the app's noise panel, the escape sweep's choices and
 * the help page are built from it. A new process is its class, a {@link NoiseKind} name, one entry
 * in {@link #describe} (with its parameters added to {@link #PARAMETERS}) and its test.
 */
public final class NoiseCatalog {
    private NoiseCatalog() {}

    /** torch.optim injects no noise: tooltips say where the lab's names are used instead. */
    private static final String NOISE_NAMES = "PyTorch has no noise process; command line and files: ";

    /** The scale of every kind's increments; 0 turns the noise off. */
    public static final NoiseParameter SIGMA = new NoiseParameter("sigma", "σ", "noise scale", "the noise scale.",
            "iterate noise x_{k+1} = step(x_k) + σ·ΔB_k, ΔB_k the process's increment over the time step lr; "
                    + "gradient noise: the optimizer sees ∇f(x_k) + σ·ξ_k.",
            atLeast(0), null, 0.1, SliderRange.log(1e-4, 10), true);

    /** H = 1/2 is Brownian motion: fbm without a Hurst index is white noise. */
    public static final NoiseParameter HURST = new NoiseParameter("hurst", "H", "Hurst index",
            "the Hurst index of fractional Brownian motion. H = 1/2 is Brownian (white increments); H > 1/2 positively "
                    + "correlated, smooth, trending; H < 1/2 anti-correlated, rough.",
            "Var B_H(t) = t^(2H); increments at lag k correlate as ½(|k−1|^(2H) − 2|k|^(2H) + |k+1|^(2H)).",
            new Range(0, false, 1, false), null, 0.5, SliderRange.linear(0.01, 0.99), true);

    public static final NoiseParameter THETA = new NoiseParameter("theta", "θ", "mean-reversion rate",
            "mean-reversion rate of the Ornstein–Uhlenbeck process; correlation time 1/θ.",
            "dX = −θX dt + dW, sampled exactly: X_{k+1} = e^(−θΔ)X_k + √((1 − e^(−2θΔ))/(2θ))·Z_k; stationary variance 1/(2θ).",
            above(0), null, 1.0, SliderRange.log(1e-2, 1e2), true);

    /**
     * The smallest stability index whose draws stay finite. A Chambers–Mallows–Stuck draw is at most
     * about cos(V)^(-1/α)·W^(-(1-α)/α) with cos(V) and W no smaller than ~1e-16 (the resolution of a
     * uniform double), i.e. 10^((31.7 - 16α)/α): below 10^308 for α >= 0.098, while smaller α overflow
     * to infinity (and 0·∞ gives NaN) ever more often; at α = 1e-9 nearly every draw is 0, ∞ or NaN.
     * The app's slider starts at 0.2.
     */
    public static final double MIN_ALPHA = 0.1;

    /** Heavy-tailed with a finite mean by default; alpha = 2 would be Gaussian. */
    public static final NoiseParameter ALPHA = new NoiseParameter("alpha", "α", "stability index",
            "stability index of the symmetric α-stable law: α = 2 is Gaussian, α < 2 heavy-tailed (occasional huge jumps).",
            "increments Δ^(1/α)·S_α, tails P(|S_α| > u) ~ u^(−α) for α < 2.",
            new Range(0, false, 2, true),
            new NoiseParameter.Floor(MIN_ALPHA, "the alpha-stable draws of smaller alpha overflow double precision"),
            1.5, SliderRange.linear(0.2, 2), true);

    /**
     * Every parameter of a {@link NoiseSpec}, in the order its text form writes them (sigma, then the
     * processes' own); a new parameter goes at the end, so that existing text forms stay as they are.
     */
    public static final List<NoiseParameter> PARAMETERS = List.of(SIGMA, HURST, THETA, ALPHA);

    /** Built once: the descriptions are immutable records. */
    private static final Map<NoiseKind, NoiseInfo> INFOS = describeAll();

    /** The description of one process. */
    public static NoiseInfo info(NoiseKind kind) {
        return INFOS.get(kind);
    }

    /** A parameter by its name, ignoring case. */
    public static Optional<NoiseParameter> parameter(String name) {
        return PARAMETERS.stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The parameters an escape-time sweep can vary, in {@link #PARAMETERS} order. */
    public static List<NoiseParameter> sweepable() {
        return PARAMETERS.stream().filter(NoiseParameter::sweepable).toList();
    }

    /** The parameters of a kind's spec that matter: sigma, then the process's own. */
    public static List<NoiseParameter> parametersOf(NoiseKind kind) {
        return Stream.concat(Stream.of(SIGMA), info(kind).parameters().stream()).toList();
    }

    /** The kinds whose process reads the parameter: none for sigma, [fbm] for hurst. */
    public static List<NoiseKind> kindsUsing(NoiseParameter parameter) {
        return INFOS.values().stream().filter(i -> i.uses(parameter)).map(NoiseInfo::kind).toList();
    }

    private static Map<NoiseKind, NoiseInfo> describeAll() {
        Map<NoiseKind, NoiseInfo> infos = new EnumMap<>(NoiseKind.class);
        for (NoiseKind kind : NoiseKind.values()) infos.put(kind, describe(kind));
        return Collections.unmodifiableMap(infos);
    }

    private static NoiseInfo describe(NoiseKind kind) {
        return switch (kind) {
            case NONE -> new NoiseInfo(kind, "No noise", "No noise: each step is the optimizer's own.", "",
                    List.of(), s -> new NoNoise(), (s, number) -> "");
            case WHITE -> new NoiseInfo(kind, "White (Brownian increments)",
                    "Independent Gaussian increments of Brownian motion W over each time step Δ = lr: perturbed GD (PGD).",
                    "ΔW\u2096 ~ N(0, Δ), independent",
                    List.of(), s -> new WhiteNoise(),
                    (s, number) -> "A Brownian path (white increments), same draws as every preview");
            case OU -> new NoiseInfo(kind, "Ornstein–Uhlenbeck",
                    "Gaussian noise with memory: a mean-reverting process with correlation time 1/θ, drawn with its exact "
                            + "discretization; its increments are nearly white for small θΔ and anti-correlated for large θΔ.",
                    "dX = −θX dt + dW;   X\u2096\u208a\u2081 = e^(−θΔ) X\u2096 + √((1 − e^(−2θΔ)) / (2θ)) Z;   Var X = 1/(2θ)",
                    List.of(THETA), s -> new OrnsteinUhlenbeck(s.value(THETA)),
                    (s, number) -> "Sum of the OU increments over t in [0, 1]: the OU path, correlation time 1/θ = "
                            + number.apply(1 / s.value(THETA)));
            case FBM -> new NoiseInfo(kind, "Fractional Brownian motion",
                    "Gaussian, self-similar, with long memory set by the Hurst index H: H = 1/2 is Brownian motion, H > 1/2 "
                            + "persistent (smooth, trending), H < 1/2 anti-persistent (rough). Drawn by Davies–Harte circulant "
                            + "embedding (exact, O(n log n)), with the Hosking recursion as an exact fallback. Perturbing the "
                            + "iterate with it is fPGD.",
                    "Var B_H(t) = t^(2H);   fGn autocovariance γ(k) = ½(|k−1|^(2H) − 2|k|^(2H) + |k+1|^(2H));   ΔB = Δ^H · fGn",
                    List.of(HURST), s -> new FractionalGaussianNoise(s.value(HURST)),
                    (s, number) -> {
                        double h = s.value(HURST);
                        return "Fractional Brownian motion, H = " + number.apply(h)
                                + (h > 0.5 ? ": smooth, trending" : h < 0.5 ? ": rough, anti-correlated" : ": Brownian");
                    });
            case ANTI -> new NoiseInfo(kind, "Anti-correlated (Anti-PGD)",
                    "The increments of a white sequence: consecutive perturbations cancel, so the noise regularizes (it "
                            + "penalizes curvature and biases the run toward flat minima; Orvieto et al. 2022) instead of "
                            + "diffusing. fGn as H → 0 has the same correlation.",
                    "ξ\u2096\u208a\u2081 − ξ\u2096,   ξ\u2096 ~ N(0, 1) independent;   lag-1 correlation −1/2",
                    List.of(), s -> new AntiCorrelatedNoise(),
                    (s, number) -> "Sum of Anti-PGD increments \u03be\u2096\u208a\u2081 \u2212 \u03be\u2096: it never wanders off");
            case LEVY -> new NoiseInfo(kind, "α-stable (heavy-tailed)",
                    "Symmetric α-stable increments (Chambers–Mallows–Stuck): rare, very large jumps for α < 2; α = 2 is "
                            + "Gaussian with variance 2. Self-similar with index 1/α.",
                    "E e^(itS) = e^(−|t|^α);   ΔL = Δ^(1/α) · S",
                    List.of(ALPHA), s -> new StableNoise(s.value(ALPHA)),
                    (s, number) -> {
                        double a = s.value(ALPHA);
                        return "A Lévy flight, α = " + number.apply(a) + (a < 2 ? ": rare big jumps" : ": Gaussian");
                    });
        };
    }

    /** A parameter's tooltip: its symbol, meaning and formula, and its names on the command line and in files. */
    public static String tooltip(NoiseParameter p) {
        return p.symbol() + ": " + p.meaning() + "\nFormula: " + p.formula() + "\n" + NOISE_NAMES + p.option()
                + ", session key " + p.name();
    }
}
