package org.landscapelab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What scenario files used to accept and ignore (or fail on later): sweep values outside their
 * noise parameter's range, a sweep without an escape radius, a race of more optimizers than the
 * lab races, and a network block that is not the panel's — refused when the file is read, naming the field.
 */
class ScenarioChecksTest {
    private final ScenarioFormat format = new ScenarioFormat();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Hurst above 1     | 05 | \"to\": 0.8                  | \"to\": 1.5                 | ensemble.sweep.to      | hurst must be in (0, 1), got 1.5",
        "Hurst 0           | 05 | \"from\": 0.2                | \"from\": 0                 | ensemble.sweep.from    | hurst must be in (0, 1), got 0.0",
        "alpha 0           | 05 | \"parameter\": \"hurst\", \"from\": 0.2 | \"parameter\": \"alpha\", \"from\": 0 | ensemble.sweep.from | alpha must be in (0, 2], got 0.0",
        "alpha above 2     | 05 | \"parameter\": \"hurst\", \"from\": 0.2, \"to\": 0.8 | \"parameter\": \"alpha\", \"from\": 0.2, \"to\": 2.5 | ensemble.sweep.to | alpha must be in (0, 2], got 2.5",
        "negative sigma    | 06 | \"from\": 0.02               | \"from\": -0.1              | ensemble.sweep.from    | sigma must be finite and >= 0, got -0.1",
        "no escape radius  | 05 | \"escape_radius\": 0.5       | \"escape_radius\": 0        | ensemble.escape_radius | a sweep of escape times needs an escape radius > 0, got 0.0",
        "9 optimizers      | 01 | [\"sgd lr=0.1\", \"pgd lr=0.1\"] | [\"sgd\", \"sgd\", \"sgd\", \"sgd\", \"sgd\", \"sgd\", \"sgd\", \"sgd\", \"sgd\"] | race.optimizers | a race holds at most 8 optimizers, got 9",
        "unknown key       | 07 | \"depth\": 24                | \"depht\": 24               | network.depht          | not a setting of the transformer panel; known: depth, width",
        "depth 0           | 07 | \"depth\": 24                | \"depth\": 0                | network.depth          | must be >= 1, got 0",
        "depth 2.5         | 08 | \"depth\": 20                | \"depth\": 2.5              | network.depth          | must be a whole number >= 1, got '2.5'",
        "residual banana   | 07 | \"residual_scale\": \"1\"    | \"residual_scale\": \"banana\" | network.residual_scale | residual scale must be a positive number at most 1000 or 1/sqrt(L), got 'banana'",
        "residual 1e308    | 07 | \"residual_scale\": \"1\"    | \"residual_scale\": 1e308   | network.residual_scale | at most 1000",
        "unknown norm      | 07 | \"post-ln\"                  | \"mid-ln\"                  | network.norm           | unknown norm 'mid-ln'",
        "unknown task      | 07 | \"TEACHER\"                  | \"DANCE\"                   | network.task           | expected one of TEACHER, COPY, REVERSE, SORT, got 'DANCE'",
        "bad optimizer     | 07 | \"adam lr=0.001\"            | \"adma lr=0.001\"           | network.optimizer      | unknown optimizer 'adma'",
        "bad racer         | 07 | \"optimizer\": \"adam lr=0.001\" | \"optimizer\": \"adam lr=0.001\", \"racers\": \"sgd lr=0.1; adma\" | network.racers | unknown optimizer 'adma'",
        "five racers       | 07 | \"optimizer\": \"adam lr=0.001\" | \"optimizer\": \"adam lr=0.001\", \"racers\": \"sgd; sgd; sgd; sgd\" | network.racers | at most 3 optimizers race the first one, got 4",
        "bad seed          | 08 | \"seed\": 1                  | \"seed\": \"one\"           | network.seed           | must be a whole number, got 'one'",
        "batch norm maybe  | 08 | \"batch_norm\": true         | \"batch_norm\": \"maybe\"   | network.batch_norm     | expected true or false, got 'maybe'",
        "heads of the MLP  | 08 | \"depth\": 20                | \"depth\": 20, \"heads\": 4 | network.heads          | not a setting of the batch-norm panel",
        "batch of one      | 08 | \"batch\": 32                | \"batch\": 1                | network.batch          | must be >= 2, got 1: batch norm of one sample is undefined",
        "one token         | 07 | \"tokens\": 16               | \"tokens\": 1               | network.tokens         | must be >= 2, got 1",
        "heads not dividing| 07 | \"heads\": 4                 | \"heads\": 5                | network                | width must be a multiple of heads, got width 32 and 5 heads",
        "huge width        | 07 | \"width\": 32                | \"width\": 100000           | network                | more than the limit of 268,435,456",
        "huge MLP width    | 08 | \"width\": 64                | \"width\": 100000           | network                | more than the limit of 268,435,456",
        "huge MLP batch    | 08 | \"batch\": 32                | \"batch\": 100000000        | network                | on a batch of 100000000",
        "long rank sweep   | 08 | \"batch\": 32                | \"batch\": 20000            | network                | the rank sweep of an MLP of width 64 and depth 20 on a batch of 20000",
        "wide depth sweep  | 07 | \"width\": 32                | \"width\": 512              | network                | the depth sweep of the four settings",
    })
    void badValuesAreRefusedWhenRead(String what, String file, String find, String replace, String field, String problem) throws Exception {
        String bad = edited(file, find, replace);
        assertThatThrownBy(() -> format.read(bad, "class.json")).isInstanceOfSatisfying(ScenarioFileException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.problem()).contains(problem);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "8 optimizers           | 01 | [\"sgd lr=0.1\", \"pgd lr=0.1\"] | [\"sgd\", \"sgd\", \"sgd\", \"sgd\", \"sgd\", \"sgd\", \"sgd\", \"sgd\"]",
        "residual scale 1000    | 07 | \"residual_scale\": \"1\"    | \"residual_scale\": \"1000\"",
        "a network block left out | 08 | \"depth\": 20,             | ",
        "a landscape scenario's network block | 01 | \"lab\": \"landscapes\", | \"lab\": \"landscapes\", \"network\": {\"depth\": 3, \"batch_norm\": false, \"heads\": 2},",
    })
    void valuesWithinTheLimitsStillLoad(String what, String file, String find, String replace) throws Exception {
        format.read(edited(file, find, replace == null ? "" : replace), "class.json");
    }

    static String edited(String number, String find, String replace) throws Exception {
        Path file;
        try (var files = Files.list(Path.of("sample-landscapes/scenarios"))) {
            file = files.filter(p -> p.getFileName().toString().startsWith(number + "-")).findFirst().orElseThrow();
        }
        String good = Files.readString(file);
        assertThat(good).contains(find);
        return good.replaceFirst(Pattern.quote(find), Matcher.quoteReplacement(replace));
    }
}
