package org.landscapelab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landscapelab.Csv;

class ExperimentCommandTest {
    private static final String[] VALLEY = {"experiment", "widening-valley", "--dim", "4", "--runs", "7", "--steps", "300", "--every", "100", "--seed", "3"};
    private static final String[] FPGD = {"experiment", "fpgd-escape", "--dim", "2", "--hurst", "0.3,0.5", "--runs", "9", "--max-steps", "2000", "--seed", "5"};
    private static final String[] BN = {"experiment", "bn-decoupling", "--samples", "20", "--features", "3", "--runs", "5", "--steps", "60", "--every", "20"};

    @TempDir
    Path dir;

    /** The base arguments with these options set: an option already there gets the new value, others are added. */
    private static String[] with(String[] base, String... options) {
        List<String> args = new ArrayList<>(List.of(base));
        for (int i = 0; i < options.length; i += 2) {
            int at = args.indexOf(options[i]);
            if (at >= 0) {
                args.set(at + 1, options[i + 1]);
            } else {
                args.add(options[i]);
                args.add(options[i + 1]);
            }
        }
        return args.toArray(String[]::new);
    }

    private static void assertUsageError(CliRun run, String message) {
        assertThat(run.isCleanUsageError()).as(run.err()).isTrue();
        assertThat(run.err()).isEqualTo("error: " + message + "\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void eachExperimentPrintsTheIssuesColumns() {
        CliRun valley = CliRun.of(VALLEY);
        assertThat(valley.exitCode()).as(valley.err()).isZero();
        assertThat(valley.out()).startsWith("method,step,mean_trace,se_trace,mean_u2,se_u2\ngd,0,100,0,100,0\n");
        assertThat(Csv.read(valley.out())).hasSize(3 * 4);
        // σ² = min(α³D/2, D/(8α), αD/(2d)) = min(0.78125, 50, 3.125) at d = 4
        assertThat(valley.err()).isEqualTo("widening-valley: η = 0.00125, σ = 0.8838834764831844 (σ² = 0.78125)\n");
        CliRun fpgd = CliRun.of(FPGD);
        assertThat(fpgd.exitCode()).as(fpgd.err()).isZero();
        assertThat(fpgd.out()).startsWith("hurst,dim,runs,escaped,mean_escape_step,se,median_escape_step\n0.3,2,9,9,");
        CliRun bn = CliRun.of(BN);
        assertThat(bn.exitCode()).as(bn.err()).isZero();
        List<Map<String, String>> rows = Csv.read(bn.out());
        assertThat(bn.out()).startsWith("problem,parametrization,step,lr_w,lr_g,lr_u,mean_loss,se_loss,mean_direction_lr,se_direction_lr\n");
        assertThat(rows).hasSize(2 * 2 * 4);
        assertThat(rows.get(0)).containsEntry("lr_w", "0.05").containsEntry("lr_g", "").containsEntry("mean_direction_lr", "0.05");
        assertThat(rows.get(4)).containsEntry("parametrization", "decoupled").containsEntry("lr_w", "").containsEntry("lr_u", "0.05");
    }

    @Test
    void mergedShardFilesGiveTheUnshardedCsv() throws IOException {
        for (String[] experiment : List.of(VALLEY, FPGD, BN)) {
            List<Map<String, String>> whole = Csv.read(CliRun.of(experiment).out());
            List<String> files = new ArrayList<>(List.of("experiment", "merge"));
            for (int k = 2; k >= 0; k--) {
                Path shard = dir.resolve(experiment[1] + k + ".csv");
                CliRun run = CliRun.of(with(experiment, "--shard", k + "/3", "--threads", "1", "--out", shard.toString()));
                assertThat(run.exitCode()).as(run.err()).isZero();
                files.add(shard.toString());
            }
            CliRun merged = CliRun.of(files.toArray(String[]::new));
            assertThat(merged.exitCode()).as(merged.err()).isZero();
            List<Map<String, String>> rows = Csv.read(merged.out());
            assertThat(rows).hasSameSizeAs(whole);
            for (int i = 0; i < rows.size(); i++) {
                assertThat(rows.get(i).keySet()).containsExactlyElementsOf(whole.get(i).keySet());
                for (String column : whole.get(i).keySet()) {
                    String expected = whole.get(i).get(column);
                    String actual = rows.get(i).get(column);
                    if (expected.isEmpty() || !Character.isDigit(expected.charAt(expected.length() - 1))) {
                        assertThat(actual).as("%s row %d %s", experiment[1], i, column).isEqualTo(expected);
                    } else {
                        double e = Double.parseDouble(expected);
                        assertThat(Double.parseDouble(actual)).as("%s row %d %s", experiment[1], i, column).isCloseTo(e, within(1e-12 * Math.abs(e)));
                    }
                }
            }
        }
    }

    @Test
    void badOptionsAreOneErrorLineNamingTheOption() {
        assertUsageError(CliRun.of("experiment"), "missing experiment; one of widening-valley, fpgd-escape, bn-decoupling, merge");
        assertUsageError(CliRun.of(with(VALLEY, "--dim", "0")), "--dim must be in [1, 100,000], got 0");
        assertUsageError(CliRun.of(with(VALLEY, "--shard", "2/2")), "--shard: shard index K must be in [0, N-1] = [0, 1], got 2");
        assertUsageError(CliRun.of(with(VALLEY, "--shard", "a/b")), "--shard: expected K/N with whole numbers K and N, got 'a/b'");
        assertUsageError(CliRun.of(with(VALLEY, "--noise", "pink")), "--noise must be rademacher or gaussian, got 'pink'");
        assertUsageError(CliRun.of(with(VALLEY, "--every", "0")), "--every must be in [1, 300], got 0");
        assertUsageError(CliRun.of(with(VALLEY, "--alpha", "-1")), "--alpha must be a finite number > 0, got -1.0");
        assertUsageError(CliRun.of(with(VALLEY, "--threads", "0")), "--threads must be in [1, 256], got 0");
        assertUsageError(CliRun.of("experiment", "widening-valley", "--runs", "100000000"),
                "--runs × --steps: 100,000,000 runs × 200,000 steps × 33 coordinates × 3 methods = 1,980,000,000,000,000 coordinate updates "
                        + "is more than the limit of 200,000,000,000; split the runs with --shard K/N");
        assertUsageError(CliRun.of(with(VALLEY, "--runs", "100000001")), "--runs must be in [1, 100,000,000], got 100,000,001");
        assertUsageError(CliRun.of(with(FPGD, "--hurst", "0.5,x")), "--hurst has 'x', which is not a number");
        assertUsageError(CliRun.of(with(FPGD, "--hurst", "1.5")), "--hurst must be in (0, 1), got 1.5");
        assertUsageError(CliRun.of(with(FPGD, "--saddle", "cubic")), "--saddle must be quadratic or quartic, got 'cubic'");
        assertUsageError(CliRun.of(with(FPGD, "--saddle", "quartic", "--radius", "2")),
                "--radius must be below √gamma = 1.0 on the quartic saddle, whose minima lie there, got 2.0");
        assertUsageError(CliRun.of(with(FPGD, "--lr", "5")),
                "--lr must be below 2/lambda = 2.0 so that gradient descent is stable in the stable directions, got 5.0");
        assertUsageError(CliRun.of(with(BN, "--problem", "ridge")), "--problem must be least-squares or logistic, got 'ridge'");
        assertUsageError(CliRun.of(with(BN, "--condition", "0.5")), "--condition must be a finite number >= 1, got 0.5");
        assertUsageError(CliRun.of(with(BN, "--lr-u", "0")), "--lr-u must be a finite number > 0, got 0.0");
        assertUsageError(CliRun.of(with(BN, "--out", "x.txt")), "--out: expected a .csv file, got 'x.txt'");
    }

    @Test
    void mergeRefusesBadShardsNamingTheFile() throws IOException {
        String[] shards = new String[3];
        for (int k = 0; k < 3; k++) {
            shards[k] = dir.resolve("v" + k + ".csv").toString();
            assertThat(CliRun.of(with(VALLEY, "--shard", k + "/3", "--out", shards[k])).exitCode()).isZero();
        }
        String otherSeed = dir.resolve("seed.csv").toString();
        assertThat(CliRun.of(with(VALLEY, "--shard", "2/3", "--seed", "4", "--out", otherSeed)).exitCode()).isZero();
        String otherCount = dir.resolve("half.csv").toString();
        assertThat(CliRun.of(with(VALLEY, "--shard", "1/2", "--out", otherCount)).exitCode()).isZero();
        String fpgd = dir.resolve("fpgd.csv").toString();
        assertThat(CliRun.of(with(FPGD, "--shard", "0/3", "--out", fpgd)).exitCode()).isZero();
        Path plain = dir.resolve("plain.csv");
        Files.writeString(plain, CliRun.of(VALLEY).out());
        List<String> lines = Files.readAllLines(Path.of(shards[1]));
        Path cut = dir.resolve("cut.csv");
        Files.write(cut, List.of(lines.get(0), lines.get(1), lines.get(2).substring(0, 20)));
        Path edited = dir.resolve("edited.csv");
        Files.writeString(edited, Files.readString(Path.of(shards[1])).replace(",2,2,100.0,0.0,2,100.0,0.0,1/3,", ",3,3,100.0,0.0,3,100.0,0.0,1/3,"));

        assertUsageError(CliRun.of("experiment", "merge", shards[0], shards[2]), "missing shard 1/3 of 3");
        assertUsageError(CliRun.of("experiment", "merge", shards[0], shards[1], shards[2], shards[1]), shards[1] + ": given twice");
        assertUsageError(CliRun.of("experiment", "merge", shards[0], shards[1], otherSeed),
                otherSeed + ": settings 'widening-valley dim=4 scale=100.0 alpha=0.25 runs=7 steps=300 every=100 noise=rademacher seed=4' "
                        + "differ from " + shards[0] + "'s 'widening-valley dim=4 scale=100.0 alpha=0.25 runs=7 steps=300 every=100 noise=rademacher seed=3'");
        assertUsageError(CliRun.of("experiment", "merge", shards[0], otherCount),
                otherCount + ": shard 1/2 is one of 2 shards, but " + shards[0] + " is one of 3");
        assertUsageError(CliRun.of("experiment", "merge", shards[0], fpgd), fpgd + ": a shard of fpgd-escape, but " + shards[0] + " is one of widening-valley");
        assertUsageError(CliRun.of("experiment", "merge", plain.toString()), plain + ": not a shard file of an experiment (its header is not "
                + "that of 'experiment widening-valley|fpgd-escape|bn-decoupling --shard K/N')");
        assertUsageError(CliRun.of("experiment", "merge", shards[0], cut.toString(), shards[2]),
                cut + ": line 3: expected 15 cells, got 7 (a damaged file?)");
        assertUsageError(CliRun.of("experiment", "merge", shards[0], edited.toString(), shards[2]),
                edited + ": shard 1/3 of 7 runs holds 2 runs, but its row [gd, 0] counts 3 (a damaged or edited file?)");
        assertUsageError(CliRun.of("experiment", "merge", dir.resolve("none.csv").toString()), dir.resolve("none.csv") + ": no such file");
        assertUsageError(CliRun.of("experiment", "merge", dir.toString()), dir + ": is a directory, not a shard file");
    }

    @Test
    void theHelpShowsASlurmArrayJob() {
        CliRun help = CliRun.of("experiment", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("#SBATCH --array=0-15", "--shard ${SLURM_ARRAY_TASK_ID}/16 --out fpgd-${SLURM_ARRAY_TASK_ID}.csv",
                "experiment merge fpgd-*.csv --out fpgd.csv");
    }
}
