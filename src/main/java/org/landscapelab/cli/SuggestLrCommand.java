package org.landscapelab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.sim.LearningRates;
import org.landscapelab.sim.RateAdvice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "suggest-lr", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Say whether an optimizer's learning rate is stable on a landscape from a start, and suggest one "
                + "that is, as CSV: optimizer,lr,stable,suggested_lr,lambda_max,limit,reason.",
                "Stable means within the method's rule (gradient descent: lr < 2/lambda_max, the largest Hessian eigenvalue "
                + "near the start and along the run; momentum, Nesterov, normalised and Newton-type methods have their own) "
                + "and a " + LearningRates.TRIAL_STEPS + "-step trial run without noise that does not diverge. The suggestion "
                + "is a round rate (1, 2 or 5 x 10^k) about half the limit whose trial run does not diverge."})
final class SuggestLrCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    OptimizerOptions optimizerOptions;

    @Override
    public Integer call() {
        Landscape l = optimizerOptions.landscape();
        OptimizerSpec o = optimizerOptions.spec(l, 0);
        RateAdvice a = LearningRates.assess(l, optimizerOptions.startPoint(l), o);
        PrintWriter out = spec.commandLine().getOut();
        out.println("optimizer,lr,stable,suggested_lr,lambda_max,limit,reason");
        out.println(Csv.row(o.kind().id(), o.lr(), a.stable(), finite(a.suggestedLr()), finite(a.lambdaMax()), finite(a.limit()),
                a.reason()));
        out.flush();
        return 0;
    }

    /** Empty where there is no number (no suggestion, no curvature seen, no limit). */
    private static Object finite(double v) {
        return Double.isFinite(v) ? (Object) v : "";
    }
}
