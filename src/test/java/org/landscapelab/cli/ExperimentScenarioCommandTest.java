package org.landscapelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landscapelab.io.ExperimentSetup;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

class ExperimentScenarioCommandTest {
    @TempDir
    Path dir;

    /** The scenario format's defaults are the command's: a setting left out of a scenario means what it means on the command line. */
    @Test
    void theSetupsDefaultsAreTheCommandsDefaults() {
        CommandLine experiment = new CommandLine(new ExperimentCommand());
        for (Map.Entry<String, Map<String, String>> e : ExperimentSetup.DEFAULTS.entrySet()) {
            CommandSpec spec = experiment.getSubcommands().get(e.getKey()).getCommandSpec();
            for (Map.Entry<String, String> setting : e.getValue().entrySet()) {
                String value = spec.findOption("--" + setting.getKey()).defaultValue();
                assertThat(value == null ? "" : value).as(e.getKey() + " --" + setting.getKey()).isEqualTo(setting.getValue());
            }
        }
    }

    @Test
    void anExperimentScenarioPrintsTheExperimentCommandsCsv() throws Exception {
        String json = Files.readString(Path.of("sample-landscapes/scenarios/09-widening-valley-anti-pgd.json"))
                .replace("\"runs\": 20, \"steps\": 20000, \"every\": 500", "\"runs\": 4, \"steps\": 600, \"every\": 200")
                .replace("\"dim\": 32", "\"dim\": 5");
        Path file = dir.resolve("valley.json");
        Files.writeString(file, json);
        CliRun scenario = CliRun.of("scenario", file.toString());
        assertThat(scenario.exitCode()).as(scenario.err()).isZero();
        CliRun experiment = CliRun.of("experiment", "widening-valley", "--dim", "5", "--runs", "4", "--steps", "600", "--every", "200");
        assertThat(scenario.out()).isEqualTo(experiment.out()).startsWith("method,step,mean_trace,");
    }

    @Test
    void severalDimensionsPrintOneHeaderAndTheRowsOfEach() throws Exception {
        String json = Files.readString(Path.of("sample-landscapes/scenarios/10-fpgd-escape-hurst-and-dimension.json"))
                .replace("\"runs\": 40", "\"runs\": 3, \"max-steps\": 2000").replace("0.2,0.35,0.5,0.65,0.8", "0.3,0.6");
        Path file = dir.resolve("escape.json");
        Files.writeString(file, json);
        CliRun scenario = CliRun.of("scenario", file.toString());
        assertThat(scenario.exitCode()).as(scenario.err()).isZero();
        CliRun d1 = CliRun.of("experiment", "fpgd-escape", "--dim", "1", "--hurst", "0.3,0.6", "--runs", "3", "--max-steps", "2000");
        CliRun d10 = CliRun.of("experiment", "fpgd-escape", "--dim", "10", "--hurst", "0.3,0.6", "--runs", "3", "--max-steps", "2000");
        assertThat(scenario.out()).isEqualTo(d1.out() + d10.out().substring(d10.out().indexOf('\n') + 1));
    }

    @Test
    void aBadExperimentBlockIsOneErrorLine() throws Exception {
        String json = Files.readString(Path.of("sample-landscapes/scenarios/09-widening-valley-anti-pgd.json")).replace("\"dim\": 32", "\"dim\": 0");
        Path file = dir.resolve("bad.json");
        Files.writeString(file, json);
        CliRun run = CliRun.of("scenario", file.toString());
        assertThat(run.isCleanUsageError()).as(run.err()).isTrue();
        assertThat(run.err()).isEqualTo("error: SCENARIO: bad.json: field 'experiment.settings.dim': must be in [1, 100,000], got 0\n");
        assertThat(run.out()).isEmpty();
    }
}
