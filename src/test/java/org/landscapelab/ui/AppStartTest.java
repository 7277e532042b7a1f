package org.landscapelab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pieces of the start-up and the benchmarks that need no window. */
class AppStartTest {
    @Test
    void tasksWaitUntilReleasedThenRunInOrderAndLaterOnesPassStraightThrough() {
        List<String> ran = new ArrayList<>();
        HeldExecutor held = new HeldExecutor(Runnable::run);
        held.execute(() -> ran.add("a"));
        held.execute(() -> ran.add("b"));
        assertThat(ran).isEmpty();
        held.release();
        assertThat(ran).containsExactly("a", "b");
        held.execute(() -> ran.add("c"));
        assertThat(ran).containsExactly("a", "b", "c");
    }

    @Test
    void theBenchmarkModeIsTheWordAfterTheFlag() {
        assertThat(UiBenchmark.mode(List.of("--bench-ui", "interaction"))).isEqualTo(InteractionBenchmark.MODE);
        assertThat(UiBenchmark.mode(List.of("--bench-ui"))).isEmpty();
        assertThat(UiBenchmark.mode(List.of())).isEmpty();
        // The launcher refuses any other word before JavaFX starts.
        assertThat(org.landscapelab.Launcher.BENCH_MODES)
                .containsExactlyInAnyOrder(InteractionBenchmark.MODE, StartupBenchmark.LAB, StartupBenchmark.MINIMAL, SweepBenchmark.MODE,
                        TrainingBenchmark.MODE,
                        UiBenchmark.LAYOUT);
    }
}
