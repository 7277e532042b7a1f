package org.landscapelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.landscapelab.Csv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CriticalCommandTest {

    @Test
    void printsTheCriticalPointsAsCsv() {
        CliRun run = CliRun.of("critical", "--landscape", "double_well");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        List<Map<String, String>> rows = Csv.read(run.out());
        assertThat(run.out()).startsWith("x,y,value,type,eig_min,eig_max\n");
        assertThat(rows).extracting(r -> r.get("type")).containsExactly("minimum", "saddle", "minimum");
        assertThat(rows.get(1)).containsEntry("x", "0").containsEntry("y", "0").containsEntry("eig_min", "-1").containsEntry("eig_max", "1");
        assertThat(Double.parseDouble(rows.get(2).get("x"))).isEqualTo(1.0);
    }

    @Test
    void takesExpressionsFilesAndDomains() {
        CliRun expression = CliRun.of("critical", "--landscape", "x^2 - y^2 + 0.5*y^4", "--domain", "-3,3,-3,3");
        assertThat(Csv.read(expression.out())).extracting(r -> r.get("type")).containsExactly("minimum", "saddle", "minimum");
        CliRun narrow = CliRun.of("critical", "--landscape", "x^2 - y^2 + 0.5*y^4", "--domain", "-1,1,-0.5,0.5");
        assertThat(Csv.read(narrow.out())).extracting(r -> r.get("type")).containsExactly("saddle");
        CliRun file = CliRun.of("critical", "--landscape", "sample-landscapes/saddle_with_minima.json");
        assertThat(Csv.read(file.out())).hasSize(3);
    }

    @Test
    void takesSampleLandscapesByIdAndSetsTheirParameters() {
        // f = (x^2 + k*y^2)/2: one minimum with Hessian eigenvalues 1 and k.
        CliRun byDefault = CliRun.of("critical", "--landscape", "anisotropic_quadratic");
        assertThat(Csv.read(byDefault.out())).singleElement().satisfies(r -> assertThat(r).containsEntry("eig_max", "25"));
        CliRun set = CliRun.of("critical", "--landscape", "anisotropic_quadratic", "--set", "k=50");
        assertThat(set.err()).isEmpty();
        assertThat(Csv.read(set.out())).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("type", "minimum").containsEntry("eig_min", "1").containsEntry("eig_max", "50"));
    }

    @Test
    void aBadParameterSaysWhichAndWhy() {
        assertThat(CliRun.of("critical", "--landscape", "anisotropic_quadratic", "--set", "q=2").err())
                .isEqualTo("error: --set: Anisotropic quadratic has no parameter 'q'; its parameters: k\n");
        assertThat(CliRun.of("critical", "--landscape", "anisotropic_quadratic", "--set", "k=1e6").err())
                .startsWith("error: --set k=1e6: outside its range [");
        assertThat(CliRun.of("critical", "--landscape", "double_well", "--set", "k=2").err())
                .contains("has no parameter 'k'; it has none");
        assertThat(CliRun.of("critical", "--landscape", "anisotropic_quadratic", "--set", "k").err())
                .startsWith("error: --set: expected NAME=VALUE");
    }

    @Test
    void saysWhenCriticalPointsFormCurves() {
        CliRun run = CliRun.of("critical", "--landscape", "mexican_hat");
        assertThat(Csv.read(run.out())).extracting(r -> r.get("type")).containsExactly("maximum");
        assertThat(run.err()).startsWith("note:").contains("curves");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "critical --landscape rosenbrok",
        "critical --landscape x^2+*y",
        "critical --landscape nope.json",
        "critical --landscape x^2 --domain 1,0,0,1",
        "critical --landscape x^2 --domain a,b,c,d",
        "critical --landscape x^2 --domain 1,2,3",
        "critical --landscape",
        "critical",
        "critical --landscape himmelblau --frobnicate",
        "frobnicate",
    })
    void badInputIsOneErrorLineAndExitCode2(String args) {
        CliRun run = CliRun.of(args.split(" "));
        assertThat(run.isCleanUsageError()).as("stderr was: %s", run.err()).isTrue();
        assertThat(run.out()).isEmpty();
    }

    @Test
    void malformedExpressionsGetACaretUnderTheColumn() {
        CliRun run = CliRun.of("critical", "--landscape", "x^2 + )");
        assertThat(run.err().lines().toList()).containsExactly(
                "error: --landscape: malformed expression: unexpected ')', expected a number, a name or '(' at column 7",
                "  x^2 + )",
                "        ^");
    }

    @Test
    void aBrokenLandscapeFileNamesTheField(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path f = dir.resolve("broken.json");
        java.nio.file.Files.writeString(f, "{\"name\": \"b\", \"expression\": \"x\", \"domain\": {\"x\": [1, 0], \"y\": [0, 1]}}");
        CliRun run = CliRun.of("critical", "--landscape", f.toString());
        assertThat(run.isCleanUsageError()).isTrue();
        assertThat(run.err()).contains("broken.json: field 'domain.x': min must be less than max");
    }
}
