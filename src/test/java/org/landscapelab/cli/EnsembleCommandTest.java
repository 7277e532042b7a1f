package org.landscapelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.landscapelab.Csv;

class EnsembleCommandTest {
    private static final String[] SADDLE = {"ensemble", "--landscape", "quadratic_saddle", "--optimizer", "sgd", "--param", "lr=0.05"};

    private static CliRun ensemble(String... more) {
        String[] args = new String[SADDLE.length + more.length];
        System.arraycopy(SADDLE, 0, args, 0, SADDLE.length);
        System.arraycopy(more, 0, args, SADDLE.length, more.length);
        return CliRun.of(args);
    }

    @Test
    void aStartBoxOfInfiniteWidthIsAUsageError() {
        CliRun run = ensemble("--steps", "10", "--particles", "5", "--start-box", "-1e308,1e308,0,1");
        assertThat(run.isCleanUsageError()).as(run.err()).isTrue();
        assertThat(run.err()).isEqualTo("error: --start-box: start box width and height must be finite, got Infinity x 1.0\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void tooMuchWorkIsRefusedAtOnceNamingTheLimit() {
        CliRun run = ensemble("--steps", "100000", "--particles", "100000", "--noise", "white");
        assertThat(run.isCleanUsageError()).as(run.err()).isTrue();
        assertThat(run.err()).isEqualTo("error: --particles × --steps: 100,000 particles × 100,000 steps = 10,000,000,000 "
                + "particle steps is more than the limit of 1,000,000,000\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void particlesThatEndOnNoNumberHaveEmptyCellsAndANote() {
        // Adam without eps from the minimum of a bowl: 0/0 in the first step.
        CliRun run = CliRun.of("ensemble", "--landscape", "x^2+y^2", "--optimizer", "adam", "--param", "eps=0", "--start", "0,0",
                "--steps", "5", "--particles", "3", "--threads", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("NaN").doesNotContain("Infinity");
        List<Map<String, String>> rows = Csv.read(run.out());
        assertThat(rows).hasSize(3).allSatisfy(r -> assertThat(r.get("final_x")).isEmpty());
        assertThat(run.err()).contains("particles: 3, diverged: 3")
                .contains("note: 3 particle(s) ended where x, y or f is not a finite number");
    }

    @Test
    void progressIsQuietForASecondThenAtMostOneLineASecond() {
        AtomicLong now = new AtomicLong(5_000_000_000L);
        StringWriter text = new StringWriter();
        ProgressLine progress = new ProgressLine(new PrintWriter(text), "ensemble", "particles", now::get);
        now.addAndGet(900_000_000L);
        progress.update(10, 100);
        assertThat(text.toString()).isEmpty();
        now.addAndGet(300_000_000L);
        progress.update(40, 100);
        now.addAndGet(500_000_000L);
        progress.update(50, 100);
        now.addAndGet(600_000_000L);
        progress.update(70, 100);
        progress.update(100, 100);
        assertThat(text.toString()).isEqualTo("ensemble: 40% (40 of 100 particles, 1 s)\nensemble: 70% (70 of 100 particles, 2 s)\n");
    }
}
