package org.landscapelab.nn.training;

import java.util.List;
import java.util.Map;
import org.landscapelab.nn.LayerReport;
import org.landscapelab.nn.Network;
import org.landscapelab.optim.OptimizerSpec;

/**
 * A network panel's settings, typed: the shape and what it trains on. The app's panels, scenario
 * files and the command line all read and build networks through these, so a setting means the
 * same everywhere. The text form (session and scenario files) is {@link #asText()} and
 * {@link #with(String, String)}, key by key.
 */
public sealed interface NetworkSettings permits TransformerSettings, MlpSettings {
    /** Offset of the training data's seed from the network's, so that data and weights are independent draws. */
    long DATA_SEED_OFFSET = 1_000_003L;
    /** Seeds the probes at initialization are averaged over. */
    int SEEDS_AT_INIT = 3;

    /** The network to train, freshly initialized from {@code seed}; throws IllegalArgumentException naming a bad setting. */
    Network network(long seed);

    /** The training set for that network, drawn from the run's seed. */
    TrainingData data(Network network, long seed);

    /** Examples per training step for that training set. */
    int batchSize(TrainingData data);

    /** Probes of the untrained network, averaged over {@link #SEEDS_AT_INIT} seeds. */
    List<LayerReport> probesAtInit();

    /** The settings as text, keys in the order files show them. */
    Map<String, String> asText();

    /** A copy with one setting read from text; throws IllegalArgumentException naming the problem, or for an unknown key. */
    NetworkSettings with(String key, String text);

    /**
     * The whole training set-up as the app runs it: the network from {@code seed}, its training
     * set from {@code seed} + {@link #DATA_SEED_OFFSET}, minibatches from {@code seed}.
     */
    default Trainer trainer(OptimizerSpec optimizer, long seed, int steps, int reportEvery) {
        Network n = network(seed);
        TrainingData data = data(n, seed);
        return new Trainer(n, data, TrainerConfig.of(optimizer, steps).withBatchSize(batchSize(data)).withReportEvery(reportEvery).withSeed(seed));
    }

    /** Refuses a shape that would not fit {@link org.landscapelab.nn.NetworkBudget} on a batch of the settings' size. */
    void requireFits();

    /** Multiply-adds of one training step on a batch of {@link #batchSize}: forward, backward and probes (an estimate). */
    double multiplyAddsPerStep();

    /**
     * A race of {@code optimizers} on this network set up as {@link #trainer} sets up one run (a race
     * of one trains exactly as the trainer), recording every {@code every} steps and the probes every
     * {@code probeEvery}; throws IllegalArgumentException naming a bad setting or limit.
     */
    default NetworkRace race(List<OptimizerSpec> optimizers, long seed, long steps, int every, int probeEvery) {
        requireFits();
        TrainingData data = data(network(seed), seed);
        RaceConfig config = new RaceConfig(optimizers, steps, batchSize(data), every, probeEvery, seed);
        config.requireWork(multiplyAddsPerStep());
        return new NetworkRace(() -> network(seed), data, config);
    }

    /** A whole number from text, for the integer settings. */
    static int wholeNumber(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a whole number, got '" + text + "'");
        }
    }
}
