package org.landscapelab.nn.experiments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import org.landscapelab.nn.Activation;
import org.landscapelab.nn.Init;
import org.landscapelab.nn.LayerReport;
import org.landscapelab.nn.NetworkBudget;
import org.landscapelab.nn.mlp.MlpSpec;
import org.landscapelab.nn.transformer.Norm;
import org.landscapelab.nn.transformer.ResidualScale;
import org.landscapelab.nn.transformer.TransformerSpec;

/**
 * Probes at initialization for every depth L = 1 … maxDepth: one freshly drawn network per depth
 * and seed (so that a = 1/√L is the scale of that network), averaged over seeds as in
 * {@link AtInitialization}. The network lab plots mean token cosine against depth from it.
 */
public final class DepthSweep {
    private DepthSweep() {}

    /** Layer {@code report.layer()} of the network of depth {@code depth}. */
    public record Row(int depth, LayerReport report) {}

    /** One of the four curves of the rank-collapse figure. */
    public record Setting(Norm norm, ResidualScale scale) {
        public String label() {
            return norm.id() + ", a = " + scale;
        }
    }

    /** Post-LN and pre-LN, each with a = 1 and a = 1/√L. */
    public static List<Setting> fourSettings() {
        return List.of(new Setting(Norm.POST_LN, ResidualScale.of(1)), new Setting(Norm.POST_LN, ResidualScale.inverseSqrtDepth()),
                new Setting(Norm.PRE_LN, ResidualScale.of(1)), new Setting(Norm.PRE_LN, ResidualScale.inverseSqrtDepth()));
    }

    /** Every layer of transformers of depth 1 … spec.depth() (spec's own residual scale is ignored). */
    public static List<Row> transformer(TransformerSpec spec, ResidualScale scale, Init init, int seeds) {
        requireTransformerSweep(spec.tokens(), spec.width(), spec.heads(), spec.ffnWidth(), spec.depth(), seeds, "the sweep");
        List<Row> rows = new ArrayList<>();
        for (int depth = 1; depth <= spec.depth(); depth++) {
            TransformerSpec s = spec.withDepth(depth).withResidualScale(scale.at(depth));
            for (LayerReport r : AtInitialization.transformer(s, init, seeds)) rows.add(new Row(depth, r));
        }
        return List.copyOf(rows);
    }

    /** Every layer of MLPs of depth 1 … spec.depth() on batches of {@code batch} samples. */
    public static List<Row> mlp(MlpSpec spec, int batch, Init init, int seeds) {
        AtInitialization.requireBatch(spec, batch);
        spec.requireFits(batch);
        NetworkBudget.requireSweepWork(NetworkBudget.blocksOfSweep(spec.depth()) * seeds * NetworkBudget.mlpLayerWork(spec.width(), batch),
                "the sweep of " + NetworkBudget.mlpShape(spec.width(), spec.depth(), batch) + ", " + seeds + " networks per depth,");
        List<Row> rows = new ArrayList<>();
        for (int depth = 1; depth <= spec.depth(); depth++) {
            for (LayerReport r : AtInitialization.mlp(spec.withDepth(depth), batch, init, seeds)) rows.add(new Row(depth, r));
        }
        return List.copyOf(rows);
    }

    /** The four settings of {@link #fourSettings()} for n tokens, width d, h heads, L = 1 … maxDepth. */
    public static Map<Setting, List<Row>> rankCollapse(int tokens, int width, int heads, int maxDepth, Init init, int seeds) {
        Map<Setting, List<Row>> curves = new LinkedHashMap<>();
        for (Setting s : fourSettings()) {
            TransformerSpec spec = TransformerSpec.of(tokens, width, heads, maxDepth, s.norm(), 1);
            curves.put(s, transformer(spec, s.scale(), init, seeds));
        }
        return curves;
    }

    /** The last layer of each depth: the output of the whole network against its depth. */
    public static List<Row> lastLayers(List<Row> rows) {
        List<Row> last = new ArrayList<>();
        for (Row r : rows) {
            if (r.report().layer() == r.depth()) last.add(r);
        }
        return List.copyOf(last);
    }

    /** Deepest network of the transformer lab's depth sweep. */
    public static final int SWEEP_DEPTH = 24;
    /** Seeds averaged in the labs' sweeps at initialization. */
    public static final int TRANSFORMER_SEEDS = 2;
    public static final int MLP_SEEDS = 3;

    /**
     * The transformer lab's depth sweep: the mean token cosine after the last block of networks of
     * depth 1 … maxDepth in the four settings, by setting label. {@code progress} hears the fraction
     * done (and may throw to cancel).
     */
    public static Map<String, double[]> lastLayerCosine(int tokens, int width, int heads, int maxDepth, DoubleConsumer progress) {
        TransformerSpec base = checkLastLayerCosine(tokens, width, heads, maxDepth);
        List<Setting> settings = fourSettings();
        Map<String, double[]> curves = new LinkedHashMap<>();
        int total = settings.size() * maxDepth;
        int done = 0;
        for (Setting setting : settings) {
            double[] cosine = new double[maxDepth];
            for (int depth = 1; depth <= maxDepth; depth++) {
                TransformerSpec spec = new TransformerSpec(tokens, width, heads, depth, setting.norm(), setting.scale().at(depth),
                        base.ffnWidth(), base.lnEps());
                List<LayerReport> layers = AtInitialization.transformer(spec, Init.FAN_IN, TRANSFORMER_SEEDS);
                cosine[depth - 1] = layers.get(layers.size() - 1).probes().meanTokenCosine();
                progress.accept((double) ++done / total);
            }
            curves.put(setting.label(), cosine);
        }
        return curves;
    }

    /**
     * The batch-norm lab's rank sweep: the stable rank after each layer of an MLP of the given depth,
     * linear and ReLU (He initialization for ReLU), without and with batch norm, by label.
     */
    public static Map<String, double[]> stableRanks(int width, int depth, int batch, DoubleConsumer progress) {
        checkStableRanks(width, depth, batch);
        Map<String, double[]> curves = new LinkedHashMap<>();
        int done = 0;
        for (Activation a : Activation.values()) {
            for (boolean bn : new boolean[] {false, true}) {
                List<LayerReport> layers = AtInitialization.mlp(MlpSpec.of(width, depth, a, bn), batch, Init.forActivation(a), MLP_SEEDS);
                curves.put(a.id() + (bn ? ", batch norm" : ", no batch norm"), layers.stream().mapToDouble(r -> r.probes().stableRank()).toArray());
                progress.accept(++done / 4.0);
            }
        }
        return curves;
    }

    /**
     * Refuses the shape of {@link #lastLayerCosine} before anything is allocated (its deepest
     * network is too large, or the four settings over all depths too much work); returns its depth-1 spec.
     */
    public static TransformerSpec checkLastLayerCosine(int tokens, int width, int heads, int maxDepth) {
        TransformerSpec.of(tokens, width, heads, maxDepth, Norm.POST_LN, 1);
        TransformerSpec base = TransformerSpec.of(tokens, width, heads, 1, Norm.POST_LN, 1);
        requireTransformerSweep(tokens, width, heads, base.ffnWidth(), maxDepth, fourSettings().size() * TRANSFORMER_SEEDS,
                "the depth sweep of the four settings");
        return base;
    }

    /** Refuses the shape of {@link #stableRanks} before anything is allocated. */
    public static void checkStableRanks(int width, int depth, int batch) {
        MlpSpec spec = MlpSpec.of(width, depth, Activation.LINEAR, true);
        AtInitialization.requireBatch(spec, batch);
        spec.requireFits(batch);
        int networks = Activation.values().length * 2 * MLP_SEEDS;
        NetworkBudget.requireSweepWork((double) networks * depth * NetworkBudget.mlpLayerWork(width, batch),
                "the rank sweep of " + NetworkBudget.mlpShape(width, depth, batch) + ", " + networks + " networks,");
    }

    /** {@code perDepth} networks (seeds, or settings × seeds) of every depth 1 … maxDepth. */
    private static void requireTransformerSweep(int tokens, int width, int heads, int ffn, int maxDepth, int perDepth, String what) {
        NetworkBudget.requireSweepWork(NetworkBudget.blocksOfSweep(maxDepth) * perDepth * NetworkBudget.transformerBlockWork(tokens, width, ffn),
                what + " of " + NetworkBudget.transformerShape(tokens, width, heads, ffn, maxDepth) + ", " + perDepth + " networks per depth,");
    }
}
