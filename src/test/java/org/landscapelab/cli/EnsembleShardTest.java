package org.landscapelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ensemble --shard K/N: each particle keeps the numbers it has in the whole ensemble. */
class EnsembleShardTest {
    private static final String[] SADDLE = {"ensemble", "--landscape", "quadratic_saddle", "--optimizer", "sgd", "--param", "lr=0.05",
        "--noise", "white", "--sigma", "0.1", "--steps", "200", "--particles", "11", "--spread", "0.2", "--escape-radius", "1", "--seed", "6"};

    private static CliRun ensemble(String... more) {
        List<String> args = new ArrayList<>(List.of(SADDLE));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void theShardsRowsSortedByParticleAreTheWholeEnsemblesCsv() {
        CliRun whole = ensemble();
        assertThat(whole.exitCode()).as(whole.err()).isZero();
        List<String> rows = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            CliRun shard = ensemble("--shard", k + "/3", "--threads", Integer.toString(k + 1));
            assertThat(shard.exitCode()).as(shard.err()).isZero();
            List<String> lines = shard.out().lines().toList();
            assertThat(lines.get(0)).isEqualTo("particle,escape_step,final_x,final_y,final_value");
            assertThat(lines).hasSize(1 + (k < 2 ? 4 : 3));
            rows.addAll(lines.subList(1, lines.size()));
        }
        rows.sort(Comparator.comparingInt(l -> Integer.parseInt(l.substring(0, l.indexOf(',')))));
        assertThat(rows).containsExactlyElementsOf(whole.out().lines().skip(1).toList());
    }

    @Test
    void aBadOrEmptyShardIsOneErrorLine() {
        CliRun bad = ensemble("--shard", "3/3");
        assertThat(bad.isCleanUsageError()).as(bad.err()).isTrue();
        assertThat(bad.err()).isEqualTo("error: --shard: shard index K must be in [0, N-1] = [0, 2], got 3\n");
        CliRun empty = ensemble("--shard", "12/20");
        assertThat(empty.isCleanUsageError()).as(empty.err()).isTrue();
        assertThat(empty.err()).isEqualTo("error: --shard: shard 12/20 of 11 particles holds none (K must be below --particles)\n");
    }
}
