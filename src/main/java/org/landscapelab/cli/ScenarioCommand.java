package org.landscapelab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.landscapelab.experiments.ExperimentTable;
import org.landscapelab.experiments.Shard;
import org.landscapelab.io.EnsembleSettings;
import org.landscapelab.io.ExperimentSetup;
import org.landscapelab.io.Scenario;
import org.landscapelab.io.ScenarioFileException;
import org.landscapelab.io.ScenarioFormat;
import org.landscapelab.io.ScenarioLibrary;
import org.landscapelab.io.ScenarioRuns;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.nn.NetworkOverflowException;
import org.landscapelab.nn.training.MlpSettings;
import org.landscapelab.nn.training.NetworkRace;
import org.landscapelab.nn.training.NetworkSettings;
import org.landscapelab.nn.training.RaceConfig;
import org.landscapelab.nn.training.RaceSnapshot;
import org.landscapelab.nn.training.TransformerSettings;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.sim.EnsembleResult;
import org.landscapelab.sim.Ensembles;
import org.landscapelab.sim.EscapeSummary;
import org.landscapelab.sim.EscapeSweep;
import org.landscapelab.sim.Progress;
import org.landscapelab.sim.RunSpec;
import org.landscapelab.sim.Runs;
import org.landscapelab.sim.Trajectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs a scenario headless, as its Run button does in the app, with the same numbers. */
@Command(name = "scenario", mixinStandardHelpOptions = true,
        description = {"Run a scenario as its Run button does in the app and print the results as CSV: a race as "
                + "optimizer,step,x,y,value; an ensemble as particle,escape_step,final_x,final_y,final_value; a sweep as "
                + "value,particles,escaped,diverged,mean_escape_step,standard_error,median_escape_step; a transformer depth "
                + "sweep as setting,depth,mean_token_cosine; a batch-norm rank sweep as setting,layer,stable_rank; a "
                + "training run or race as the train command prints it: optimizer,step,loss, then grad_norm_GROUP and "
                + "update_ratio_GROUP per parameter group; an experiment as the experiment command prints it."})
final class ScenarioCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO",
            description = "A scenario file, or a shipped scenario by name (e.g. 05-hurst-index-and-escape-time).")
    String scenario;

    @Option(names = "--steps", paramLabel = "N", description = "Steps of each run instead of the scenario's (landscape scenarios).")
    Integer steps;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Write the CSV to this file (atomically) instead of printing it.")
    String out;

    @Override
    public Integer call() {
        Path outPath = CsvOut.option(out);
        if (steps != null && (steps < 1 || steps > RunSpec.MAX_STEPS)) {
            throw new UsageException("--steps must be in [1, " + RunSpec.MAX_STEPS + "] (sim.RunSpec.MAX_STEPS, as for trace), got " + steps);
        }
        Named named = load();
        Scenario s = named.scenario();
        CsvOut.Lines lines = switch (s.lab()) {
            case LANDSCAPES -> landscapeLines(s, named.file());
            case TRANSFORMER, BATCH_NORM -> networkLines(s);
            case EXPERIMENTS -> experimentLines(s.experiment().orElseThrow());
        };
        CsvOut.write(spec.commandLine().getOut(), outPath, lines);
        return 0;
    }

    private record Named(String file, Scenario scenario) {}

    /** An experiment scenario's Run: the experiment's CSV, as 'experiment NAME' with its settings prints it (one table per dimension in a row). */
    private CsvOut.Lines experimentLines(ExperimentSetup setup) {
        ExperimentCsv format = java.util.Arrays.stream(ExperimentCsv.values()).filter(f -> f.name.equals(setup.name())).findFirst().orElseThrow();
        List<ExperimentTable> tables = setup.run(Shard.ALL, Runtime.getRuntime().availableProcessors(),
                ProgressLine.onStderr(spec.commandLine().getErr(), setup.name(), "runs"));
        return out -> {
            for (int i = 0; i < tables.size(); i++) {
                boolean header = i == 0;
                boolean[] first = {true};
                format.write(tables.get(i), false, line -> {
                    if (header || !first[0]) out.line(line);
                    first[0] = false;
                });
            }
        };
    }

    private Named load() {
        Path path = Path.of(scenario);
        try {
            if (Files.isRegularFile(path)) return new Named(path.getFileName().toString(), new ScenarioFormat().load(path));
        } catch (ScenarioFileException e) {
            throw new UsageException("SCENARIO: " + e.getMessage().replace('\n', ' '));
        }
        ScenarioLibrary shipped = ScenarioLibrary.bundled();
        String name = scenario.endsWith(".json") ? scenario : scenario + ".json";
        for (ScenarioLibrary.Entry e : shipped.entries()) {
            if (e.file().equals(name)) return new Named(e.file(), e.scenario());
        }
        throw new UsageException("SCENARIO: '" + scenario + "' is neither a file nor a shipped scenario (shipped: "
                + String.join(", ", shipped.entries().stream().map(e -> e.file().replaceAll("\\.json$", "")).toList()) + ")");
    }

    private CsvOut.Lines landscapeLines(Scenario s, String file) {
        Landscape l;
        try {
            l = ScenarioRuns.landscape(s, file, Cli.catalog(), Cli.samples());
        } catch (ScenarioFileException e) {
            throw new UsageException("SCENARIO: " + e.getMessage());
        }
        Scenario.Race race = s.race().orElseThrow(() -> new UsageException("SCENARIO: " + file + " has no race to run"));
        List<RunSpec> runs = ScenarioRuns.race(race, l, steps == null ? race.steps() : steps);
        return switch (s.action()) {
            case PLAY -> raceLines(l, runs);
            case ENSEMBLE -> ensembleLines(l, settings(s, file).spec(runs.get(0), 0));
            case SWEEP -> sweepLines(l, settings(s, file), runs.get(0));
            default -> throw new UsageException("SCENARIO: " + file + ": the landscapes lab has no action " + s.action());
        };
    }

    private static EnsembleSettings settings(Scenario s, String file) {
        return s.ensemble().orElseThrow(() -> new UsageException("SCENARIO: " + file + " has no ensemble settings"));
    }

    private CsvOut.Lines raceLines(Landscape l, List<RunSpec> runs) {
        PrintWriter err = spec.commandLine().getErr();
        return out -> {
            out.line("optimizer,step,x,y,value");
            for (RunSpec run : runs) {
                Trajectory t = Runs.run(l, run);
                String label = run.optimizer().label();
                for (int k = 0; k < t.size(); k++) out.line(Csv.row(label, k, t.x(k), t.y(k), t.value(k)));
                if (t.diverged()) err.println("note: " + run.optimizer().label() + " diverged at step " + t.divergedAt());
            }
            err.flush();
        };
    }

    private static CsvOut.Lines ensembleLines(Landscape l, org.landscapelab.sim.EnsembleSpec spec) {
        return out -> {
            EnsembleResult r = Ensembles.run(l, spec, Runtime.getRuntime().availableProcessors(), Progress.NONE);
            EnsembleCommand.particleRows(r, out);
        };
    }

    private static CsvOut.Lines sweepLines(Landscape l, EnsembleSettings settings, RunSpec run) {
        EnsembleSettings.Sweep sweep = settings.sweep();
        if (sweep == null) throw new UsageException("SCENARIO: a sweep scenario needs ensemble.sweep");
        return out -> {
            List<EscapeSweep.SweepPoint> curve = EscapeSweep.run(l, settings.spec(run, 0), sweep.parameter(), sweep.values(),
                    Runtime.getRuntime().availableProcessors(), Progress.NONE);
            out.line(sweep.parameter().name() + ",particles,escaped,diverged,mean_escape_step,standard_error,median_escape_step");
            for (EscapeSweep.SweepPoint p : curve) {
                EscapeSummary e = p.summary();
                out.line(Csv.row(p.value(), e.particles(), e.escaped(), e.diverged(), e.mean(), e.standardError(), e.median()));
            }
        };
    }

    private CsvOut.Lines networkLines(Scenario s) {
        Map<String, String> n = s.network();
        return switch (s.action()) {
            case DEPTH_SWEEP -> {
                TransformerSettings t = TransformerSettings.DEFAULTS.with("tokens", setting(n, "tokens")).with("width", setting(n, "width"))
                        .with("heads", setting(n, "heads"));
                yield out -> curveLines(out, "setting,depth,mean_token_cosine", checked(() -> t.depthSweep(f -> { })));
            }
            case RANK_SWEEP -> {
                MlpSettings m = MlpSettings.DEFAULTS.with("width", setting(n, "width")).with("depth", setting(n, "depth"))
                        .with("batch", setting(n, "batch"));
                yield out -> curveLines(out, "setting,layer,stable_rank", checked(() -> m.rankSweep(f -> { })));
            }
            case TRAIN -> {
                NetworkRace race = checked(() -> race(s));
                yield out -> {
                    ProgressLine progress = ProgressLine.onStderr(spec.commandLine().getErr(), "train", "steps");
                    long steps = race.config().steps();
                    RaceSnapshot end = race.run(done -> progress.update(done, steps));
                    RaceCsv.writeTo(end, out);
                    RaceCsv.notes(end, spec.commandLine().getErr());
                };
            }
            default -> throw new UsageException("SCENARIO: its Run button trains the network live (" + s.action()
                    + "); that runs in the app only");
        };
    }

    /**
     * The race a training scenario's Run starts, as the `train` command runs it: the panel's
     * network from the block's settings (the others the panel's defaults), its optimizer and those
     * racing it, the seed and the steps; every step recorded.
     */
    private static NetworkRace race(Scenario s) {
        Map<String, String> n = s.network();
        NetworkSettings settings = s.lab() == Scenario.Lab.TRANSFORMER ? TransformerSettings.DEFAULTS : MlpSettings.DEFAULTS;
        List<String> keys = s.lab() == Scenario.Lab.TRANSFORMER ? TransformerSettings.KEYS : MlpSettings.KEYS;
        for (String key : keys) {
            if (n.containsKey(key)) settings = settings.with(key, n.get(key));
        }
        List<OptimizerSpec> optimizers = new ArrayList<>();
        optimizers.add(OptimizerSpec.parse(n.getOrDefault("optimizer", "adam lr=0.001")));
        optimizers.addAll(RaceConfig.parseRacers(n.getOrDefault("racers", "")));
        long seed = Long.parseLong(n.getOrDefault("seed", "1").strip());
        return settings.race(optimizers, seed, Long.parseLong(setting(n, "steps").strip()), 1, 0);
    }

    /**
     * A network sweep (its sizes were checked when the scenario was read): what nn still refuses,
     * and numbers that overflow, are the scenario's fault, said in words.
     */
    private static <T> T checked(java.util.function.Supplier<T> sweep) {
        try {
            return sweep.get();
        } catch (NetworkOverflowException e) {
            throw new UsageException("SCENARIO: the network's numbers overflow: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UsageException("SCENARIO: " + e.getMessage());
        }
    }

    private static void curveLines(CsvOut.LineSink out, String header, Map<String, double[]> curves) throws IOException {
        out.line(header);
        for (Map.Entry<String, double[]> c : curves.entrySet()) {
            for (int i = 0; i < c.getValue().length; i++) out.line(Csv.row(c.getKey(), i + 1, c.getValue()[i]));
        }
    }

    /** A size the sweep needs, as text for the settings to read: present and a whole number >= 1. */
    private static String setting(Map<String, String> network, String key) {
        String v = network.get(key);
        if (v == null) throw new UsageException("SCENARIO: network." + key + " is needed to run this scenario headless");
        try {
            if (Integer.parseInt(v.trim()) < 1) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new UsageException("SCENARIO: network." + key + " must be a whole number >= 1, got '" + v + "'");
        }
    }
}
