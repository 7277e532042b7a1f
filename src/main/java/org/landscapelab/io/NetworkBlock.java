package org.landscapelab.io;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.landscapelab.nn.Activation;
import org.landscapelab.nn.experiments.DepthSweep;
import org.landscapelab.nn.training.MlpSettings;
import org.landscapelab.nn.training.RaceConfig;
import org.landscapelab.nn.training.TransformerSettings;
import org.landscapelab.nn.training.TransformerTask;
import org.landscapelab.nn.transformer.Norm;
import org.landscapelab.nn.transformer.ResidualScale;
import org.landscapelab.optim.OptimizerSpec;

/**
 * The {@code network} block of a scenario: the transformer or batch-norm panel's settings as text
 * (as the panels write them), checked when the file is read with the validators of nn and optim:
 * every key a setting of the scenario's lab, every value readable, and the shape within the limits
 * of {@link org.landscapelab.nn.NetworkBudget} (a setting the block leaves out counts as its
 * smallest value, so a shape refused here is refused whatever the panel's default).
 */
final class NetworkBlock {
    private NetworkBlock() {}

    /** The settings of both panels (their network's, then the optimizer, those racing it, seed and steps). */
    static final List<String> TRANSFORMER_KEYS = withTraining(TransformerSettings.KEYS);
    static final List<String> BATCH_NORM_KEYS = withTraining(MlpSettings.KEYS);

    static void check(JsonFields<ScenarioFileException> f, Scenario.Lab lab, Scenario.Action action, Map<String, String> network)
            throws ScenarioFileException {
        List<String> known = switch (lab) {
            case TRANSFORMER -> TRANSFORMER_KEYS;
            case BATCH_NORM -> BATCH_NORM_KEYS;
            case LANDSCAPES, EXPERIMENTS -> union();
        };
        for (String key : network.keySet()) {
            if (!known.contains(key)) throw f.error("network." + key, "not a setting of the " + lab(lab) + "; known: " + String.join(", ", known));
        }
        Block b = new Block(f, network);
        // The words are read by the settings' own parsers (nn.training); the numbers are checked below against their minimums.
        for (String key : List.of("norm", "residual_scale", "task")) b.value(key, v -> TransformerSettings.DEFAULTS.with(key, v));
        for (String key : List.of("activation", "batch_norm")) b.value(key, v -> MlpSettings.DEFAULTS.with(key, v));
        b.value("optimizer", OptimizerSpec::parse);
        b.value("racers", RaceConfig::parseRacers);
        b.value("seed", NetworkBlock::seed);
        b.atLeast("steps", 1);
        int depth = b.atLeast("depth", 1), heads = b.atLeast("heads", 1);
        // The probes compare tokens (and samples): 2 at least; batch norm needs a batch of 2 samples.
        int tokens = b.atLeast("tokens", lab == Scenario.Lab.TRANSFORMER ? 2 : 1);
        int batch = b.atLeast("batch", lab == Scenario.Lab.BATCH_NORM ? 2 : 1);
        int width = b.atLeast("width", lab == Scenario.Lab.TRANSFORMER ? heads : 1);
        if (lab == Scenario.Lab.TRANSFORMER) {
            b.shape(() -> new TransformerSettings(depth, width, heads, tokens, Norm.POST_LN, ResidualScale.of(1), TransformerTask.TEACHER, batch)
                    .requireFits());
            if (action == Scenario.Action.DEPTH_SWEEP) b.shape(() -> DepthSweep.checkLastLayerCosine(tokens, width, heads, DepthSweep.SWEEP_DEPTH));
        } else if (lab == Scenario.Lab.BATCH_NORM) {
            b.shape(() -> new MlpSettings(depth, width, batch, Activation.LINEAR, true).requireFits());
            if (action == Scenario.Action.RANK_SWEEP) b.shape(() -> DepthSweep.checkStableRanks(width, depth, batch));
        }
    }

    private static long seed(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a whole number, got '" + text + "'");
        }
    }

    /** A network's settings, then the training run's: optimizer, seed and steps. */
    private static List<String> withTraining(List<String> networkKeys) {
        List<String> keys = new ArrayList<>(networkKeys);
        keys.addAll(List.of("optimizer", "racers", "seed", "steps"));
        return List.copyOf(keys);
    }

    private static List<String> union() {
        Set<String> all = new LinkedHashSet<>(TRANSFORMER_KEYS);
        all.addAll(BATCH_NORM_KEYS);
        return List.copyOf(all);
    }

    private static String lab(Scenario.Lab lab) {
        return switch (lab) {
            case TRANSFORMER -> "transformer panel";
            case BATCH_NORM -> "batch-norm panel";
            case LANDSCAPES, EXPERIMENTS -> "network panels";
        };
    }

    /** The block's values; a missing one is skipped, or counts as the smallest legal value in a shape. */
    private record Block(JsonFields<ScenarioFileException> f, Map<String, String> values) {
        interface Shape {
            void check();
        }

        void value(String key, Function<String, ?> parser) throws ScenarioFileException {
            String v = values.get(key);
            if (v == null) return;
            try {
                parser.apply(v.strip());
            } catch (IllegalArgumentException e) {
                throw f.error("network." + key, e.getMessage() == null ? "unreadable value '" + v + "'" : e.getMessage());
            }
        }

        /** A whole number >= min (as an int), or min when the block leaves it out. */
        int atLeast(String key, int min) throws ScenarioFileException {
            String v = values.get(key);
            if (v == null) return min;
            int i;
            try {
                i = Integer.parseInt(v.strip());
            } catch (NumberFormatException e) {
                throw f.error("network." + key, "must be a whole number >= " + min + ", got '" + v + "'");
            }
            if (i < min) throw f.error("network." + key, "must be >= " + min + ", got " + i + (key.equals("batch") && min == 2
                    ? ": batch norm of one sample is undefined (the sample is its own batch mean, its variance is 0)" : ""));
            return i;
        }

        /** The network's own checks (width a multiple of heads, sizes within nn.NetworkBudget) on the block's shape. */
        void shape(Shape shape) throws ScenarioFileException {
            try {
                shape.check();
            } catch (IllegalArgumentException e) {
                throw f.error("network", e.getMessage());
            }
        }
    }
}
