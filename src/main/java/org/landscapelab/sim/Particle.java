package org.landscapelab.sim;

import java.util.random.RandomGenerator;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.LandscapeFunction;
import org.landscapelab.landscape.Point;
import org.landscapelab.noise.IncrementSampler;
import org.landscapelab.noise.IncrementStream;
import org.landscapelab.noise.NoiseKind;
import org.landscapelab.noise.NoiseStreams;
import org.landscapelab.optim.Optimizer;
import org.landscapelab.optim.Optimizers;

/**
 * One particle of a run: its iterate, its optimizer and its own noise, drawn from the streams of
 * (seed, particle index) so that particle k has the same numbers whether it runs alone (a trace) or
 * in an ensemble on any number of threads. The per-step path allocates nothing.
 *
 * <p>Streams per particle: dimension 0 and 1 give the noise increments of x and y, 2 the
 * optimizer's own draws (PGD's perturbations, SVRG's batches), 3 the minibatches, 4 the start.
 */
final class Particle {
    static final int OPTIMIZER_STREAM = 2;
    static final int BATCH_STREAM = 3;
    static final int START_STREAM = 4;

    private final Optimizer optimizer;
    private final StepOracle oracle;
    private final NoiseMode mode;
    private final IncrementStream noiseX;
    private final IncrementStream noiseY;
    private final double sigma;
    private final double gradientScale;
    final double[] x;

    /**
     * @param sampler the prepared increment sampler of the run's noise (shared by all particles),
     *     or null for no noise
     */
    Particle(Landscape landscape, RunSpec spec, int index, Point start, IncrementSampler sampler) {
        LandscapeFunction f = landscape.function();
        check(spec, f);
        NoiseStreams streams = new NoiseStreams(spec.seed());
        this.optimizer = Optimizers.create(spec.optimizer(), 2, streams.stream(index, OPTIMIZER_STREAM));
        this.oracle = new StepOracle(new LandscapeOracle(f), spec.batchSize(), streams.stream(index, BATCH_STREAM));
        this.mode = spec.mode();
        this.sigma = spec.noise().sigma();
        if (sampler == null) {
            noiseX = null;
            noiseY = null;
            gradientScale = 1;
        } else {
            // Drawn step by step where the process allows it, so a particle holds no whole path.
            noiseX = sampler.stream(streams.stream(index, 0));
            noiseY = sampler.stream(streams.stream(index, 1));
            gradientScale = spec.noise().process().incrementScale(spec.dt());
        }
        this.x = new double[] {start.x(), start.y()};
    }

    /** The prepared sampler for a run's noise, or null when it has none. */
    static IncrementSampler sampler(RunSpec spec) {
        if (spec.noise().kind() == NoiseKind.NONE || spec.noise().sigma() == 0 || spec.steps() == 0) return null;
        return spec.noise().process().sampler(spec.steps(), spec.dt());
    }

    /** A start drawn for particle {@code index} (the start stream), from a box or a spread around a point. */
    static RandomGenerator startStream(RunSpec spec, int index) {
        return new NoiseStreams(spec.seed()).stream(index, START_STREAM);
    }

    /** One step from the current point; returns f there as the optimizer's oracle saw it. */
    double advance() {
        double nx = 0;
        double ny = 0;
        if (noiseX != null) {
            nx = sigma * noiseX.next();
            ny = sigma * noiseY.next();
        }
        if (mode == NoiseMode.GRADIENT) oracle.beginStep(nx / gradientScale, ny / gradientScale);
        else oracle.beginStep(0, 0);
        double f = optimizer.step(x, oracle);
        if (mode == NoiseMode.ITERATE) {
            x[0] += nx;
            x[1] += ny;
        }
        return f;
    }

    /** Whether the oracle's value is exact f (not a minibatch estimate), so callers need not evaluate it again. */
    boolean reportsExactValue(RunSpec spec) {
        return spec.batchSize() == 0 && !spec.optimizer().kind().needsFiniteSum();
    }

    Optimizer optimizer() {
        return optimizer;
    }

    private static void check(RunSpec spec, LandscapeFunction f) {
        boolean finiteSum = f.terms() > 1;
        if (spec.batchSize() > 0 && !finiteSum) {
            throw new IllegalArgumentException("a batch size needs a finite-sum landscape (a landscape file with data rows)");
        }
        if (spec.optimizer().kind().needsFiniteSum() && !finiteSum) {
            throw new IllegalArgumentException(spec.optimizer().kind().id()
                    + " needs a finite-sum landscape (a landscape file with data rows)");
        }
    }
}
