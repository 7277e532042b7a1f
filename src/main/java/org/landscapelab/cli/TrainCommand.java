package org.landscapelab.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.landscapelab.nn.training.MlpSettings;
import org.landscapelab.nn.training.NetworkRace;
import org.landscapelab.nn.training.NetworkSettings;
import org.landscapelab.nn.training.RaceConfig;
import org.landscapelab.nn.training.RaceSnapshot;
import org.landscapelab.nn.training.TransformerSettings;
import org.landscapelab.optim.OptimizerSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Race up to 4 optimizers on one network: the same initialization, the same batches in the same order "
                + "(the network panels' training, headless).",
                "Prints CSV optimizer,step,loss,grad_norm_<group>...,update_ratio_<group>... every --every steps: the loss at the "
                        + "step's parameters on its batch, and per parameter group (each parameter over all layers, e.g. Wq, "
                        + "then per layer, e.g. Wq_1) the gradient norm and the relative update |d theta|/|theta| "
                        + "(NaN where |theta| = 0)."})
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "M", defaultValue = "transformer", description = "transformer or mlp (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--depth", paramLabel = "L", description = "Layers (default: the panel's, 6 for transformer, 20 for mlp).")
    String depth;

    @Option(names = "--width", paramLabel = "D", description = "Width d (default 32 for transformer, 64 for mlp).")
    String width;

    @Option(names = "--heads", paramLabel = "H", description = "Attention heads, dividing the width (transformer; default 4).")
    String heads;

    @Option(names = "--tokens", paramLabel = "N", description = "Tokens per sequence (transformer; default 16).")
    String tokens;

    @Option(names = "--norm", paramLabel = "P", description = "post-ln or pre-ln (transformer; default post-ln).")
    String norm;

    @Option(names = "--residual-scale", paramLabel = "A", description = "Residual scale a, a number or 1/sqrt(L) (transformer; default 1).")
    String residualScale;

    @Option(names = "--task", paramLabel = "T", description = "TEACHER, COPY, REVERSE or SORT (transformer; default TEACHER).")
    String task;

    @Option(names = "--batch", paramLabel = "B", description = "Examples per step (default 8 for transformer, 32 for mlp).")
    String batch;

    @Option(names = "--activation", paramLabel = "F", description = "relu or linear (mlp; default relu).")
    String activation;

    @Option(names = "--batch-norm", paramLabel = "true|false", description = "Batch norm after each layer (mlp; default true).")
    String batchNorm;

    @Mixin
    RaceOptimizers optimizers;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "100", description = "Training steps (default: ${DEFAULT-VALUE}).")
    long steps;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Initialization, data and batches (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--every", paramLabel = "K", defaultValue = "1", description = "Print every K-th step (default: ${DEFAULT-VALUE}).")
    int every;

    @Override
    public Integer call() {
        List<OptimizerSpec> specs = optimizers.specs(spec.commandLine().getParseResult());
        if (specs.size() > RaceConfig.MAX_RACERS) {
            throw new UsageException("--optimizer: at most " + RaceConfig.MAX_RACERS + " optimizers race side by side, got " + specs.size());
        }
        for (OptimizerSpec o : specs) {
            if (o.kind().needsHessian()) {
                throw new UsageException("--optimizer: " + o.kind().id() + " needs a Hessian, which a network does not give; "
                        + "use a first-order optimizer");
            }
        }
        NetworkSettings settings = settings();
        NetworkRace race;
        try {
            race = settings.race(specs, seed, steps, every, 0);
        } catch (IllegalArgumentException e) {
            throw new UsageException(optionOf(e.getMessage()));
        }
        ProgressLine progress = ProgressLine.onStderr(spec.commandLine().getErr(), "train", "steps");
        RaceSnapshot end = race.run(done -> progress.update(done, steps));
        CsvOut.write(spec.commandLine().getOut(), null, out -> RaceCsv.writeTo(end, out));
        RaceCsv.notes(end, spec.commandLine().getErr());
        return 0;
    }

    /** The model's defaults (the panel's), with each option given read by the settings' own key. */
    private NetworkSettings settings() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("depth", depth);
        given.put("width", width);
        given.put("heads", heads);
        given.put("tokens", tokens);
        given.put("norm", norm);
        given.put("residual_scale", residualScale);
        given.put("task", task);
        given.put("batch", batch);
        given.put("activation", activation);
        given.put("batch_norm", batchNorm);
        NetworkSettings s = switch (model) {
            case "transformer" -> TransformerSettings.DEFAULTS;
            case "mlp" -> MlpSettings.DEFAULTS;
            default -> throw new UsageException("--model must be transformer or mlp, got '" + model + "'");
        };
        List<String> keys = s instanceof TransformerSettings ? TransformerSettings.KEYS : MlpSettings.KEYS;
        for (var e : given.entrySet()) {
            if (e.getValue() == null) continue;
            String option = "--" + e.getKey().replace('_', '-');
            if (!keys.contains(e.getKey())) throw new UsageException(option + " is not an option of --model " + model);
            try {
                s = s.with(e.getKey(), e.getValue());
            } catch (IllegalArgumentException x) {
                throw new UsageException(option + ": " + x.getMessage());
            }
        }
        return s;
    }

    /** The core names settings and limits by their keys ("steps: ...", "width must be ..."); the options carry the same names. */
    private static String optionOf(String message) {
        for (String key : List.of("steps", "every", "depth", "width", "heads", "tokens", "batch")) {
            if (message.startsWith(key + " ") || message.startsWith(key + ":")) return "--" + message;
        }
        return message;
    }
}
