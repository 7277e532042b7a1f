package org.landscapelab.ui.network;

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
import org.landscapelab.nn.mlp.MlpSpec;
import org.landscapelab.nn.training.MlpSettings;
import org.landscapelab.nn.training.NetworkSettings;
import org.landscapelab.optim.OptimizerSpec;

/**
 * The batch-norm panel: a deep MLP with or without batch norm, linear or ReLU, trained on a
 * teacher; and the sweep at initialization that shows batch norm keeping the stable rank up where
 * the plain network collapses toward rank 1. What it trains is {@link MlpSettings}, which the
 * command line and scenario files share.
 */
public final class MlpLabModel extends NetworkLabModel {
    private static final MlpSettings DEFAULTS = MlpSettings.DEFAULTS;
    private final IntegerProperty depth = new SimpleIntegerProperty(DEFAULTS.depth());
    private final IntegerProperty width = new SimpleIntegerProperty(DEFAULTS.width());
    private final IntegerProperty batch = new SimpleIntegerProperty(DEFAULTS.batch());
    private final ObjectProperty<Activation> activation = new SimpleObjectProperty<>(DEFAULTS.activation());
    private final BooleanProperty batchNorm = new SimpleBooleanProperty(DEFAULTS.batchNorm());
    private final ReadOnlyObjectWrapper<Map<String, double[]>> rankSweep = new ReadOnlyObjectWrapper<>(Map.of());

    /** {@code fxThread}: Platform::runLater in the app, a direct executor in tests. */
    public MlpLabModel(Executor background, Executor fxThread) {
        super(background, fxThread, OptimizerSpec.parse("sgd lr=0.01 momentum=0.9"));
    }

    public IntegerProperty depthProperty() { return depth; }

    public IntegerProperty widthProperty() { return width; }

    public IntegerProperty batchProperty() { return batch; }

    public ObjectProperty<Activation> activationProperty() { return activation; }

    public BooleanProperty batchNormProperty() { return batchNorm; }

    /** Stable rank per layer at initialization for linear/ReLU with and without batch norm. */
    public ReadOnlyObjectProperty<Map<String, double[]>> rankSweepProperty() { return rankSweep.getReadOnlyProperty(); }

    @Override
    protected void clearSweep() {
        rankSweep.set(Map.of());
    }

    @Override
    public MlpSettings networkSettings() {
        return new MlpSettings(depth.get(), width.get(), batch.get(), activation.get(), batchNorm.get());
    }

    @Override
    protected void showNetworkSettings(NetworkSettings settings) {
        MlpSettings s = (MlpSettings) settings;
        depth.set(s.depth());
        width.set(s.width());
        batch.set(s.batch());
        activation.set(s.activation());
        batchNorm.set(s.batchNorm());
    }

    public MlpSpec spec() {
        return networkSettings().spec();
    }

    /** The four curves of the batch-norm figure at the panel's width, depth and batch. */
    public void runRankSweep() {
        MlpSettings s = networkSettings();
        if (s.width() < 1 || s.depth() < 1 || s.batch() < 2) {
            messageProperty().set("width and depth must be >= 1 and the batch >= 2");
            return;
        }
        sweep(progress -> s.rankSweep(progress::done), curves -> {
            rankSweep.set(curves);
            messageProperty().set("Stable rank at initialization: width " + s.width() + ", depth " + s.depth() + ", batch " + s.batch());
        });
    }
}
