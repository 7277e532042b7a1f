package org.landscapelab.ui.network;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.landscapelab.nn.Activation;
import org.landscapelab.nn.Init;
import org.landscapelab.nn.LayerReport;
import org.landscapelab.nn.Network;
import org.landscapelab.nn.experiments.AtInitialization;
import org.landscapelab.nn.experiments.DepthSweep;
import org.landscapelab.nn.mlp.Mlp;
import org.landscapelab.nn.mlp.MlpSpec;
import org.landscapelab.nn.training.Tasks;
import org.landscapelab.nn.training.TrainingData;
import org.landscapelab.optim.OptimizerSpec;

/**
 * The batch-norm panel: a deep MLP with or without batch norm, linear or ReLU, trained on a
 * teacher; and the sweep at initialization that shows batch norm keeping the stable rank up where
 * the plain network collapses toward rank 1.
 */
public final class MlpLabModel extends NetworkLabModel {
    static final int EXAMPLES = 256;
    static final int SEEDS_AT_INIT = 3;

    private final IntegerProperty depth = new SimpleIntegerProperty(20);
    private final IntegerProperty width = new SimpleIntegerProperty(64);
    private final IntegerProperty batch = new SimpleIntegerProperty(32);
    private final ObjectProperty<Activation> activation = new SimpleObjectProperty<>(Activation.RELU);
    private final BooleanProperty batchNorm = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<Map<String, double[]>> rankSweep = new ReadOnlyObjectWrapper<>(Map.of());

    public MlpLabModel(Executor background) {
        super(background, OptimizerSpec.parse("sgd lr=0.01 momentum=0.9"));
    }

    public IntegerProperty depthProperty() { return depth; }

    public IntegerProperty widthProperty() { return width; }

    public IntegerProperty batchProperty() { return batch; }

    public ObjectProperty<Activation> activationProperty() { return activation; }

    public BooleanProperty batchNormProperty() { return batchNorm; }

    /** Stable rank per layer at initialization for linear/ReLU with and without batch norm. */
    public ReadOnlyObjectProperty<Map<String, double[]>> rankSweepProperty() { return rankSweep.getReadOnlyProperty(); }

    public MlpSpec spec() {
        return MlpSpec.of(width.get(), depth.get(), activation.get(), batchNorm.get());
    }

    @Override
    protected Network network() {
        return Mlp.initialized(spec(), Init.forActivation(activation.get()), seedProperty().get());
    }

    @Override
    protected TrainingData data(Network network) {
        MlpSpec s = ((Mlp) network).spec();
        return Tasks.mlpTeacher(s, Init.forActivation(s.activation()), EXAMPLES, seedProperty().get() + 1_000_003L);
    }

    @Override
    protected int batchSize(TrainingData data) {
        return Math.max(2, Math.min(batch.get(), data.examples()));
    }

    @Override
    protected List<LayerReport> probesAtInit() {
        return AtInitialization.mlp(spec(), batch.get(), Init.forActivation(activation.get()), SEEDS_AT_INIT);
    }

    /** The four curves of the batch-norm figure at the panel's width, depth and batch. */
    public void runRankSweep() {
        int w = width.get();
        int d = depth.get();
        int b = batch.get();
        if (w < 1 || d < 1 || b < 2) {
            messageProperty().set("width and depth must be >= 1 and the batch >= 2");
            return;
        }
        sweep(progress -> DepthSweep.stableRanks(w, d, b, progress::done), curves -> {
            rankSweep.set(curves);
            messageProperty().set("Stable rank at initialization: width " + w + ", depth " + d + ", batch " + b);
        });
    }

    @Override
    protected void putNetworkSettings(Map<String, String> m) {
        m.put("depth", Integer.toString(depth.get()));
        m.put("width", Integer.toString(width.get()));
        m.put("batch", Integer.toString(batch.get()));
        m.put("activation", activation.get().id());
        m.put("batch_norm", Boolean.toString(batchNorm.get()));
    }

    @Override
    protected void restoreNetworkSettings(Map<String, String> m, List<String> problems) {
        Settings.integer(m, "depth", depth, problems);
        Settings.integer(m, "width", width, problems);
        Settings.integer(m, "batch", batch, problems);
        Settings.apply(m, "activation", v -> activation.set(Activation.fromId(v)), problems);
        Settings.apply(m, "batch_norm", v -> batchNorm.set(Boolean.parseBoolean(v)), problems);
    }
}
