package org.landscapelab.optim;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A learning-rate schedule as in {@code torch.optim.lr_scheduler}, in closed form. Applied per
 * optimizer step: step t (0-based, counting from creation or reset) uses {@code lr(baseLr, t)}, which is
 * what PyTorch gives when {@code scheduler.step()} is called after every {@code optimizer.step()}.
 * The closed forms are PyTorch's {@code _get_closed_form_lr}; its default chained updates agree up
 * to rounding.
 */
public sealed interface LrSchedule {

    /** The learning rate of step t (0-based), given the optimizer's lr. */
    double lr(double baseLr, long t);

    ScheduleKind kind();

    /** This schedule's hyper-parameters by PyTorch name, in the order of {@link ScheduleKind#parameters()}. */
    Map<String, HyperValue> parameters();

    /** The lr as given, every step. */
    record Constant() implements LrSchedule {
        public double lr(double baseLr, long t) { return baseLr; }
        public ScheduleKind kind() { return ScheduleKind.CONSTANT; }
        public Map<String, HyperValue> parameters() { return Map.of(); }
    }

    /** StepLR: lr · gamma^⌊t / step_size⌋. */
    record StepLR(int stepSize, double gamma) implements LrSchedule {
        public StepLR {
            check(ScheduleKind.STEP, "step_size", new HyperValue.Int(stepSize));
            check(ScheduleKind.STEP, "gamma", new HyperValue.Real(gamma));
        }
        public double lr(double baseLr, long t) { return baseLr * Math.pow(gamma, (double) (t / stepSize)); }
        public ScheduleKind kind() { return ScheduleKind.STEP; }
        public Map<String, HyperValue> parameters() {
            return ordered("step_size", new HyperValue.Int(stepSize), "gamma", new HyperValue.Real(gamma));
        }
    }

    /** ExponentialLR: lr · gamma^t. */
    record ExponentialLR(double gamma) implements LrSchedule {
        public ExponentialLR {
            check(ScheduleKind.EXPONENTIAL, "gamma", new HyperValue.Real(gamma));
        }
        public double lr(double baseLr, long t) { return baseLr * Math.pow(gamma, (double) t); }
        public ScheduleKind kind() { return ScheduleKind.EXPONENTIAL; }
        public Map<String, HyperValue> parameters() { return Map.of("gamma", new HyperValue.Real(gamma)); }
    }

    /** CosineAnnealingLR without restarts: eta_min + (lr − eta_min)(1 + cos(π t / T_max)) / 2. */
    record CosineAnnealingLR(int tMax, double etaMin) implements LrSchedule {
        public CosineAnnealingLR {
            check(ScheduleKind.COSINE, "T_max", new HyperValue.Int(tMax));
            check(ScheduleKind.COSINE, "eta_min", new HyperValue.Real(etaMin));
        }
        public double lr(double baseLr, long t) {
            // PyTorch's operation order: pi * t first, then / T_max.
            return etaMin + (baseLr - etaMin) * (1 + Math.cos(Math.PI * t / tMax)) / 2;
        }
        public ScheduleKind kind() { return ScheduleKind.COSINE; }
        public Map<String, HyperValue> parameters() {
            return ordered("T_max", new HyperValue.Int(tMax), "eta_min", new HyperValue.Real(etaMin));
        }
    }

    /** A schedule of the given kind from named values; missing ones take the kind's defaults. */
    static LrSchedule of(ScheduleKind kind, Map<String, HyperValue> values) {
        for (String name : values.keySet()) {
            if (kind.parameter(name).isEmpty()) {
                throw new IllegalArgumentException("unknown parameter '" + name + "' for schedule=" + kind.id());
            }
        }
        return switch (kind) {
            case CONSTANT -> new Constant();
            case STEP -> new StepLR(intValue(kind, values, "step_size"), realValue(kind, values, "gamma"));
            case EXPONENTIAL -> new ExponentialLR(realValue(kind, values, "gamma"));
            case COSINE -> new CosineAnnealingLR(intValue(kind, values, "T_max"), realValue(kind, values, "eta_min"));
        };
    }

    private static HyperValue value(ScheduleKind kind, Map<String, HyperValue> values, String name) {
        HyperParameter p = kind.parameter(name).orElseThrow();
        HyperValue v = values.getOrDefault(name, p.defaultValue());
        p.check(v);
        return v;
    }

    private static int intValue(ScheduleKind kind, Map<String, HyperValue> values, String name) {
        return ((HyperValue.Int) value(kind, values, name)).value();
    }

    private static double realValue(ScheduleKind kind, Map<String, HyperValue> values, String name) {
        return ((HyperValue.Real) value(kind, values, name)).value();
    }

    private static void check(ScheduleKind kind, String name, HyperValue v) {
        kind.parameter(name).orElseThrow().check(v);
    }

    private static Map<String, HyperValue> ordered(String k1, HyperValue v1, String k2, HyperValue v2) {
        Map<String, HyperValue> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return java.util.Collections.unmodifiableMap(m);
    }
}
