package org.landscapelab.nn.training;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.landscapelab.nn.Network;
import org.landscapelab.nn.ParameterVector;
import org.landscapelab.optim.Optimizer;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.optim.Optimizers;

/**
 * Up to {@link RaceConfig#MAX_RACERS} optimizers trained side by side on copies of one network:
 * the same initial parameters, the same batches in the same order (drawn once per step from the
 * seed's batch stream, whatever the optimizers), and for racer k its own random stream, the
 * (k+2)-th split of the seed's generator, so racer k's run does not depend on which other racers
 * are present, and a race of one is exactly {@link Trainer}'s run with the same seed.
 *
 * <p>Call {@link #run()} on a background thread; from any other thread read {@link #latest()} and
 * call {@link #pause()}, {@link #resume()} or {@link #stop()}. Single threaded, like the trainer.
 */
public final class NetworkRace {
    private final RaceConfig config;
    private final TrainingData data;
    private final ParameterGroups groups;
    private final BatchSampler batches;
    private final List<Racer> racers = new ArrayList<>();
    /** The first racer's parameters along its run: what a slice is centred on and drawn through. */
    private final ParameterTrail trail;
    private final RunControl control = new RunControl();
    private final Object lock = new Object();
    private boolean started;                                  // guarded by lock
    private TrainingSnapshot.Status status = TrainingSnapshot.Status.READY; // guarded by lock
    private long startNanos, endNanos;                        // guarded by lock

    /**
     * @param networks makes networks of one shape; the first one's parameters are every racer's start
     * @throws IllegalArgumentException if the data do not fit the network or the batch size exceeds the examples
     */
    public NetworkRace(Supplier<Network> networks, TrainingData data, RaceConfig config) {
        this.config = config;
        this.data = data;
        Network first = networks.get();
        double[] start = ParameterVector.values(first.parameters());
        this.groups = new ParameterGroups(first);
        SplittableRandom random = new SplittableRandom(config.seed());
        this.batches = new BatchSampler(data.examples(), config.batchSize(), random.split());
        this.trail = new ParameterTrail(config.steps(), start);
        for (OptimizerSpec spec : config.optimizers()) {
            Network n = racers.isEmpty() ? first : networks.get();
            ParameterVector.setValues(n.parameters(), start);
            racers.add(new Racer(spec, new NetworkOracle(n, data), start.clone(), random.split(), racers.isEmpty() ? trail : null));
        }
    }

    public RaceConfig config() {
        return config;
    }

    /** The training set. */
    public TrainingData data() {
        return data;
    }

    /** The parameter groups every racer reports, in record order. */
    public List<String> groups() {
        return groups.names();
    }

    /** The race so far; READY with empty runs before {@link #run()}. */
    public RaceSnapshot latest() {
        synchronized (lock) {
            List<RacerRun> runs = new ArrayList<>();
            for (Racer r : racers) runs.add(r.run());
            long end = endNanos != 0 ? endNanos : System.nanoTime();
            return new RaceSnapshot(groups.names(), runs, status, startNanos == 0 ? 0 : (end - startNanos) * 1e-9);
        }
    }

    /**
     * The first racer's parameters (flattened in {@link ParameterVector} order): θ0, then θ after
     * every {@link ParameterTrail#every()}-th update, and the latest θ last; at most
     * {@link ParameterTrail#MAX_POINTS} copies, oldest first.
     */
    public List<double[]> trajectory() {
        return trail.points();
    }

    /** The first racer's parameters now (a copy): θ0 before {@link #run()}, the last update's after. */
    public double[] current() {
        return trail.latest();
    }

    /** The number of updates {@link #current()} is after. */
    public long currentStep() {
        return trail.latestStep();
    }

    /** Runs until all steps are done or {@link #stop()}; returns the last snapshot. Once only. */
    public RaceSnapshot run() {
        return run(done -> {});
    }

    /** {@link #run()}, telling {@code stepsDone} the number of steps done after each step (for a progress line). */
    public RaceSnapshot run(LongConsumer stepsDone) {
        synchronized (lock) {
            if (started) throw new IllegalStateException("a race runs once; make a new one");
            started = true;
            status = TrainingSnapshot.Status.RUNNING;
            for (Racer r : racers) r.status = TrainingSnapshot.Status.RUNNING;
            startNanos = System.nanoTime();
        }
        for (long step = 0; step < config.steps(); step++) {
            if (!control.awaitUnpaused(() -> setStatus(TrainingSnapshot.Status.PAUSED), () -> setStatus(TrainingSnapshot.Status.RUNNING))) {
                for (Racer r : racers) r.end(TrainingSnapshot.Status.STOPPED, "stopped at step " + step);
                return finish(TrainingSnapshot.Status.STOPPED);
            }
            int[] batch = batches.fullBatch() ? null : batches.next();
            boolean anyRunning = false;
            for (Racer r : racers) {
                if (r.running()) {
                    r.step(step, batch);
                    anyRunning = true;
                }
            }
            if (!anyRunning) break;
            stepsDone.accept(step + 1);
        }
        for (Racer r : racers) {
            if (r.running()) r.finalEvaluation(batches.fullBatch());
        }
        return finish(TrainingSnapshot.Status.FINISHED);
    }

    public void pause() {
        control.pause();
    }

    public void resume() {
        control.resume();
    }

    /** Ends the race before its next step (also when paused). */
    public void stop() {
        control.stop();
    }

    private void setStatus(TrainingSnapshot.Status s) {
        synchronized (lock) {
            status = s;
        }
    }

    private RaceSnapshot finish(TrainingSnapshot.Status s) {
        synchronized (lock) {
            status = s;
            endNanos = System.nanoTime();
        }
        return latest();
    }

    private double seconds() {
        return (System.nanoTime() - startNanos) * 1e-9;
    }

    /** One optimizer on its own copy of the network. */
    private final class Racer {
        private final NetworkOracle oracle;
        private final Optimizer optimizer;
        private final double[] x, grad;
        /** Where this racer's parameters are kept along the run (the first racer's); null for the others. */
        private final ParameterTrail trail;
        private final List<RacePoint> points = new ArrayList<>();           // guarded by lock
        private final List<TrainingSnapshot> probes = new ArrayList<>();    // guarded by lock
        private TrainingSnapshot.Status status = TrainingSnapshot.Status.READY; // guarded by lock
        private String message = "";                                        // guarded by lock

        Racer(OptimizerSpec spec, NetworkOracle oracle, double[] x, SplittableRandom random, ParameterTrail trail) {
            this.oracle = oracle;
            this.trail = trail;
            this.optimizer = Optimizers.create(spec, oracle.dimension(), random);
            this.x = x;
            this.grad = new double[x.length];
        }

        boolean running() {
            synchronized (lock) {
                return status == TrainingSnapshot.Status.RUNNING;
            }
        }

        void step(long step, int[] batch) {
            if (batch != null) oracle.useExamples(batch);
            boolean record = step % config.every() == 0;
            double[] before = record ? groups.norms(x) : null;
            double loss;
            try {
                loss = optimizer.step(x, oracle);                // the loss at x before this step
            } catch (RuntimeException e) {
                end(TrainingSnapshot.Status.FAILED, optimizer.spec().kind().id() + ": " + e.getMessage());
                return;
            }
            if (!Double.isFinite(loss)) {
                diverged(step, loss);
                return;
            }
            if (trail != null) trail.record(step + 1, x);
            RacePoint point = record ? point(step, loss, before) : null;
            TrainingSnapshot probe = null;
            if (config.probeEvery() > 0 && step % config.probeEvery() == 0) {
                try {
                    probe = new TrainingSnapshot(step, loss, TrainingSnapshot.Status.RUNNING, "", oracle.network().report(), seconds());
                } catch (RuntimeException e) {                   // an overflow: no probes of infinite numbers
                    end(TrainingSnapshot.Status.DIVERGED, e.getMessage());
                    return;
                }
            }
            synchronized (lock) {
                if (point != null) points.add(point);
                if (probe != null) probes.add(probe);
            }
        }

        private RacePoint point(long step, double loss, double[] before) {
            double[] gradNorms = groups.norms(optimizer.lastGradient());
            double[] updates = groups.norms(optimizer.lastUpdate());
            for (int g = 0; g < updates.length; g++) updates[g] = before[g] > 0 ? updates[g] / before[g] : Double.NaN;
            return new RacePoint(step, loss, gradNorms, updates);
        }

        /** The loss on all examples at the final parameters, with probes, as the trainer's last snapshot. */
        void finalEvaluation(boolean fullBatch) {
            if (!fullBatch) oracle.useAllExamples();
            double loss = oracle.gradient(x, grad);
            if (!Double.isFinite(loss)) {
                diverged(config.steps(), loss);
                return;
            }
            TrainingSnapshot last;
            try {
                last = new TrainingSnapshot(config.steps(), loss, TrainingSnapshot.Status.FINISHED, "", oracle.network().report(), seconds());
            } catch (RuntimeException e) {
                end(TrainingSnapshot.Status.DIVERGED, e.getMessage());
                return;
            }
            synchronized (lock) {
                probes.add(last);
                status = TrainingSnapshot.Status.FINISHED;
            }
        }

        private void diverged(long step, double loss) {
            end(TrainingSnapshot.Status.DIVERGED, "training diverged: the loss is " + loss + " at step " + step + " (lr "
                    + optimizer.currentLr() + "); try a smaller learning rate");
        }

        void end(TrainingSnapshot.Status s, String why) {
            synchronized (lock) {
                if (status != TrainingSnapshot.Status.RUNNING) return;
                status = s;
                message = why;
            }
        }

        RacerRun run() {
            return new RacerRun(optimizer.spec(), points, probes, status, message);
        }
    }
}
