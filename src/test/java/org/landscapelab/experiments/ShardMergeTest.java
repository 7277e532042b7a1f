package org.landscapelab.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.landscapelab.sim.Progress;

/** Shards 0..N−1 merged give the unsharded run's counts exactly and its means and standard errors to 1e-12. */
class ShardMergeTest {
    private static final WideningValley.Settings VALLEY =
            new WideningValley.Settings(6, 100, 0.25, 23, 900, 300, WideningValley.Perturbation.GAUSSIAN, 4);
    private static final FpgdEscape.Settings FPGD =
            new FpgdEscape.Settings(3, List.of(0.25, 0.5, 0.75), 31, 1, 1, 1, 0.05, 0.05, 400, FpgdEscape.Saddle.QUADRATIC, 9);
    private static final BnDecoupling.Settings BN = new BnDecoupling.Settings(List.of(BnDecoupling.Problem.LEAST_SQUARES,
            BnDecoupling.Problem.LOGISTIC), 30, 4, 5, 17, 200, 50, 0.05, 0.05, 0.05, 2);

    private static Map<String, ExperimentTable> shards(int n, Function<Shard, ExperimentTable> run) {
        Map<String, ExperimentTable> out = new LinkedHashMap<>();
        for (int k = n - 1; k >= 0; k--) out.put("shard" + k + ".csv", run.apply(new Shard(k, n))); // any order
        return out;
    }

    private static void assertSame(ExperimentTable merged, ExperimentTable whole) {
        assertThat(merged.settings()).isEqualTo(whole.settings());
        assertThat(merged.shard()).isEqualTo(Shard.ALL);
        assertThat(merged.rows()).hasSameSizeAs(whole.rows());
        for (int i = 0; i < whole.rows().size(); i++) {
            TableRow a = merged.rows().get(i);
            TableRow b = whole.rows().get(i);
            assertThat(a.key()).isEqualTo(b.key());
            assertThat(a.runs()).isEqualTo(b.runs());
            assertThat(a.escapes()).isEqualTo(b.escapes());
            for (int s = 0; s < b.stats().size(); s++) {
                Moments x = a.stat(s);
                Moments y = b.stat(s);
                assertThat(x.count()).isEqualTo(y.count());
                assertThat(x.mean()).as("%s mean", b.key()).isCloseTo(y.mean(), within(1e-12 * Math.abs(y.mean())));
                assertThat(x.standardError()).as("%s se", b.key()).isCloseTo(y.standardError(), within(1e-12 * Math.abs(y.standardError())));
            }
        }
    }

    @Test
    void mergedShardsOfEachExperimentAreTheWholeRun() {
        for (int n : new int[] {1, 3, 5, 40}) { // 40 shards: more than the runs, so some shards hold none
            assertSame(ExperimentTable.merge(shards(n, s -> WideningValley.run(VALLEY, s, 2, Progress.NONE))),
                    WideningValley.run(VALLEY, Shard.ALL, 2, Progress.NONE));
            assertSame(ExperimentTable.merge(shards(n, s -> FpgdEscape.run(FPGD, s, 2, Progress.NONE))),
                    FpgdEscape.run(FPGD, Shard.ALL, 2, Progress.NONE));
            assertSame(ExperimentTable.merge(shards(n, s -> BnDecoupling.run(BN, s, 2, Progress.NONE))),
                    BnDecoupling.run(BN, Shard.ALL, 2, Progress.NONE));
        }
    }

    @Test
    void aShardHoldsTheRunsOfItsResidueAndNoOthers() {
        assertThat(new Shard(2, 5).runs(13)).containsExactly(2, 7, 12);
        assertThat(new Shard(4, 5).runs(3)).isEmpty();
        int[] last = new Shard(5, 1 << 20).runs(Integer.MAX_VALUE); // k + N would overflow an int after the last run
        assertThat(last).hasSize(2048).endsWith(2047 * (1 << 20) + 5);
        assertThat(new Shard(5, 1 << 20).size(Integer.MAX_VALUE)).isEqualTo(2048);
        assertThat(new Shard(2, 5).size(13)).isEqualTo(3);
        assertThat(new Shard(4, 5).size(3)).isZero();
        assertThat(Shard.parse(" 3/16 ")).isEqualTo(new Shard(3, 16));
        assertThatThrownBy(() -> Shard.parse("16/16")).hasMessage("shard index K must be in [0, N-1] = [0, 15], got 16");
        assertThatThrownBy(() -> Shard.parse("1/0")).hasMessage("shard count N must be >= 1, got 0");
        assertThatThrownBy(() -> Shard.parse("1")).hasMessage("expected K/N (shard K of N, K from 0), got '1'");
    }

    @Test
    void momentsMergeByChanEtAl() {
        double[] x = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3};
        Moments all = Moments.EMPTY;
        Moments left = Moments.EMPTY;
        Moments right = Moments.EMPTY;
        for (int i = 0; i < x.length; i++) {
            all = all.add(x[i]);
            if (i < 4) left = left.add(x[i]);
            else right = right.add(x[i]);
        }
        Moments merged = left.merge(right);
        assertThat(merged.count()).isEqualTo(10);
        assertThat(merged.mean()).isCloseTo(3.9, within(1e-15));
        assertThat(merged.variance()).isCloseTo(all.variance(), within(1e-13));
        assertThat(all.variance()).isCloseTo(6.1, within(1e-13)); // Σ(x − 3.9)² = 54.9 over 9
        assertThat(Moments.EMPTY.merge(all)).isEqualTo(all);
    }

    @Test
    void mismatchedMissingAndOverlappingShardsAreRefusedNamingTheFile() {
        Map<String, ExperimentTable> three = shards(3, s -> WideningValley.run(VALLEY, s, 1, Progress.NONE));
        Map<String, ExperimentTable> missing = new LinkedHashMap<>(three);
        missing.remove("shard1.csv");
        assertThatThrownBy(() -> ExperimentTable.merge(missing)).hasMessage("missing shard 1/3 of 3");

        Map<String, ExperimentTable> overlap = new LinkedHashMap<>(three);
        overlap.put("again.csv", three.get("shard1.csv"));
        assertThatThrownBy(() -> ExperimentTable.merge(overlap)).hasMessage("again.csv: shard 1/3 was already given in shard1.csv");

        Map<String, ExperimentTable> otherCount = new LinkedHashMap<>(three);
        otherCount.put("half.csv", WideningValley.run(VALLEY, new Shard(1, 2), 1, Progress.NONE));
        assertThatThrownBy(() -> ExperimentTable.merge(otherCount))
                .hasMessage("half.csv: shard 1/2 is one of 2 shards, but shard2.csv is one of 3");

        WideningValley.Settings otherSeed = new WideningValley.Settings(6, 100, 0.25, 23, 900, 300, WideningValley.Perturbation.GAUSSIAN, 5);
        Map<String, ExperimentTable> otherSettings = new LinkedHashMap<>(three);
        otherSettings.put("shard0.csv", WideningValley.run(otherSeed, new Shard(0, 3), 1, Progress.NONE));
        assertThatThrownBy(() -> ExperimentTable.merge(otherSettings)).hasMessageStartingWith("shard0.csv: settings '")
                .hasMessageContaining("seed=5' differ from shard2.csv's '").hasMessageEndingWith("seed=4'");
    }

    /** The core never reaches for the front doors: no JavaFX, picocli, cli or ui. */
    @Test
    void theExperimentsPackageImportsOnlyTheCore() throws IOException {
        Path dir = Path.of("src/main/java/org/landscapelab/experiments");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                assertThat(Files.readAllLines(f)).as(f.toString()).noneMatch(l -> l.startsWith("import javafx") || l.startsWith("import picocli")
                        || l.startsWith("import org.landscapelab.cli") || l.startsWith("import org.landscapelab.ui")
                        || l.startsWith("import org.landscapelab.nn") || l.startsWith("import org.landscapelab.render"));
            }
        }
    }
}
