package org.landscapelab.ui.network;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.landscapelab.nn.Init;
import org.landscapelab.nn.LayerReport;
import org.landscapelab.nn.Network;
import org.landscapelab.nn.experiments.AtInitialization;
import org.landscapelab.nn.experiments.DepthSweep;
import org.landscapelab.nn.training.Tasks;
import org.landscapelab.nn.training.TokenTask;
import org.landscapelab.nn.training.TrainingData;
import org.landscapelab.nn.transformer.Norm;
import org.landscapelab.nn.transformer.ResidualScale;
import org.landscapelab.nn.transformer.Transformer;
import org.landscapelab.nn.transformer.TransformerSpec;
import org.landscapelab.optim.OptimizerSpec;

/**
 * The transformer panel: the shape (depth, width, heads, tokens, post- or pre-LN, residual scale),
 * the task, training, and the depth sweep at initialization for the four settings of the
 * rank-collapse figure (post/pre-LN x a = 1, 1/sqrt(L)).
 */
public final class TransformerLabModel extends NetworkLabModel {
    /** The tasks offered: regression onto a random teacher, or a token task. */
    public enum Task {
        TEACHER("regression onto a random teacher"), COPY("copy the tokens"), REVERSE("reverse the tokens"), SORT("sort the tokens");

        private final String label;

        Task(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public static final int MAX_SWEEP_DEPTH = DepthSweep.SWEEP_DEPTH;
    static final int EXAMPLES = 64;
    static final int VOCABULARY = 8;
    static final int SEEDS_AT_INIT = 3;

    private final IntegerProperty depth = new SimpleIntegerProperty(6);
    private final IntegerProperty width = new SimpleIntegerProperty(32);
    private final IntegerProperty heads = new SimpleIntegerProperty(4);
    private final IntegerProperty tokens = new SimpleIntegerProperty(16);
    private final ObjectProperty<Norm> norm = new SimpleObjectProperty<>(Norm.POST_LN);
    private final StringProperty residualScale = new SimpleStringProperty("1");
    private final ObjectProperty<Task> task = new SimpleObjectProperty<>(Task.TEACHER);
    private final IntegerProperty batch = new SimpleIntegerProperty(8);
    private final ReadOnlyObjectWrapper<Map<String, double[]>> depthSweep = new ReadOnlyObjectWrapper<>(Map.of());

    public TransformerLabModel(Executor background) {
        super(background, OptimizerSpec.parse("adam lr=0.001"));
    }

    public IntegerProperty depthProperty() { return depth; }

    public IntegerProperty widthProperty() { return width; }

    public IntegerProperty headsProperty() { return heads; }

    public IntegerProperty tokensProperty() { return tokens; }

    public ObjectProperty<Norm> normProperty() { return norm; }

    /** "1", "1/sqrt(L)" or a positive number. */
    public StringProperty residualScaleProperty() { return residualScale; }

    public ObjectProperty<Task> taskProperty() { return task; }

    public IntegerProperty batchProperty() { return batch; }

    /** Mean token cosine of the last layer against depth 1..24, per setting label. */
    public ReadOnlyObjectProperty<Map<String, double[]>> depthSweepProperty() { return depthSweep.getReadOnlyProperty(); }

    /** The shape as set; throws IllegalArgumentException naming what is wrong. */
    public TransformerSpec spec() {
        ResidualScale a = ResidualScale.parse(residualScale.get());
        return TransformerSpec.of(tokens.get(), width.get(), heads.get(), depth.get(), norm.get(), a.at(depth.get()));
    }

    @Override
    protected Network network() {
        return Transformer.initialized(spec(), Init.FAN_IN, seedProperty().get());
    }

    @Override
    protected TrainingData data(Network network) {
        TransformerSpec s = ((Transformer) network).spec();
        long dataSeed = seedProperty().get() + 1_000_003L;
        return switch (task.get()) {
            case TEACHER -> Tasks.transformerTeacher(s, Init.FAN_IN, EXAMPLES, dataSeed);
            case COPY -> Tasks.tokens(s, TokenTask.COPY, VOCABULARY, EXAMPLES, dataSeed);
            case REVERSE -> Tasks.tokens(s, TokenTask.REVERSE, VOCABULARY, EXAMPLES, dataSeed);
            case SORT -> Tasks.tokens(s, TokenTask.SORT, VOCABULARY, EXAMPLES, dataSeed);
        };
    }

    @Override
    protected int batchSize(TrainingData data) {
        return Math.max(1, Math.min(batch.get(), data.examples()));
    }

    @Override
    protected List<LayerReport> probesAtInit() {
        return AtInitialization.transformer(spec(), Init.FAN_IN, SEEDS_AT_INIT);
    }

    /**
     * Mean token cosine of the last layer at initialization for depths 1..24 and the four settings,
     * with the panel's tokens, width and heads: rank collapse, and what pre-LN and 1/sqrt(L) do about it.
     */
    public void runDepthSweep() {
        int n = tokens.get();
        int d = width.get();
        int h = heads.get();
        try {
            TransformerSpec.of(n, d, h, 1, Norm.POST_LN, 1);
        } catch (IllegalArgumentException e) {
            messageProperty().set(e.getMessage());
            return;
        }
        sweep(progress -> DepthSweep.lastLayerCosine(n, d, h, MAX_SWEEP_DEPTH, progress::done), curves -> {
            depthSweep.set(curves);
            messageProperty().set("Depth sweep at initialization done (" + n + " tokens, width " + d + ", " + h + " heads, " + DepthSweep.TRANSFORMER_SEEDS + " seeds)");
        });
    }

    @Override
    protected void putNetworkSettings(Map<String, String> m) {
        m.put("depth", Integer.toString(depth.get()));
        m.put("width", Integer.toString(width.get()));
        m.put("heads", Integer.toString(heads.get()));
        m.put("tokens", Integer.toString(tokens.get()));
        m.put("norm", norm.get().id());
        m.put("residual_scale", residualScale.get());
        m.put("task", task.get().name());
        m.put("batch", Integer.toString(batch.get()));
    }

    @Override
    protected void restoreNetworkSettings(Map<String, String> m, List<String> problems) {
        Settings.integer(m, "depth", depth, problems);
        Settings.integer(m, "width", width, problems);
        Settings.integer(m, "heads", heads, problems);
        Settings.integer(m, "tokens", tokens, problems);
        Settings.integer(m, "batch", batch, problems);
        Settings.apply(m, "norm", v -> norm.set(Norm.fromId(v)), problems);
        Settings.apply(m, "residual_scale", v -> residualScale.set(ResidualScale.parse(v).toString()), problems);
        Settings.apply(m, "task", v -> task.set(Task.valueOf(v)), problems);
    }
}
