package org.landscapelab.cli;

import java.util.ArrayList;
import java.util.List;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Point;
import org.landscapelab.optim.OptimizerSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** One optimizer on a landscape from a start: shared by trace, ensemble (through RunOptions) and suggest-lr. */
final class OptimizerOptions {
    @Mixin
    LandscapeOptions landscapeOptions;

    @Option(names = "--optimizer", required = true, paramLabel = "KIND",
            description = "sgd, adam, adamw, rmsprop, adagrad, newton, cubic-newton, saddle-free-newton, pgd, svrg, sarah or weight-norm-gd.")
    String optimizer;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "A hyper-parameter by its PyTorch name, repeatable: --param lr=0.01 --param betas=0.9,0.999 "
                    + "--param nesterov=true; schedules: --param schedule=cosine --param T_max=500.")
    List<String> params = new ArrayList<>();

    @Option(names = "--start", paramLabel = "X,Y", description = "Start point (default: the landscape's first suggested start).")
    String start;

    Landscape landscape() {
        return landscapeOptions.landscape();
    }

    /** The optimizer, checked to run on {@code l} with minibatches of {@code batchSize} rows (0: full gradient). */
    OptimizerSpec spec(Landscape l, int batchSize) {
        OptimizerSpec o = RunSpecs.optimizer(optimizer, params, batchSize);
        RunSpecs.checkServes(l, o, batchSize);
        return o;
    }

    /** --start, else the landscape's first suggested start, else its domain's centre. */
    Point startPoint(Landscape l) {
        return RunSpecs.start(start, l);
    }
}
