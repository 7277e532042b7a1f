package org.landscapelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** suggest-lr: a stable rate per landscape on the command line, bad input as one error line. */
class SuggestLrCommandTest {
    private static final String HEADER = "optimizer,lr,stable,suggested_lr,lambda_max,limit,reason\n";

    @Test
    void anUnstableRateGetsASuggestionWithTheReason() {
        CliRun run = CliRun.of("suggest-lr", "--landscape", "x^2 + 50*y^2", "--optimizer", "sgd", "--param", "lr=0.1",
                "--start", "1,1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(HEADER + "sgd,0.1,false,0.01,100,0.02,"
                + "\"lr 0.1 → 0.01: 0.1 diverges here, λmax ≈ 100 (gradient descent needs lr < 2/λmax ≈ 0.02)\"\n");
    }

    @Test
    void aStableRateIsSaidToBeStable() {
        CliRun run = CliRun.of("suggest-lr", "--landscape", "rosenbrock", "--optimizer", "newton");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith(HEADER + "newton,1,true,1,")
                .endsWith(",1,lr 1 is stable here (a Newton-type step beyond the full one overshoots: lr ≤ 1)\n");
    }

    @Test
    void badInputIsOneErrorLine() {
        CliRun unknown = CliRun.of("suggest-lr", "--landscape", "rosenbrock", "--optimizer", "sgdd");
        assertThat(unknown.isCleanUsageError()).as(unknown.err()).isTrue();
        assertThat(unknown.err()).startsWith("error: --optimizer: unknown optimizer 'sgdd'");

        CliRun param = CliRun.of("suggest-lr", "--landscape", "rosenbrock", "--optimizer", "sgd", "--param", "lr=-1");
        assertThat(param.isCleanUsageError()).as(param.err()).isTrue();
        assertThat(param.err()).startsWith("error: --param: ");

        CliRun svrg = CliRun.of("suggest-lr", "--landscape", "rosenbrock", "--optimizer", "svrg");
        assertThat(svrg.isCleanUsageError()).as(svrg.err()).isTrue();
        assertThat(svrg.err()).isEqualTo("error: --optimizer: svrg needs a finite-sum landscape (a landscape file with data rows)\n");

        CliRun start = CliRun.of("suggest-lr", "--landscape", "rosenbrock", "--optimizer", "sgd", "--start", "1,nan");
        assertThat(start.isCleanUsageError()).as(start.err()).isTrue();
        assertThat(start.err()).isEqualTo("error: --start: 'nan' is not a number\n");
        assertThat(unknown.out() + param.out() + svrg.out() + start.out()).isEmpty();
    }

    @Test
    void traceNamesTheRateToTryWhenItDiverges() {
        CliRun run = CliRun.of("trace", "--landscape", "rosenbrock", "--optimizer", "sgd", "--param", "lr=0.1", "--steps", "50");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).matches("note: the run diverged at step 2: the iterate left the bound, [0-9,]+× the domain's size "
                + "from its centre: lr 0.1 is too large here \\(λmax ≈ 2,900\\); try lr ≤ 0\\.0002\n");
    }
}
