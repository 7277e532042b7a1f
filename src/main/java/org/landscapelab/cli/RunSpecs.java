package org.landscapelab.cli;

import java.util.ArrayList;
import java.util.List;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Point;
import org.landscapelab.noise.NoiseSpec;
import org.landscapelab.optim.OptimizerKind;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.sim.NoiseMode;
import org.landscapelab.sim.RunSpec;

/** Run specs from command-line values, checked with messages that name the option; shared by trace, ensemble and render. */
final class RunSpecs {
    private RunSpecs() {}

    /** An optimizer from --optimizer KIND and its --param NAME=VALUE list. */
    static OptimizerSpec optimizer(String kindText, List<String> params, int batchSize) {
        List<String> assignments = new ArrayList<>(params);
        OptimizerKind kind;
        try {
            kind = OptimizerKind.fromId(kindText);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--optimizer: " + e.getMessage());
        }
        // SVRG and SARAH sample their own batches: --batch-size is their batch_size.
        if (kind.needsFiniteSum() && batchSize > 0 && params.stream().noneMatch(p -> p.startsWith("batch_size="))) {
            assignments.add("batch_size=" + batchSize);
        }
        try {
            return OptimizerSpec.parse(kindText, assignments);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--param: " + e.getMessage());
        }
    }

    static void checkSteps(int steps, int batchSize, Double bound) {
        if (steps < 0 || steps > RunSpec.MAX_STEPS) {
            throw new UsageException("--steps must be in [0, " + RunSpec.MAX_STEPS + "], got " + steps);
        }
        if (batchSize < 0) throw new UsageException("--batch-size must be >= 0, got " + batchSize);
        if (bound != null && !(bound > 0)) throw new UsageException("--bound must be > 0, got " + bound);
    }

    /** Fails if the landscape cannot serve the optimizer: minibatches or SVRG without data rows. */
    static void checkServes(Landscape l, OptimizerSpec o, int batchSize) {
        boolean finiteSum = l.data().isPresent();
        if (batchSize > 0 && !finiteSum) {
            throw new UsageException("--batch-size needs a finite-sum landscape (a landscape file with data rows)");
        }
        if (o.kind().needsFiniteSum() && !finiteSum) {
            throw new UsageException("--optimizer: " + o.kind().id() + " needs a finite-sum landscape (a landscape file with data rows)");
        }
    }

    /** The run of one optimizer, after {@link #checkServes}. */
    static RunSpec run(OptimizerSpec o, NoiseSpec noise, NoiseMode mode, Point start, int steps, long seed, int batchSize, Double bound) {
        int runBatch = o.kind().needsFiniteSum() ? 0 : batchSize;
        return new RunSpec(o, noise, mode, start, steps, seed, runBatch, bound == null ? Double.NaN : bound);
    }

    /** --start, else the landscape's first suggested start, else its domain's centre. */
    static Point start(String start, Landscape l) {
        if (start != null) return Options.point("--start", start);
        if (!l.starts().isEmpty()) return l.starts().get(0);
        return new Point(l.domain().centerX(), l.domain().centerY());
    }
}
