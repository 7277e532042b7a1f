package org.landscapelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.landscapelab.nn.training.MlpSettings;
import org.landscapelab.nn.training.RacePoint;
import org.landscapelab.nn.training.RaceSnapshot;
import org.landscapelab.nn.training.RacerRun;
import org.landscapelab.nn.training.TransformerSettings;
import org.landscapelab.optim.OptimizerSpec;

class TrainCommandTest {

    @Test
    void printsTheCoresNumbersForEveryOptimizer() {
        CliRun r = CliRun.of("train", "--depth", "2", "--width", "16", "--heads", "2", "--tokens", "8", "--batch", "4",
                "--optimizer", "adam", "--param", "lr=0.01", "--optimizer", "sgd", "--param", "lr=0.1", "--param", "momentum=0.9",
                "--steps", "6", "--every", "2", "--seed", "5");
        assertThat(r.exitCode()).isZero();
        TransformerSettings s = TransformerSettings.DEFAULTS.with("depth", "2").with("width", "16").with("heads", "2").with("tokens", "8")
                .with("batch", "4");
        RaceSnapshot core = s.race(List.of(OptimizerSpec.parse("adam lr=0.01"), OptimizerSpec.parse("sgd lr=0.1 momentum=0.9")), 5, 6, 2, 0).run();
        List<String> lines = r.out().lines().toList();
        StringBuilder header = new StringBuilder("optimizer,step,loss");
        for (String g : core.groups()) header.append(",grad_norm_").append(g);
        for (String g : core.groups()) header.append(",update_ratio_").append(g);
        assertThat(lines.get(0)).isEqualTo(header.toString()).startsWith("optimizer,step,loss,grad_norm_Wq,grad_norm_Wk");
        assertThat(lines).hasSize(1 + 2 * 3);
        int row = 1;
        for (RacerRun racer : core.racers()) {
            for (RacePoint p : racer.points()) {
                List<Object> fields = new java.util.ArrayList<>(List.of(RaceCsv.shortName(racer.optimizer()), p.step(), p.loss()));
                for (int g = 0; g < core.groups().size(); g++) fields.add(p.gradNorm(g));
                for (int g = 0; g < core.groups().size(); g++) fields.add(p.updateRatio(g));
                assertThat(lines.get(row++)).isEqualTo(Csv.row(fields.toArray()));
            }
        }
        assertThat(lines.get(1)).startsWith("adam lr=0.01,0,");
        assertThat(lines.get(4)).startsWith("sgd lr=0.1 momentum=0.9,0,");
        assertThat(lines.get(3)).startsWith("adam lr=0.01,4,");
    }

    @Test
    void trainsAnMlp() {
        CliRun r = CliRun.of("train", "--model", "mlp", "--depth", "3", "--width", "8", "--batch", "16", "--optimizer", "sgd",
                "--steps", "3");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines().findFirst().orElseThrow()).startsWith("optimizer,step,loss,grad_norm_W,grad_norm_gamma,grad_norm_beta,grad_norm_W_1,");
        assertThat(r.out().lines().count()).isEqualTo(4);
        assertThat(MlpSettings.KEYS).contains("batch_norm");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--optimizer foo|error: --optimizer: unknown optimizer 'foo'; known: sgd, adam",
        "--optimizer newton|error: --optimizer: newton needs a Hessian, which a network does not give; use a first-order optimizer",
        "--optimizer sgd --optimizer adam --optimizer sgd --optimizer adam --optimizer sgd|error: --optimizer: at most 4 optimizers race side by side, got 5",
        "--param lr=0.1 --optimizer sgd|error: --param: comes before any --optimizer",
        "--optimizer sgd --param lr=-1|error: --param: lr must be a finite number >= 0, got -1",
        "--optimizer sgd --param alpha=2|error: --param: unknown hyper-parameter 'alpha' for sgd",
        "--steps 5|error: --optimizer: give at least one",
        "--optimizer sgd --steps 0|error: --steps must be in [1, 1000000], got 0",
        "--optimizer sgd --steps 2000000|error: --steps must be in [1, 1000000], got 2000000",
        "--optimizer sgd --every 0|error: --every must be >= 1, got 0",
        "--optimizer sgd --steps 1000000|error: --every: recording every 1 of 1000000 steps makes 1000000 records per optimizer, more than the limit of 100,000; record less often",
        "--optimizer sgd --depth 24 --width 64 --tokens 32 --steps 1000000 --every 100 --optimizer adam --optimizer sgd --optimizer adam"
                + "|error: --steps: 1000000 steps of 4 optimizers take about 4.1e+15 multiply-adds, more than the limit of 1e+15",
        "--optimizer sgd --depth 48 --width 256 --tokens 128 --heads 16|error: a transformer of width 256, ffn width 1024, 16 heads, 128 tokens and depth 48 holds about",
        "--optimizer sgd --width 30|error: --width must be a multiple of heads, got width 30 and 4 heads",
        "--optimizer sgd --depth 0|error: --depth must be >= 1, got 0",
        "--optimizer sgd --task FOO|error: --task: expected one of TEACHER, COPY, REVERSE, SORT, got 'FOO'",
        "--optimizer sgd --model mlp --heads 2|error: --heads is not an option of --model mlp",
        "--optimizer sgd --model mlp --batch-norm maybe|error: --batch-norm: expected true or false, got 'maybe'",
        "--optimizer sgd --model cnn|error: --model must be transformer or mlp, got 'cnn'",
    })
    void badInputIsOneErrorLine(String args, String expected) {
        List<String> argv = new java.util.ArrayList<>(List.of("train"));
        argv.addAll(List.of(args.split(" ")));
        CliRun r = CliRun.of(argv.toArray(String[]::new));
        assertThat(r.isCleanUsageError()).as(r.err()).isTrue();
        assertThat(r.err()).startsWith(expected);
        assertThat(r.out()).isEmpty();
    }
}
