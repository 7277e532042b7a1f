package org.landscapelab.nn.training;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleConsumer;
import org.landscapelab.nn.Init;
import org.landscapelab.nn.LayerReport;
import org.landscapelab.nn.Network;
import org.landscapelab.nn.NetworkBudget;
import org.landscapelab.nn.experiments.AtInitialization;
import org.landscapelab.nn.experiments.DepthSweep;
import org.landscapelab.nn.transformer.Norm;
import org.landscapelab.nn.transformer.ResidualScale;
import org.landscapelab.nn.transformer.Transformer;
import org.landscapelab.nn.transformer.TransformerSpec;

/**
 * The transformer panel's settings: the shape (depth, width, heads, tokens, post- or pre-LN,
 * residual scale a), the task and the batch. Held as set, unchecked: {@link #spec()} checks the
 * shape. Networks start from {@link Init#FAN_IN}, the initialization the rank-collapse paper uses.
 */
public record TransformerSettings(int depth, int width, int heads, int tokens, Norm norm, ResidualScale residualScale,
                                  TransformerTask task, int batch) implements NetworkSettings {
    /** The keys of the text form, in the order files show them. */
    public static final List<String> KEYS = List.of("depth", "width", "heads", "tokens", "norm", "residual_scale", "task", "batch");
    /** What the panel starts with. */
    public static final TransformerSettings DEFAULTS = new TransformerSettings(6, 32, 4, 16, Norm.POST_LN, ResidualScale.of(1),
            TransformerTask.TEACHER, 8);

    public TransformerSettings {
        Objects.requireNonNull(norm, "norm");
        Objects.requireNonNull(residualScale, "residualScale");
        Objects.requireNonNull(task, "task");
    }

    /** The shape as set, with a for this depth; throws IllegalArgumentException naming what is wrong. */
    public TransformerSpec spec() {
        return TransformerSpec.of(tokens, width, heads, depth, norm, residualScale.at(depth));
    }

    @Override
    public Network network(long seed) {
        return Transformer.initialized(spec(), Init.FAN_IN, seed);
    }

    @Override
    public TrainingData data(Network network, long seed) {
        return task.data(((Transformer) network).spec(), seed + DATA_SEED_OFFSET);
    }

    @Override
    public int batchSize(TrainingData data) {
        return Math.max(1, Math.min(batch, data.examples()));
    }

    @Override
    public List<LayerReport> probesAtInit() {
        return AtInitialization.transformer(spec(), Init.FAN_IN, SEEDS_AT_INIT);
    }

    /** Refuses a shape that would not fit {@link org.landscapelab.nn.NetworkBudget} when trained on a batch of {@link #batch} sequences. */
    @Override
    public void requireFits() {
        spec().requireFits((long) batch * tokens);
    }

    @Override
    public double multiplyAddsPerStep() {
        TransformerSpec s = spec();
        return (double) depth * batch * NetworkBudget.transformerBlockWork(s.tokens(), s.width(), s.ffnWidth());
    }

    /**
     * The panel's depth sweep: mean token cosine of the last block at initialization for depths
     * 1 … {@link DepthSweep#SWEEP_DEPTH} and the four settings of the rank-collapse figure, with
     * these tokens, width and heads.
     */
    public Map<String, double[]> depthSweep(DoubleConsumer progress) {
        return DepthSweep.lastLayerCosine(tokens, width, heads, DepthSweep.SWEEP_DEPTH, progress);
    }

    @Override
    public Map<String, String> asText() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("depth", Integer.toString(depth));
        m.put("width", Integer.toString(width));
        m.put("heads", Integer.toString(heads));
        m.put("tokens", Integer.toString(tokens));
        m.put("norm", norm.id());
        m.put("residual_scale", residualScale.text());
        m.put("task", task.name());
        m.put("batch", Integer.toString(batch));
        return m;
    }

    @Override
    public TransformerSettings with(String key, String text) {
        return switch (key) {
            case "depth" -> new TransformerSettings(NetworkSettings.wholeNumber(text), width, heads, tokens, norm, residualScale, task, batch);
            case "width" -> new TransformerSettings(depth, NetworkSettings.wholeNumber(text), heads, tokens, norm, residualScale, task, batch);
            case "heads" -> new TransformerSettings(depth, width, NetworkSettings.wholeNumber(text), tokens, norm, residualScale, task, batch);
            case "tokens" -> new TransformerSettings(depth, width, heads, NetworkSettings.wholeNumber(text), norm, residualScale, task, batch);
            case "norm" -> new TransformerSettings(depth, width, heads, tokens, Norm.fromId(text), residualScale, task, batch);
            case "residual_scale" -> new TransformerSettings(depth, width, heads, tokens, norm, ResidualScale.parse(text), task, batch);
            case "task" -> new TransformerSettings(depth, width, heads, tokens, norm, residualScale, TransformerTask.fromName(text), batch);
            case "batch" -> new TransformerSettings(depth, width, heads, tokens, norm, residualScale, task, NetworkSettings.wholeNumber(text));
            default -> throw new IllegalArgumentException("not a transformer setting; known: " + String.join(", ", KEYS));
        };
    }
}
