package org.landscapelab.nn.training;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleConsumer;
import org.landscapelab.nn.Activation;
import org.landscapelab.nn.Init;
import org.landscapelab.nn.LayerReport;
import org.landscapelab.nn.Network;
import org.landscapelab.nn.NetworkBudget;
import org.landscapelab.nn.experiments.AtInitialization;
import org.landscapelab.nn.experiments.DepthSweep;
import org.landscapelab.nn.mlp.Mlp;
import org.landscapelab.nn.mlp.MlpSpec;

/**
 * The batch-norm panel's settings: a deep MLP (depth, width, linear or ReLU, with or without
 * batch norm) trained on a random teacher in batches of {@code batch}. Held as set, unchecked:
 * {@link #spec()} checks the shape. Networks start from {@link Init#forActivation}.
 */
public record MlpSettings(int depth, int width, int batch, Activation activation, boolean batchNorm) implements NetworkSettings {
    /** The keys of the text form, in the order files show them. */
    public static final List<String> KEYS = List.of("depth", "width", "batch", "activation", "batch_norm");
    /** What the panel starts with. */
    public static final MlpSettings DEFAULTS = new MlpSettings(20, 64, 32, Activation.RELU, true);
    /** Samples of the teacher's training set. */
    public static final int EXAMPLES = 256;

    public MlpSettings {
        Objects.requireNonNull(activation, "activation");
    }

    /** The shape as set; throws IllegalArgumentException naming what is wrong. */
    public MlpSpec spec() {
        return MlpSpec.of(width, depth, activation, batchNorm);
    }

    /** He for ReLU, fan-in for linear. */
    public Init init() {
        return Init.forActivation(activation);
    }

    @Override
    public Network network(long seed) {
        return Mlp.initialized(spec(), init(), seed);
    }

    @Override
    public TrainingData data(Network network, long seed) {
        MlpSpec s = ((Mlp) network).spec();
        return Tasks.mlpTeacher(s, Init.forActivation(s.activation()), EXAMPLES, seed + DATA_SEED_OFFSET);
    }

    /** Batch norm needs two samples at least. */
    @Override
    public int batchSize(TrainingData data) {
        return Math.max(2, Math.min(batch, data.examples()));
    }

    @Override
    public List<LayerReport> probesAtInit() {
        return AtInitialization.mlp(spec(), batch, init(), SEEDS_AT_INIT);
    }

    /** Refuses a shape that would not fit {@link org.landscapelab.nn.NetworkBudget} on a batch of {@link #batch}. */
    @Override
    public void requireFits() {
        spec().requireFits(batch);
    }

    @Override
    public double multiplyAddsPerStep() {
        return depth * NetworkBudget.mlpLayerWork(width, batch);
    }

    /** The panel's rank sweep: stable rank per layer at initialization, linear/ReLU with and without batch norm, at this width, depth and batch. */
    public Map<String, double[]> rankSweep(DoubleConsumer progress) {
        return DepthSweep.stableRanks(width, depth, batch, progress);
    }

    @Override
    public Map<String, String> asText() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("depth", Integer.toString(depth));
        m.put("width", Integer.toString(width));
        m.put("batch", Integer.toString(batch));
        m.put("activation", activation.id());
        m.put("batch_norm", Boolean.toString(batchNorm));
        return m;
    }

    @Override
    public MlpSettings with(String key, String text) {
        return switch (key) {
            case "depth" -> new MlpSettings(NetworkSettings.wholeNumber(text), width, batch, activation, batchNorm);
            case "width" -> new MlpSettings(depth, NetworkSettings.wholeNumber(text), batch, activation, batchNorm);
            case "batch" -> new MlpSettings(depth, width, NetworkSettings.wholeNumber(text), activation, batchNorm);
            case "activation" -> new MlpSettings(depth, width, batch, Activation.fromId(text), batchNorm);
            case "batch_norm" -> new MlpSettings(depth, width, batch, activation, trueOrFalse(text));
            default -> throw new IllegalArgumentException("not a batch-norm setting; known: " + String.join(", ", KEYS));
        };
    }

    private static boolean trueOrFalse(String text) {
        if (text.equals("true") || text.equals("false")) return Boolean.parseBoolean(text);
        throw new IllegalArgumentException("expected true or false, got '" + text + "'");
    }
}
