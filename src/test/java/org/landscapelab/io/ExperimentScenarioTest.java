package org.landscapelab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.landscapelab.experiments.Shard;
import org.landscapelab.experiments.WideningValley;
import org.landscapelab.sim.Progress;

/** The experiments lab's scenarios: the experiment block is read strictly and names the field of a bad value. */
class ExperimentScenarioTest {
    private final ScenarioFormat format = new ScenarioFormat();

    @Test
    void theShippedExperimentScenariosReadTheirSettingsOverTheCommandsDefaults() throws Exception {
        Scenario valley = format.read(ScenarioChecksTest.edited("09", "", ""), "09.json");
        assertThat(valley.lab()).isEqualTo(Scenario.Lab.EXPERIMENTS);
        assertThat(valley.action()).isEqualTo(Scenario.Action.RUN);
        ExperimentSetup setup = valley.experiment().orElseThrow();
        assertThat(setup.name()).isEqualTo("widening-valley");
        assertThat(setup.settings()).containsEntry("runs", "20").containsEntry("steps", "20000").containsEntry("scale", "100")
                .containsEntry("noise", "rademacher");
        assertThat(setup.describe()).containsExactly("widening-valley dim=32 scale=100.0 alpha=0.25 runs=20 steps=20000 every=500 noise=rademacher seed=0");

        ExperimentSetup escape = format.read(ScenarioChecksTest.edited("10", "", ""), "10.json").experiment().orElseThrow();
        assertThat(escape.describe()).hasSize(2).allMatch(d -> d.startsWith("fpgd-escape dim="));
        assertThat(format.read(ScenarioChecksTest.edited("01", "", ""), "01.json").experiment()).isEmpty();
    }

    @Test
    void theSetupRunsTheCoresExperimentWithTheSameNumbers() {
        ExperimentSetup setup = new ExperimentSetup("widening-valley", Map.of("dim", "4", "runs", "5", "steps", "300", "every", "100", "seed", "3"));
        WideningValley.Settings s = new WideningValley.Settings(4, 100, 0.25, 5, 300, 100, WideningValley.Perturbation.RADEMACHER, 3);
        assertThat(setup.run(Shard.ALL, 2, Progress.NONE)).containsExactly(WideningValley.run(s, Shard.ALL, 1, Progress.NONE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown experiment | 09 | \"name\": \"widening-valley\" | \"name\": \"wide-valley\" | experiment.name | must be one of widening-valley, fpgd-escape, bn-decoupling, got 'wide-valley'",
        "unknown setting    | 09 | \"dim\": 32                  | \"dims\": 32               | experiment.settings.dims | is not a setting of widening-valley; known: dim, scale, alpha, runs, steps, every, noise, seed",
        "dim 0              | 09 | \"dim\": 32                  | \"dim\": 0                 | experiment.settings.dim | must be in [1, 100,000], got 0",
        "runs not a number  | 09 | \"runs\": 20                 | \"runs\": \"many\"         | experiment.settings.runs | must be a whole number, got 'many'",
        "a true runs        | 09 | \"runs\": 20                 | \"runs\": true             | experiment.settings.runs | expected a number or a string, got true",
        "every > steps      | 09 | \"every\": 500               | \"every\": 50000           | experiment.settings.every | must be in [1, 20,000], got 50,000",
        "Hurst 1            | 10 | \"hurst\": \"0.2,0.35,0.5,0.65,0.8\" | \"hurst\": \"0.2,1\" | experiment.settings.hurst | must be in (0, 1)",
        "eight dimensions   | 10 | \"dim\": \"1,10\"            | \"dim\": \"1,2,3,4,5,6,7,8\" | experiment.settings.dim | lists 8 values, more than the limit of 7",
        "unknown block field| 09 | \"name\": \"widening-valley\", | \"name\": \"widening-valley\", \"runs\": 3, | experiment.runs | ",
        "settings not object| 09 | { \"dim\": 32, \"runs\": 20, \"steps\": 20000, \"every\": 500, \"seed\": 0 } | 3 | experiment.settings | ",
        "experiment elsewhere | 01 | \"lab\": \"landscapes\",   | \"lab\": \"landscapes\", \"experiment\": {\"name\": \"bn-decoupling\"}, | experiment | belongs to the experiments lab, not the landscapes lab",
        "wrong action       | 09 | \"action\": \"run\"          | \"action\": \"play\"       | action | the experiments lab has the actions run, not play",
    })
    void badExperimentBlocksAreRefusedNamingTheField(String what, String file, String find, String replace, String field, String problem) throws Exception {
        String bad = ScenarioChecksTest.edited(file, find, replace);
        assertThatThrownBy(() -> format.read(bad, "class.json")).isInstanceOfSatisfying(ScenarioFileException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.problem()).contains(problem == null ? "" : problem);
        });
    }

    @Test
    void aMissingExperimentBlockIsRefused() throws Exception {
        String json = ScenarioChecksTest.edited("09", "\"experiment\": {", "\"x\": {").replace("\"x\": {", "\"experiment_\": {");
        assertThatThrownBy(() -> format.read(json, "class.json")).isInstanceOf(ScenarioFileException.class);
        String without = ScenarioChecksTest.edited("09", "\"action\": \"run\",", "\"action\": \"run\"")
                .replaceAll("(?s),?\\s*\"experiment\": \\{.*?\\}\\s*\\}", "");
        assertThatThrownBy(() -> format.read(without, "class.json")).isInstanceOfSatisfying(ScenarioFileException.class, e -> {
            assertThat(e.field()).isEqualTo("experiment");
            assertThat(e.problem()).isEqualTo("is required for a scenario in the experiments lab");
        });
    }

    @Test
    void anEmptyStepSizeMeansLrAsOnTheCommandLine() {
        ExperimentSetup bn = ExperimentSetup.defaults("bn-decoupling").with("lr", "0.1");
        assertThat(bn.describe()).singleElement().asString().contains("lr=0.1 lr-g=0.1 lr-u=0.1");
        assertThat(bn.with("lr-u", "0.3").describe()).singleElement().asString().contains("lr-g=0.1 lr-u=0.3");
        assertThat(List.copyOf(ExperimentSetup.DEFAULTS.keySet())).containsExactly("widening-valley", "fpgd-escape", "bn-decoupling");
    }
}
