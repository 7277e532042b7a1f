package org.landscapelab.nn.training;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.landscapelab.nn.Network;
import org.landscapelab.nn.ParameterVector;
import org.landscapelab.optim.Optimizer;
import org.landscapelab.optim.Optimizers;

/**
 * Trains a network with any optimizer of the optim package on its flattened parameters. Call
 * {@link #run()} on a background thread; from any other thread read {@link #latest()} (an immutable
 * snapshot, published every {@code reportEvery} steps and on every change of status) and call
 * {@link #pause()}, {@link #resume()} or {@link #stop()}. A NaN or infinite loss ends the run with
 * status DIVERGED and a message saying where.
 */
public final class Trainer {
    private final Network network;
    private final NetworkOracle oracle;
    private final TrainerConfig config;
    private final Optimizer optimizer;
    private final BatchSampler batches;
    private final double[] x, grad;
    private final RunControl control = new RunControl();

    private final Object lock = new Object();
    private boolean started;                            // guarded by lock
    private final List<TrainingSnapshot> history = new ArrayList<>(); // guarded by lock
    private volatile TrainingSnapshot latest = TrainingSnapshot.ready();
    private long startNanos;

    /**
     * @throws IllegalArgumentException if the data do not fit the network or the batch size exceeds the
     *     number of examples
     */
    public Trainer(Network network, TrainingData data, TrainerConfig config) {
        this.network = network;
        this.oracle = new NetworkOracle(network, data);
        this.config = config;
        SplittableRandom random = new SplittableRandom(config.seed());
        this.batches = new BatchSampler(data.examples(), config.batchSize(), random.split());
        this.optimizer = Optimizers.create(config.optimizer(), oracle.dimension(), random.split());
        this.x = ParameterVector.values(network.parameters());
        this.grad = new double[x.length];
    }

    public TrainerConfig config() {
        return config;
    }

    /** The training set. */
    public TrainingData data() {
        return oracle.data();
    }

    /** The most recent snapshot; READY before {@link #run()}. */
    public TrainingSnapshot latest() {
        return latest;
    }

    /** Every snapshot published so far, oldest first. */
    public List<TrainingSnapshot> history() {
        synchronized (lock) {
            return List.copyOf(history);
        }
    }

    /** Runs until all steps are done, {@link #stop()}, divergence or failure; returns the last snapshot. Once only. */
    public TrainingSnapshot run() {
        synchronized (lock) {
            if (started) throw new IllegalStateException("a trainer runs once; make a new one");
            started = true;
        }
        startNanos = System.nanoTime();
        for (long step = 0; step < config.steps(); step++) {
            if (!awaitUnpaused()) return finish(TrainingSnapshot.Status.STOPPED, "stopped at step " + step);
            if (!batches.fullBatch()) oracle.useExamples(batches.next());
            double loss;
            try {
                loss = optimizer.step(x, oracle);                // the loss at x before this step
            } catch (RuntimeException e) {
                return finish(TrainingSnapshot.Status.FAILED, config.optimizer().kind().id() + ": " + e.getMessage());
            }
            if (!Double.isFinite(loss)) return diverged(step, loss);
            if (step % config.reportEvery() == 0) publish(snapshot(step, loss, TrainingSnapshot.Status.RUNNING, ""));
        }
        if (!batches.fullBatch()) oracle.useAllExamples();
        double loss = oracle.gradient(x, grad);                  // leaves the network at the final x
        if (!Double.isFinite(loss)) return diverged(config.steps(), loss);
        return publish(snapshot(config.steps(), loss, TrainingSnapshot.Status.FINISHED, ""));
    }

    /** Holds the run before its next step until {@link #resume()}. */
    public void pause() {
        control.pause();
    }

    public void resume() {
        control.resume();
    }

    /** Ends the run before its next step (also when paused). */
    public void stop() {
        control.stop();
    }

    /** Waits while paused; false if a stop was requested. */
    private boolean awaitUnpaused() {
        return control.awaitUnpaused(() -> publish(latest.with(TrainingSnapshot.Status.PAUSED, "")),
                () -> publish(latest.with(TrainingSnapshot.Status.RUNNING, "")));
    }

    private TrainingSnapshot diverged(long step, double loss) {
        String message = "training diverged: the loss is " + loss + " at step " + step
                + " (lr " + optimizer.currentLr() + "); try a smaller learning rate";
        return publish(new TrainingSnapshot(step, loss, TrainingSnapshot.Status.DIVERGED, message, List.of(), seconds()));
    }

    /** Ends with the network at the current parameters. */
    private TrainingSnapshot finish(TrainingSnapshot.Status status, String message) {
        ParameterVector.setValues(network.parameters(), x);
        return publish(latest.with(status, message));
    }

    private TrainingSnapshot snapshot(long step, double loss, TrainingSnapshot.Status status, String message) {
        return new TrainingSnapshot(step, loss, status, message, network.report(), seconds());
    }

    private TrainingSnapshot publish(TrainingSnapshot s) {
        synchronized (lock) {
            history.add(s);
            latest = s;
        }
        return s;
    }

    private double seconds() {
        return (System.nanoTime() - startNanos) * 1e-9;
    }
}
