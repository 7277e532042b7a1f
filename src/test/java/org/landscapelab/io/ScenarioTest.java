package org.landscapelab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.landscapelab.landscape.Catalog;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Point;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.sim.EnsembleResult;
import org.landscapelab.sim.EnsembleSpec;
import org.landscapelab.sim.Ensembles;
import org.landscapelab.sim.EscapeSweep;
import org.landscapelab.sim.Progress;
import org.landscapelab.sim.RunSpec;
import org.landscapelab.sim.Runs;
import org.landscapelab.sim.Trajectory;

class ScenarioTest {
    @TempDir
    Path dir;

    private final ScenarioFormat format = new ScenarioFormat();

    @Test
    void atLeastEightScenariosShipAndAllLoad() {
        ScenarioLibrary library = ScenarioLibrary.bundled();
        assertThat(library.problems()).isEmpty();
        assertThat(library.entries()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(library.entries()).extracting(e -> e.scenario().lab())
                .contains(Scenario.Lab.LANDSCAPES, Scenario.Lab.TRANSFORMER, Scenario.Lab.BATCH_NORM);
        // The bundled copies are the files of sample-landscapes/scenarios.
        assertThat(library.entries()).allSatisfy(e -> assertThat(Path.of("sample-landscapes/scenarios", e.file())).isRegularFile());
    }

    /** Every landscape scenario, headless: its landscape resolves and its action runs 100 steps without a failure. */
    @Test
    void everyLandscapeScenarioRuns100StepsHeadless() {
        for (ScenarioLibrary.Entry e : ScenarioLibrary.bundled().entries()) {
            Scenario s = e.scenario();
            if (s.lab() != Scenario.Lab.LANDSCAPES) continue;
            Landscape l = landscape(s);
            for (RunSpec run : runs(s, l, 100)) {
                Trajectory t = Runs.run(l, run);
                assertThat(t.steps()).as(e.file() + " " + run.optimizer()).isEqualTo(t.diverged() ? t.divergedAt() : 100);
                for (int k = 0; k < t.size(); k++) assertThat(Double.isFinite(t.value(k))).as(e.file()).isTrue();
            }
            if (s.action() == Scenario.Action.ENSEMBLE || s.action() == Scenario.Action.SWEEP) {
                EnsembleSpec spec = ensemble(s, runs(s, l, 100).get(0));
                if (s.action() == Scenario.Action.ENSEMBLE) {
                    EnsembleResult r = Ensembles.run(l, spec, 2, Progress.NONE);
                    assertThat(r.particles()).isEqualTo(s.ensemble().orElseThrow().particles());
                } else {
                    EnsembleSettings.Sweep sw = s.ensemble().orElseThrow().sweep();
                    List<EscapeSweep.SweepPoint> curve = EscapeSweep.run(l, spec, sw.parameter(), new double[] {sw.from(), sw.to()}, 2, Progress.NONE);
                    assertThat(curve).hasSize(2);
                }
            }
        }
    }

    /** The shipped scenarios show what their texts say, checked against the exact critical points. */
    @Test
    void theSaddleScenarioSeparatesGradientDescentFromPerturbedGd() {
        Scenario s = shipped("01-strict-saddle-pgd-vs-gd.json");
        Landscape l = landscape(s);
        List<RunSpec> runs = runs(s, l, s.race().orElseThrow().steps());
        Trajectory gd = Runs.run(l, runs.get(0));
        Trajectory pgd = Runs.run(l, runs.get(1));
        // GD stays on x = 0 and converges to the saddle (0, 0); PGD ends in a minimum (±1, 0).
        assertThat(gd.point(gd.steps()).distanceTo(new Point(0, 0))).isLessThan(1e-6);
        Point end = pgd.point(pgd.steps());
        assertThat(Math.min(end.distanceTo(new Point(1, 0)), end.distanceTo(new Point(-1, 0)))).isLessThan(1e-2);
    }

    @Test
    void theBananaScenarioShowsMomentumReachingTheMinimumWhileGdCrawls() {
        Scenario s = shipped("03-momentum-on-the-banana.json");
        Landscape l = landscape(s);
        List<RunSpec> runs = runs(s, l, 150);
        Point minimum = new Point(1, 1.0 / 3);
        assertThat(Runs.run(l, runs.get(0)).point(150).distanceTo(minimum)).isGreaterThan(0.5);
        assertThat(Runs.run(l, runs.get(1)).point(150).distanceTo(minimum)).isLessThan(1e-2);
    }

    @Test
    void theAntiPgdScenarioEndsNearerTheFlatEndThanWhiteNoise() {
        Scenario s = shipped("06-anti-pgd-flat-minima.json");
        Landscape l = landscape(s);
        RunSpec anti = runs(s, l, s.race().orElseThrow().steps()).get(0);
        RunSpec white = anti.withNoise(org.landscapelab.noise.NoiseSpec.parse("white:sigma=0.1"), anti.mode());
        double antiX = meanAbsX(Ensembles.run(l, ensemble(s, anti), 2, Progress.NONE));
        double whiteX = meanAbsX(Ensembles.run(l, ensemble(s, white), 2, Progress.NONE));
        // From x = 2.5 on the floor y = 0 (curvature x² across it): Anti-PGD drifts to the flat end.
        assertThat(antiX).isLessThan(0.5);
        assertThat(whiteX).isGreaterThan(1.0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "newer version     | \"version\": 1,             | \"version\": 2,                 | version              | newer Landscape Lab",
        "a session         | landscape-lab/scenario      | landscape-lab/session           | format               | not a scenario",
        "no title          | \"title\":                  | \"name\":                       | name                 | unknown field",
        "unknown lab       | \"lab\": \"landscapes\"     | \"lab\": \"chemistry\"          | lab                  | expected one of landscapes, transformer, batch_norm",
        "unknown action    | \"action\": \"play\"        | \"action\": \"dance\"           | action               | expected one of play",
        "action of a network lab | \"action\": \"play\"  | \"action\": \"train\"           | action               | the landscapes lab has the actions play, ensemble, sweep, not train",
        "misspelt optimizer| \"pgd lr=0.1\"              | \"pdg lr=0.1\"                  | race.optimizers[1]   | unknown optimizer 'pdg'",
        "bad learning rate | \"sgd lr=0.1\"              | \"sgd lr=-1\"                   | race.optimizers[0]   | lr",
        "bad Hurst index   | \"noise\": \"none\"         | \"noise\": \"fbm:hurst=1.5\"    | race.noise           | hurst",
        "zero steps        | \"steps\": 300              | \"steps\": 0                    | race.steps           | must be in",
        "bad start         | \"start\": [0, 1.5]         | \"start\": [0]                  | race.start           | [x, y]",
        "unknown layer     | \"saddle_regions\"          | \"saddles\"                     | view.show[1]         | expected one of",
        "unknown lock      | \"optimizers\", \"start\"]  | \"optimizers\", \"speed\"]      | locked[2]            | expected one of",
        "landscape number  | \"landscape\": \"double_well\" | \"landscape\": 7             | landscape            | catalog or sample id",
        "bad expression    | \"landscape\": \"double_well\" | \"landscape\": {\"name\": \"n\", \"expression\": \"x^^2\", \"domain\": {\"x\": [0, 1], \"y\": [0, 1]}} | landscape.expression | x^^2",
        "no optimizers     | [\"sgd lr=0.1\", \"pgd lr=0.1\"] | []                        | race.optimizers      | needs at least one optimizer",
        "typo in a field   | \"question\":               | \"qestion\":                    | qestion              | unknown field",
    })
    void badFilesGiveAClearErrorNamingTheField(String what, String find, String replace, String field, String problem) throws Exception {
        String good = Files.readString(Path.of("sample-landscapes/scenarios/01-strict-saddle-pgd-vs-gd.json"));
        assertThat(good).contains(find);
        String bad = good.replaceFirst(java.util.regex.Pattern.quote(find), java.util.regex.Matcher.quoteReplacement(replace));
        assertThatThrownBy(() -> format.read(bad, "class.json"))
                .isInstanceOfSatisfying(ScenarioFileException.class, e -> {
                    assertThat(e.file()).isEqualTo("class.json");
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.problem()).contains(problem);
                });
    }

    @Test
    void anEnsembleScenarioNeedsEnsembleSettingsAndALandscapeScenarioALandscape() throws Exception {
        String good = Files.readString(Path.of("sample-landscapes/scenarios/01-strict-saddle-pgd-vs-gd.json"));
        assertThatThrownBy(() -> format.read(good.replace("\"action\": \"play\"", "\"action\": \"ensemble\""), "e.json"))
                .hasMessage("e.json: field 'ensemble': the action needs ensemble settings");
        assertThatThrownBy(() -> format.read(good.replace("\"landscape\": \"double_well\",", ""), "l.json"))
                .hasMessage("l.json: field 'landscape': is required for a scenario in the landscapes lab");
        assertThatThrownBy(() -> format.read(good.replaceFirst("\"text\": \"[^\"]*\"", "\"text\": \"  \""), "t.json"))
                .hasMessage("t.json: field 'text': must not be empty");
    }

    @Test
    void corruptTruncatedAndEmptyFilesAreRefused() throws Exception {
        String good = Files.readString(Path.of("sample-landscapes/scenarios/02-monkey-saddle.json"));
        assertThatThrownBy(() -> format.read(good.substring(0, good.length() / 2), "cut.json"))
                .isInstanceOfSatisfying(ScenarioFileException.class, e -> assertThat(e.problem()).contains("truncated"));
        assertThatThrownBy(() -> format.read("  \n", "empty.json")).hasMessage("empty.json: the file is empty");
        assertThatThrownBy(() -> format.read("[1, 2]", "array.json")).hasMessage("array.json: expected a JSON object");
        Path garbage = dir.resolve("garbage.json");
        Files.write(garbage, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        assertThatThrownBy(() -> format.load(garbage)).isInstanceOf(ScenarioFileException.class);
        assertThatThrownBy(() -> format.load(dir.resolve("missing.json")))
                .isInstanceOfSatisfying(ScenarioFileException.class, e -> assertThat(e.problem()).startsWith("cannot read"));
    }

    @Test
    void aWholeLandscapeAndNetworkSettingsAreRead() throws Exception {
        String json = """
                {"format": "landscape-lab/scenario", "version": 1, "title": "t", "summary": "s", "text": "x",
                 "lab": "landscapes",
                 "landscape": {"name": "Bowl", "expression": "a*x^2 + y^2", "domain": {"x": [-1, 1], "y": [-1, 1]},
                               "parameters": [{"name": "a", "min": 0, "max": 2, "value": 1}]},
                 "parameters": {"a": 0.5},
                 "race": {"optimizers": ["adam lr=0.1"]},
                 "network": {"depth": 12, "batch_norm": true, "residual_scale": "1/sqrt(L)"}}
                """;
        Scenario s = format.read(json, "bowl.json");
        assertThat(s.landscape().orElseThrow().expression().source()).isEqualTo("a*x^2 + y^2");
        assertThat(s.parameters()).isEqualTo(Map.of("a", 0.5));
        assertThat(s.race().orElseThrow().optimizers()).containsExactly(OptimizerSpec.parse("adam lr=0.1"));
        assertThat(s.race().orElseThrow().steps()).isEqualTo(300);
        assertThat(s.race().orElseThrow().start()).isEmpty();
        assertThat(s.network()).containsEntry("depth", "12").containsEntry("batch_norm", "true").containsEntry("residual_scale", "1/sqrt(L)");
        assertThat(s.question()).isEmpty();
        assertThat(s.action()).isEqualTo(Scenario.Action.PLAY);
        assertThat(s.locked()).isEmpty();
    }

    private static Scenario shipped(String file) {
        return ScenarioLibrary.bundled().entries().stream().filter(e -> e.file().equals(file)).findFirst().orElseThrow().scenario();
    }

    /** A catalog landscape or a sample file, as the app's library resolves the id, with the scenario's parameter values. */
    static Landscape landscape(Scenario s) {
        Landscape l = s.landscape().orElseGet(() -> {
            String id = s.landscapeId().orElseThrow();
            return Catalog.builtIn().byId(id).or(() -> SampleLandscapes.bundled().byId(id)).orElseThrow();
        });
        for (Map.Entry<String, Double> p : s.parameters().entrySet()) l = l.withParameter(p.getKey(), p.getValue());
        return l;
    }

    private static List<RunSpec> runs(Scenario s, Landscape l, int steps) {
        Scenario.Race r = s.race().orElseThrow();
        Point start = r.start().orElse(l.starts().get(0));
        return r.optimizers().stream()
                .map(o -> new RunSpec(o, r.noise(), r.mode(), start, steps, r.seed(), r.batchSize(), Double.NaN)).toList();
    }

    private static EnsembleSpec ensemble(Scenario s, RunSpec run) {
        return s.ensemble().orElseThrow().spec(run, 0);
    }

    private static double meanAbsX(EnsembleResult r) {
        double sum = 0;
        for (int i = 0; i < r.particles(); i++) sum += Math.abs(r.finalX(i));
        return sum / r.particles();
    }
}
