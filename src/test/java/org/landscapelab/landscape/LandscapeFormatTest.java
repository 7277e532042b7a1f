package org.landscapelab.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LandscapeFormatTest {
    private static final String GOOD = """
            {"name": "Tilted", "expression": "x^4/4 - x^2/2 + a*x + y^2/2",
             "domain": {"x": [-2, 2], "y": [-1, 1]},
             "parameters": [{"name": "a", "min": -1, "max": 1, "value": 0.25}],
             "starts": [[0, 0.5]], "scale": "log", "description": "d"}""";

    private final LandscapeFormat format = new LandscapeFormat();

    @Test
    void readsEveryField() throws Exception {
        Landscape l = format.read(GOOD, "tilted.json");
        assertThat(l.id()).isEqualTo("tilted");
        assertThat(l.name()).isEqualTo("Tilted");
        assertThat(l.domain()).isEqualTo(new Domain(-2, 2, -1, 1));
        assertThat(l.parameters()).containsExactly(new Parameter("a", -1, 1, 0.25, ""));
        assertThat(l.starts()).containsExactly(new Point(0, 0.5));
        assertThat(l.scale()).isEqualTo(ColorScale.LOG);
        assertThat(l.function().value(1, 0)).isEqualTo(0.25 - 0.5 + 0.25);
        assertThat(l.withParameter("a", -1).function().value(1, 0)).isEqualTo(0.25 - 0.5 - 1);
    }

    @Test
    void writesWhatItReads() throws Exception {
        Landscape l = format.read(GOOD, "tilted.json");
        Landscape again = format.read(format.write(l).toString(), "again.json");
        assertThat(again.id()).isEqualTo("tilted");
        assertThat(again.expression().source()).isEqualTo(l.expression().source());
        assertThat(again.parameters()).isEqualTo(l.parameters());
        assertThat(again.domain()).isEqualTo(l.domain());
        assertThat(again.starts()).isEqualTo(l.starts());
        assertThat(again.scale()).isEqualTo(l.scale());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"name\": \"n\", \"domain\": {\"x\": [0, 1], \"y\": [0, 1]}} | expression | is required",
        "{\"name\": \"n\", \"expression\": \"x + * y\", \"domain\": {\"x\": [0, 1], \"y\": [0, 1]}} | expression | at column 5",
        "{\"name\": \"n\", \"expression\": \"a*x\", \"domain\": {\"x\": [0, 1], \"y\": [0, 1]}} | expression | unknown name 'a'",
        "{\"name\": \"n\", \"expression\": \"x\", \"domain\": {\"x\": [2, -2], \"y\": [0, 1]}} | domain.x | min must be less than max",
        "{\"name\": \"n\", \"expression\": \"x\", \"domain\": {\"x\": [0, \"a\"], \"y\": [0, 1]}} | domain.x[1] | expected a number",
        "{\"name\": \"n\", \"expression\": \"x\"} | domain | is required",
        "{\"name\": \"n\", \"expression\": \"x\", \"domain\": {\"x\": [0, 1], \"y\": [0, 1]}, \"expresion\": 1} | expresion | unknown field",
        "{\"name\": \"n\", \"expression\": \"x\", \"domain\": {\"x\": [0, 1], \"y\": [0, 1]}, \"scale\": \"cubic\"} | scale | expected \"linear\" or \"log\"",
        "{\"name\": \"n\", \"expression\": \"a*x\", \"domain\": {\"x\": [0, 1], \"y\": [0, 1]}, \"parameters\": [{\"name\": \"a\", \"min\": 1, \"max\": 0}]} | parameters[0] | needs finite min <= max",
        "{\"name\": \"n\", \"expression\": \"a*x\", \"domain\": {\"x\": [0, 1], \"y\": [0, 1]}, \"parameters\": [{\"name\": \"a\", \"min\": 0, \"max\": 1, \"value\": 3}]} | parameters[0] | outside [0.0, 1.0]",
        "{\"name\": \"n\", \"expression\": \"x\", \"domain\": {\"x\": [0, 1], \"y\": [0, 1]}, \"parameters\": [{\"name\": \"x\", \"min\": 0, \"max\": 1}]} | parameters[0] | reserved",
        "{\"name\": \"n\", \"expression\": \"x\", \"domain\": {\"x\": [0, 1], \"y\": [0, 1]}, \"starts\": [[1]]} | starts[0] | expected [x, y]",
        "{\"expression\": \"x\", \"domain\": {\"x\": [0, 1], \"y\": [0, 1]}} | name | is required",
    })
    void badFilesNameTheFieldAndTheProblem(String json, String field, String problem) {
        assertThatThrownBy(() -> format.read(json, "bad.json"))
                .isInstanceOfSatisfying(LandscapeFileException.class, e -> {
                    assertThat(e.file()).isEqualTo("bad.json");
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.problem()).contains(problem);
                    assertThat(e.getMessage()).startsWith("bad.json: field '" + field + "': ");
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"name\": \"n\", \"name\": \"m\", \"expression\": \"x\", \"domain\": {\"x\": [0, 1], \"y\": [0, 1]}} | name | is given twice at line 1",
        "{\"name\": \"n\", \"expression\": \"x\", \"domain\": {\"x\": [0, 1], \"y\": [0, 1], \"x\": [0, 2]}} | domain.x | is given twice",
        "{\"name\": \"n\", \"expression\": \"x\", \"domain\": {\"x\": [-1e308, 1e308], \"y\": [0, 1]}} | domain | the domain's width xmax - xmin = 2e308 overflows",
        "{\"name\": \"n\", \"expression\": \"x\", \"domain\": {\"x\": [0, 1], \"y\": [0, 1]}} {} | '' | unexpected text after the JSON object at line 1",
        "{\"name\": \"n\", \"expression\": \"x\", \"domain\": {\"x\": [0, 1], \"y\": [0, 1]}} garbage | '' | unexpected text after the JSON object",
        "{\"name\": \"n\", \"expression\": \"x\", \"domain\": {\"x\": [0, 1], \"y\": [0, 1]}}} | '' | unexpected text after the JSON object",
        "{\"name\": \"n\", \"expression\": \"x\", \"domain\": {\"x\": [0, 1], | '' | not valid JSON at line 1, column 57: Unexpected end-of-input",
        "{\"name\": \"n\", \"expression\": \"x | '' | the file ends in the middle of the JSON (truncated?)",
    })
    void readsAsStrictlyAsTheOtherFiles(String json, String field, String problem) {
        assertThatThrownBy(() -> format.read(json, "bad.json"))
                .isInstanceOfSatisfying(LandscapeFileException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.problem()).startsWith(problem);
                });
    }

    @Test
    void finiteSumsAreTheMeanOfTheirTerms() throws Exception {
        Landscape l = format.read("""
                {"name": "ls", "expression": "(a*x + b*y - c)^2 + lam*x^2", "domain": {"x": [-2, 2], "y": [-2, 2]},
                 "parameters": [{"name": "lam", "min": 0, "max": 1, "value": 0.5}],
                 "data": {"columns": ["a", "b", "c"], "rows": [[1, 0, 1], [0, 1, 2], [1, 1, 0]]}}""", "ls.json");
        double x = 0.3, y = -0.7;
        double expected = (Math.pow(x - 1, 2) + Math.pow(y - 2, 2) + Math.pow(x + y, 2)) / 3 + 0.5 * x * x;
        assertThat(l.function().value(x, y)).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
        double[] g = new double[2];
        l.function().gradient(x, y, g);
        assertThat(g[0]).isCloseTo((2 * (x - 1) + 2 * (x + y)) / 3 + x, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(g[1]).isCloseTo((2 * (y - 2) + 2 * (x + y)) / 3, org.assertj.core.data.Offset.offset(1e-12));
        double batch = l.function().batchGradient(x, y, new int[] {1}, g);
        assertThat(batch).isCloseTo(Math.pow(y - 2, 2) + 0.5 * x * x, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(g).containsExactly(x, 2 * (y - 2));
        assertThat(l.function().terms()).isEqualTo(3);
        Landscape again = format.read(format.write(l).toString(), "again.json");
        assertThat(again.data()).isEqualTo(l.data());
        assertThat(again.withParameter("lam", 0).function().value(x, y)).isCloseTo(expected - 0.5 * x * x, org.assertj.core.data.Offset.offset(1e-12));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"data\": {\"columns\": [\"a\"], \"rows\": [[1, 2]]} | data.rows[0] | expected 1 numbers",
        "\"data\": {\"columns\": [\"x\"], \"rows\": [[1]]} | data | reserved",
        "\"data\": {\"columns\": [], \"rows\": [[1]]} | data.columns | non-empty",
        "\"data\": {\"columns\": [\"a\"], \"rows\": []} | data.rows | non-empty",
        "\"data\": {\"columns\": [\"a\"], \"rows\": [[\"z\"]]} | data.rows[0][0] | expected a number",
    })
    void badDataNamesTheField(String data, String field, String problem) {
        String json = "{\"name\": \"n\", \"expression\": \"x\", \"domain\": {\"x\": [0, 1], \"y\": [0, 1]}, " + data + "}";
        assertThatThrownBy(() -> format.read(json, "bad.json"))
                .isInstanceOfSatisfying(LandscapeFileException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.problem()).contains(problem);
                });
    }

    @Test
    void malformedJsonSaysWhere() {
        assertThatThrownBy(() -> format.read("{\"name\": \"n\",\n \"expression\": }", "broken.json"))
                .isInstanceOf(LandscapeFileException.class)
                .hasMessageContaining("broken.json: not valid JSON at line 2");
        assertThatThrownBy(() -> format.read("[1, 2]", "array.json")).hasMessageContaining("expected a JSON object");
        assertThatThrownBy(() -> format.read("", "empty.json")).isInstanceOf(LandscapeFileException.class);
    }

    @Test
    void aBadFileDoesNotStopTheOthers(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a_good.json"), GOOD);
        Files.writeString(dir.resolve("b_bad.json"), "{\"name\": \"oops\"");
        Files.write(dir.resolve("c_binary.json"), new byte[] {(byte) 0xff, 0, 1, 2});
        Files.writeString(dir.resolve("d_good.json"), GOOD.replace("Tilted", "Second"));
        Files.writeString(dir.resolve("notes.txt"), "ignored");
        LandscapeFiles.Loaded loaded = new LandscapeFiles().loadDirectory(dir);
        assertThat(loaded.landscapes()).extracting(Landscape::name).containsExactly("Tilted", "Second");
        assertThat(loaded.errors()).extracting(LandscapeFileException::file).containsExactly("b_bad.json", "c_binary.json");
    }

    @Test
    void shippedSampleFilesAllLoad() {
        LandscapeFiles.Loaded loaded = new LandscapeFiles().loadDirectory(Path.of("sample-landscapes"));
        assertThat(loaded.errors()).isEmpty();
        assertThat(loaded.landscapes()).hasSizeGreaterThanOrEqualTo(8);
        for (Landscape l : loaded.landscapes()) {
            assertThat(l.description()).as(l.id()).hasSizeGreaterThan(100);
            assertThat(!l.parameters().isEmpty() || l.data().isPresent()).as(l.id() + " has parameters or data").isTrue();
            assertThat(l.starts()).as(l.id()).isNotEmpty().allSatisfy(p -> assertThat(l.domain().contains(p.x(), p.y())).isTrue());
        }
    }
}
