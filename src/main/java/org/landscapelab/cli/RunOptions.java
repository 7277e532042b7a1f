package org.landscapelab.cli;

import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Point;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.sim.NoiseMode;
import org.landscapelab.sim.RunSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options that define one run, shared by trace and ensemble. */
final class RunOptions {
    @Mixin
    OptimizerOptions optimizer;

    @Option(names = "--steps", required = true, paramLabel = "N", description = "Number of optimizer steps.")
    int steps;

    @Mixin
    NoiseOptions noiseOptions;

    @Option(names = "--batch-size", paramLabel = "B", defaultValue = "0",
            description = "Rows per minibatch on a finite-sum landscape (0: full gradient).")
    int batchSize;

    @Option(names = "--bound", paramLabel = "R",
            description = "A run has diverged once it is farther than R from the domain's centre (default: 100 domain diagonals).")
    Double bound;

    Landscape landscape() {
        return optimizer.landscape();
    }

    /** The run spec from a given start (the start box of an ensemble has its own). */
    RunSpec runSpec(Landscape l, Point startPoint) {
        RunSpecs.checkSteps(steps, batchSize, bound);
        NoiseMode mode = noiseOptions.mode();
        OptimizerSpec o = optimizer.spec(l, batchSize);
        return RunSpecs.run(o, noiseOptions.noiseSpec(), mode, startPoint, steps, noiseOptions.seed, batchSize, bound);
    }

    /** --start, else the landscape's first suggested start, else its domain's centre. */
    Point startPoint(Landscape l) {
        return optimizer.startPoint(l);
    }
}
