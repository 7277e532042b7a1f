package org.landscapelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A run that reaches NaN or infinity says so and fails; a run that only leaves the bound is still a result. */
class TraceUndefinedTest {
    @Test
    void adamWithoutEpsAtAZeroGradientIsUndefinedAndSaysWhy() {
        CliRun run = CliRun.of("trace", "--landscape", "x^2+y^2", "--optimizer", "adam", "--param", "eps=0", "--start", "0,0",
                "--steps", "5");
        assertThat(run.isCleanUsageError()).as(run.err()).isTrue();
        assertThat(run.err()).isEqualTo("error: the run is undefined from step 1: the iterate is not a number "
                + "(NaN: 0/0 or infinity minus infinity in the step); with --param eps=0 a zero gradient gives 0/0 in the update, "
                + "use eps > 0\n");
        assertThat(run.out()).isEqualTo("step,x,y,value\n0,0,0,0\n");
    }

    @Test
    void aRunThatLeavesTheBoundKeepsItsRowsAndExitsZero() {
        CliRun run = CliRun.of("trace", "--landscape", "quadratic_saddle", "--optimizer", "sgd", "--param", "lr=0.5",
                "--start", "0,0.1", "--steps", "500");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).startsWith("note: the run diverged at step ");
        assertThat(run.out()).doesNotContain("NaN").doesNotContain("Infinity");
    }
}
