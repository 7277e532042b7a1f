package org.landscapelab.ui.network;

import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.landscapelab.nn.experiments.DepthSweep;
import org.landscapelab.nn.training.NetworkSettings;
import org.landscapelab.nn.training.TransformerSettings;
import org.landscapelab.nn.training.TransformerTask;
import org.landscapelab.nn.transformer.Norm;
import org.landscapelab.nn.transformer.ResidualScale;
import org.landscapelab.nn.transformer.TransformerSpec;
import org.landscapelab.optim.OptimizerSpec;

/**
 * The transformer panel: the shape (depth, width, heads, tokens, post- or pre-LN, residual scale),
 * the task, training, and the depth sweep at initialization for the four settings of the
 * rank-collapse figure (post/pre-LN x a = 1, 1/sqrt(L)). What it trains is
 * {@link TransformerSettings}, which the command line and scenario files share.
 */
public final class TransformerLabModel extends NetworkLabModel {
    public static final int MAX_SWEEP_DEPTH = DepthSweep.SWEEP_DEPTH;

    private static final TransformerSettings DEFAULTS = TransformerSettings.DEFAULTS;
    private final IntegerProperty depth = new SimpleIntegerProperty(DEFAULTS.depth());
    private final IntegerProperty width = new SimpleIntegerProperty(DEFAULTS.width());
    private final IntegerProperty heads = new SimpleIntegerProperty(DEFAULTS.heads());
    private final IntegerProperty tokens = new SimpleIntegerProperty(DEFAULTS.tokens());
    private final ObjectProperty<Norm> norm = new SimpleObjectProperty<>(DEFAULTS.norm());
    private final ObjectProperty<ResidualScale> residualScale = new SimpleObjectProperty<>(DEFAULTS.residualScale());
    private final ObjectProperty<TransformerTask> task = new SimpleObjectProperty<>(DEFAULTS.task());
    private final IntegerProperty batch = new SimpleIntegerProperty(DEFAULTS.batch());
    private final ReadOnlyObjectWrapper<Map<String, double[]>> depthSweep = new ReadOnlyObjectWrapper<>(Map.of());

    /** {@code fxThread}: Platform::runLater in the app, a direct executor in tests. */
    public TransformerLabModel(Executor background, Executor fxThread) {
        super(background, fxThread, OptimizerSpec.parse("adam lr=0.001"));
    }

    public IntegerProperty depthProperty() { return depth; }

    public IntegerProperty widthProperty() { return width; }

    public IntegerProperty headsProperty() { return heads; }

    public IntegerProperty tokensProperty() { return tokens; }

    public ObjectProperty<Norm> normProperty() { return norm; }

    /** a = 1, 1/sqrt(L) or another positive number; the panel reads what is typed with {@link ResidualScale#parse}. */
    public ObjectProperty<ResidualScale> residualScaleProperty() { return residualScale; }

    public ObjectProperty<TransformerTask> taskProperty() { return task; }

    public IntegerProperty batchProperty() { return batch; }

    /** Mean token cosine of the last layer against depth 1..24, per setting label. */
    public ReadOnlyObjectProperty<Map<String, double[]>> depthSweepProperty() { return depthSweep.getReadOnlyProperty(); }

    @Override
    protected void clearSweep() {
        depthSweep.set(Map.of());
    }

    @Override
    public TransformerSettings networkSettings() {
        return new TransformerSettings(depth.get(), width.get(), heads.get(), tokens.get(), norm.get(), residualScale.get(), task.get(),
                batch.get());
    }

    @Override
    protected void showNetworkSettings(NetworkSettings settings) {
        TransformerSettings s = (TransformerSettings) settings;
        depth.set(s.depth());
        width.set(s.width());
        heads.set(s.heads());
        tokens.set(s.tokens());
        norm.set(s.norm());
        residualScale.set(s.residualScale());
        task.set(s.task());
        batch.set(s.batch());
    }

    /** The shape as set; throws IllegalArgumentException naming what is wrong. */
    public TransformerSpec spec() {
        return networkSettings().spec();
    }

    /**
     * Mean token cosine of the last layer at initialization for depths 1..24 and the four settings,
     * with the panel's tokens, width and heads: rank collapse, and what pre-LN and 1/sqrt(L) do about it.
     */
    public void runDepthSweep() {
        TransformerSettings s = networkSettings();
        try {
            TransformerSpec.of(s.tokens(), s.width(), s.heads(), 1, Norm.POST_LN, 1);
        } catch (IllegalArgumentException e) {
            messageProperty().set(e.getMessage());
            return;
        }
        sweep(progress -> s.depthSweep(progress::done), curves -> {
            depthSweep.set(curves);
            messageProperty().set("Depth sweep at initialization done (" + s.tokens() + " tokens, width " + s.width() + ", " + s.heads()
                    + " heads, " + DepthSweep.TRANSFORMER_SEEDS + " seeds)");
        });
    }
}
